"""The synchronous client, generated from ``kie._async`` by ``scripts/unasync`` (except ``io``)."""

__all__: list[str] = []
