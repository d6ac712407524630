"""The asyncio client, the source ``scripts/unasync`` generates ``kie._sync`` from."""
