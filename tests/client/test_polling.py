"""Polling on both clients: a new task's first poll waits, polls follow the model's duration, no pool timeouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import kie
from tests.fakes import FakeAPI, Sleeps, call, envelope, record

Make = Callable[..., kie.Client | kie.AsyncClient]
WAN = "wan/2-5-image-to-video"
WAN_INPUT = {"prompt": "a cat", "image_url": "https://img.example/cat.png", "duration": "5", "resolution": "720p"}


async def test_a_task_created_here_is_polled_around_its_models_typical_duration(
    make_client: Make, api: FakeAPI, sleeps: Sleeps
) -> None:
    """No poll right after createTask (2 s later), then few polls until Wan's typical 60 s, noticed within 3.5 s."""
    created: list[float] = []
    polled_at: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/createTask"):
            created.append(sleeps.now)
            return envelope({"taskId": "t1"})
        polled_at.append(sleeps.now - created[0])
        done = sleeps.now - created[0] >= 61.0
        return envelope(record("t1", "success" if done else "generating", createTime=1, completeTime=61_001))

    api.default = answer
    client = make_client()
    task = await call(client.create_task(WAN, WAN_INPUT))
    info = await call(client.wait(task.task_id))
    assert info.state is kie.TaskState.SUCCESS
    assert polled_at[0] == 2.0
    assert len(polled_at) <= 8
    assert 61.0 <= polled_at[-1] <= 61.0 + 3.5


async def test_waiting_for_a_pooled_connection_never_times_a_request_out(make_client: Make, api: FakeAPI) -> None:
    """Requests carry no pool timeout: queueing for a connection is not the API being slow (APITimeoutError)."""
    api.push(envelope(record("t1", "success")))
    await call(make_client().get_task("t1"))
    timeout = api.requests[0].extensions["timeout"]
    assert timeout["pool"] is None
    assert timeout["read"] == 30.0


@pytest.mark.parametrize("kind", [kie.Client, kie.AsyncClient])
def test_a_client_keeps_as_many_connections_alive_as_it_may_open(kind: type[kie.Client | kie.AsyncClient]) -> None:
    """A client's own pool keeps every connection alive (httpx keeps 20 of 100): no reconnect churn under load."""
    client = kind(api_key="k", base_url="https://api.example")
    pool = client._http._transport._pool  # type: ignore[union-attr]
    assert pool._max_connections == pool._max_keepalive_connections == kind.MAX_CONNECTIONS


@pytest.mark.parametrize("kind", [kie.Client, kie.AsyncClient])
async def test_a_clients_own_http_client_sends_the_key_to_the_api_and_never_to_file_hosts(
    kind: type[kie.Client | kie.AsyncClient], tmp_path: Path
) -> None:
    """The agent and Accept are set once on the client's own pool; the key goes on API requests only."""
    from tests.fakes import mp4

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "files.example":
            return httpx.Response(200, content=mp4())
        return envelope(record("t1", "success"))

    client = kind(api_key="secret-key", base_url="https://api.example")
    transport = httpx.MockTransport(answer)
    client._http._transport = transport  # the client's own pool, answered here
    info = await call(client.get_task("t1"))
    await call(client.download(info, tmp_path / "out.mp4"))
    api, download = seen
    assert api.headers["authorization"] == "Bearer secret-key"
    assert api.headers["accept"] == "application/json"
    assert "authorization" not in download.headers
    assert download.headers["accept"] == "*/*"
    assert api.headers["user-agent"] == download.headers["user-agent"] == kie._requests.USER_AGENT
