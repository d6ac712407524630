"""What a poll puts on the wire: the request a real server on 127.0.0.1 receives, on both clients."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import kie
from tests.fakes import call, record


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every GET with a recordInfo envelope; keeps each request's target and headers, in order."""

    seen: list[tuple[str, list[tuple[str, str]]]]

    def do_GET(self) -> None:
        self.seen.append((self.path, list(self.headers.items())))
        body = json.dumps({"code": 200, "msg": "success", "data": record("t1", "generating")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[tuple[str, list[tuple[str, str]]]]]]:
    """A real HTTP server on 127.0.0.1: its base URL and the requests it received."""
    seen: list[tuple[str, list[tuple[str, str]]]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


TASK_ID = "a b/c&d=é?#+"
"""A task id with every character a query must escape."""


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("own_pool", [True, False], ids=["own-pool", "given-http-client"])
async def test_a_poll_sends_the_task_id_escaped_and_the_key_once(
    recorder: tuple[str, list[tuple[str, list[tuple[str, str]]]]], kind: str, own_pool: bool
) -> None:
    """A poll's query is escaped as httpx escapes ``params``; the key, agent and Accept go once each."""
    base, seen = recorder
    options: dict[str, Any] = {"api_key": "k-123", "base_url": base}
    if kind == "sync":
        given: Any = httpx.Client(headers={"User-Agent": "mine", "X-Mine": "1"}) if not own_pool else None
        client: kie.Client | kie.AsyncClient = kie.Client(http_client=given, **options)
    else:
        given = httpx.AsyncClient(headers={"User-Agent": "mine", "X-Mine": "1"}) if not own_pool else None
        client = kie.AsyncClient(http_client=given, **options)
    info = await call(client.get_task(TASK_ID))
    assert info.task_id == "t1"
    target, headers = seen[0]
    assert target == httpx.URL(f"{base}/api/v1/jobs/recordInfo", params={"taskId": TASK_ID}).raw_path.decode()
    names = [name.lower() for name, _ in headers]
    assert sorted(set(names)) == sorted(names)  # no header twice
    sent = {name.lower(): value for name, value in headers}
    assert sent["authorization"] == "Bearer k-123"
    assert sent["user-agent"].startswith(f"kie-python/{kie.__version__}")
    assert sent["accept"] == "application/json"
    assert ("x-mine" in sent) is not own_pool  # a given client's own headers still go
    if given is not None:
        await call(given.aclose() if kind == "async" else given.close())
    await call(client.close())


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_key_that_cannot_be_a_header_fails_before_sending(
    recorder: tuple[str, list[tuple[str, list[tuple[str, str]]]]], kind: str
) -> None:
    """A key with a non-ASCII character is refused as httpx refuses such a header; nothing reaches the server."""
    base, seen = recorder
    client: kie.Client | kie.AsyncClient = (
        kie.Client(api_key="clé", base_url=base) if kind == "sync" else kie.AsyncClient(api_key="clé", base_url=base)
    )
    with pytest.raises(UnicodeEncodeError):
        await call(client.get_task("t1"))
    assert seen == []
