"""The ``kie_async_client`` fixture (the source ``scripts/unasync`` generates ``kie_client`` from)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from kie import AsyncClient
from kie.emulator import Emulator

from ._fixture import async_fixture

__all__ = ["kie_async_client"]

TEST_POLL_INTERVAL = 0.05  # seconds between status polls in tests


@async_fixture
async def kie_async_client(kie_emulator: Emulator) -> AsyncIterator[AsyncClient]:
    """A ``kie.AsyncClient`` bound to ``kie_emulator`` (fast polling, pacing on)."""
    async with AsyncClient(
        api_key="test-key",
        base_url=kie_emulator.url,
        upload_base_url=kie_emulator.url,
        poll_interval=TEST_POLL_INTERVAL,
    ) as client:
        yield client
