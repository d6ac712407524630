"""A pytest plugin for your own tests: an emulator and clients bound to it.

Enable it in your ``conftest.py``::

    pytest_plugins = ["kie.testing"]

Fixtures:

* ``kie_emulator``: a running ``kie.emulator.Emulator`` on loopback (one per
  test session, its state reset before each test), with tasks that finish in
  about 0.3 s. Control it per test: ``kie_emulator.inject("429", count=3,
  retry_after=1)``, ``"455"``, ``"500"``, ``"drop"``, ``"slow"``,
  ``"malformed"``, ``"fail_task"``; ``kie_emulator.config.generating_s = 5``;
  ``kie_emulator.state.clock = kie.emulator.ManualClock()`` then ``.advance(s)``
  for a clock you drive; ``kie_emulator.state.stats()`` for what it saw.
* ``kie_client`` / ``kie_async_client``: a ``kie.Client`` / ``kie.AsyncClient``
  bound to it, polling every 50 ms.

Example::

    def test_my_pipeline_survives_rate_limits(kie_client, kie_emulator):
        kie_emulator.inject("429", count=2, retry_after=0.1, paths="/api/v1/jobs/createTask")
        info = kie_client.generate("wan/2-5-image-to-video", prompt="a cat",
                                   image="https://example.com/cat.png", duration=5, resolution="720p")
        assert info.state is kie.TaskState.SUCCESS
        assert kie_emulator.state.stats()["created_count"] == 1

Requires the ``emulator`` extra. The client fixtures live in
``_async_fixtures`` (the source) and ``_sync_fixtures`` (generated from it by
``scripts/unasync``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from kie.emulator import Emulator, EmulatorConfig

from ._async_fixtures import kie_async_client
from ._sync_fixtures import kie_client

__all__ = ["kie_async_client", "kie_client", "kie_emulator", "kie_emulator_session"]


@pytest.fixture(scope="session")
def kie_emulator_session() -> Iterator[Emulator]:
    """One emulator for the whole session (use ``kie_emulator``, which also resets it)."""
    with Emulator(EmulatorConfig()) as emulator:
        yield emulator


@pytest.fixture
def kie_emulator(kie_emulator_session: Emulator) -> Emulator:
    """The session's emulator, with its tasks, files, faults, clock and config reset for this test."""
    kie_emulator_session.config = EmulatorConfig()
    kie_emulator_session.state.clock = time.monotonic
    kie_emulator_session.state.reset()
    return kie_emulator_session
