"""The asyncio client, the source ``scripts/unasync`` generates ``kie._sync`` from."""

__all__: list[str] = []
