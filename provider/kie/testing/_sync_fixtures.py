# Generated from provider/kie/testing/_async_fixtures.py by scripts/unasync: do not edit.
"""The ``kie_client`` fixture, generated from ``kie_async_client``."""

from __future__ import annotations

from collections.abc import Iterator

from kie import Client
from kie.emulator import Emulator

from ._fixture import sync_fixture

__all__ = ["kie_client"]

TEST_POLL_INTERVAL = 0.05  # seconds between status polls in tests


@sync_fixture
def kie_client(kie_emulator: Emulator) -> Iterator[Client]:
    """A ``kie.Client`` bound to ``kie_emulator`` (fast polling, pacing on)."""
    with Client(
        api_key="test-key",
        base_url=kie_emulator.url,
        upload_base_url=kie_emulator.url,
        poll_interval=TEST_POLL_INTERVAL,
    ) as client:
        yield client
