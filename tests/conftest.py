"""Shared fixtures: the scripted fake API and both client kinds (every scenario runs on both)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import kie

from .fakes import FakeAPI, Sleeps

pytest_plugins = ["kie.testing"]


@pytest.fixture
def api() -> FakeAPI:
    """A fresh scripted fake API."""
    return FakeAPI()


@pytest.fixture
def sleeps() -> Sleeps:
    """A fake clock and sleep pair."""
    return Sleeps()


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest, api: FakeAPI, sleeps: Sleeps) -> Callable[..., Any]:
    """Build a ``Client`` or an ``AsyncClient`` (both are tested) wired to the fake API and fake clock."""

    def build(**kwargs: Any) -> Any:
        kwargs.setdefault("api_key", "test-key")
        kwargs.setdefault("base_url", "https://api.example")
        kwargs.setdefault("upload_base_url", "https://upload.example")
        kwargs.setdefault("clock", sleeps.clock)
        if request.param == "sync":
            client: Any = kie.Client(
                http_client=httpx.Client(transport=httpx.MockTransport(api)), sleep=sleeps.sync, **kwargs
            )
        else:
            client = kie.AsyncClient(
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)), sleep=sleeps.asynchronous, **kwargs
            )
        return client

    return build
