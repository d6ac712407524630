"""Shared fixtures: the scripted fake API and both client kinds (every scenario runs on both)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import kie
from kie.emulator import Emulator, EmulatorConfig, ManualClock
from tests.fakes import FakeAPI, MakeEmulator, Sleeps

pytest_plugins = ["kie.testing", "tests.servers.postgres", "tests.servers.redis"]


@pytest.fixture
def restore_models() -> Iterator[None]:
    """The test leaves ``kie.MODELS`` (and the validation compiled from it) as it found them."""
    from kie import _models, _registration

    before = dict(kie.MODELS)
    yield
    _models._REGISTRY._models = before
    _registration._forget_compiled_checks()
    _registration._env_seen.clear()


@pytest.fixture
def api() -> FakeAPI:
    """A fresh scripted fake API."""
    return FakeAPI()


@pytest.fixture
def sleeps() -> Sleeps:
    """A fake clock and sleep pair."""
    return Sleeps()


@pytest.fixture(params=["sync", "async"])
def make_client(
    request: pytest.FixtureRequest, api: FakeAPI, sleeps: Sleeps
) -> Callable[..., kie.Client | kie.AsyncClient]:
    """Build a ``Client`` or an ``AsyncClient`` (both are tested) wired to the fake API and fake clock."""

    def build(**kwargs: Any) -> kie.Client | kie.AsyncClient:
        kwargs.setdefault("api_key", "test-key")
        kwargs.setdefault("base_url", "https://api.example")
        kwargs.setdefault("upload_base_url", "https://upload.example")
        kwargs.setdefault("clock", sleeps.clock)
        if request.param == "sync":
            client: kie.Client | kie.AsyncClient = kie.Client(
                http_client=httpx.Client(transport=httpx.MockTransport(api)), sleep=sleeps.sync, **kwargs
            )
        else:
            client = kie.AsyncClient(
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)), sleep=sleeps.asynchronous, **kwargs
            )
        return client

    return build


@pytest.fixture
def make_emulator(kie_emulator_session: Emulator) -> Iterator[MakeEmulator]:
    """Reset the session's emulator to a given config and a manual clock; returns (emulator, client, clock)."""
    clients: list[httpx.Client] = []

    def make(**config: Any) -> tuple[Emulator, httpx.Client, ManualClock]:
        config.setdefault("fps", 2)
        clock = ManualClock()
        kie_emulator_session.state.config = EmulatorConfig(**config)
        kie_emulator_session.state.clock = clock
        kie_emulator_session.state.reset()
        client = httpx.Client(
            base_url=kie_emulator_session.url, headers={"Authorization": "Bearer test-key"}, trust_env=False, timeout=10
        )
        clients.append(client)
        return kie_emulator_session, client, clock

    yield make
    for client in clients:
        client.close()
