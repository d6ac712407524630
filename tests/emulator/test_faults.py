"""The emulator's injected faults, admin routes and callbacks, over real HTTP on loopback."""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import json
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kie.emulator import Emulator, ManualClock
from tests.fakes import MakeEmulator

AUTH = {"Authorization": "Bearer test-key"}
CREATE = "/api/v1/jobs/createTask"
RECORD = "/api/v1/jobs/recordInfo"
CREDIT = "/api/v1/chat/credit"
BODY = {
    "model": "wan/2-5-image-to-video",
    "input": {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"},
}


class Receiver:
    """A loopback HTTP server that records callback POSTs; the first ``fail_first`` get HTTP 500."""

    def __init__(self, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.calls = 0
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver._lock:
                    receiver.calls += 1
                    failed = receiver.calls <= receiver.fail_first
                    if not failed:
                        receiver.received.append((dict(self.headers.items()), body))
                self.send_response(500 if failed else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Stay quiet."""

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/callback"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self._thread.start()

    def wait(self, count: int, timeout: float = 5.0) -> list[tuple[dict[str, str], dict[str, Any]]]:
        """Wait until ``count`` callbacks were accepted and return them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.received) >= count:
                    return list(self.received)
            time.sleep(0.005)
        raise AssertionError(f"expected {count} callbacks, got {len(self.received)}")

    def close(self) -> None:
        """Stop the server."""
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A callback receiver on a free loopback port."""
    server = Receiver()
    yield server
    server.close()


def create(client: httpx.Client, body: dict[str, Any] = BODY) -> str:
    """Create a task and return its id."""
    answer = client.post(CREATE, json=body).json()
    assert answer["code"] == 200, answer
    task_id: str = answer["data"]["taskId"]
    return task_id


def finish(emulator: Emulator, clock: ManualClock) -> None:
    """Let renders finish, then move the clock past every phase."""
    assert emulator.state.wait_idle(10)
    clock.advance(5)


def test_429_has_retry_after_and_drops_the_request(make_emulator: MakeEmulator) -> None:
    """A 429 answers HTTP 429, body code 429 and ``Retry-After``, creates nothing, and only on its paths."""
    emulator, client, _ = make_emulator()
    emulator.inject("429", count=2, retry_after=3, paths=CREATE)
    assert client.get(CREDIT).json()["code"] == 200
    for _ in range(2):
        response = client.post(CREATE, json=BODY)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "3"
        assert response.json()["code"] == 429
        assert response.json()["data"] is None
    assert emulator.state.created_count == 0
    create(client)


@pytest.mark.parametrize(("kind", "http_status"), [("455", None), ("500", None), ("455", 200)])
def test_error_faults_answer_their_code(make_emulator: MakeEmulator, kind: str, http_status: int | None) -> None:
    """455 and 500 faults answer their code in the body, over that HTTP status unless told otherwise."""
    emulator, client, _ = make_emulator()
    emulator.inject(kind, http_status=http_status)
    response = client.get(CREDIT)
    assert response.status_code == (http_status or int(kind))
    assert response.json()["code"] == int(kind)
    assert response.json()["data"] is None
    assert client.get(CREDIT).status_code == 200


def test_drop_closes_the_connection_without_an_answer(make_emulator: MakeEmulator) -> None:
    """A drop closes the connection without a response; httpx raises ``RemoteProtocolError``."""
    emulator, client, _ = make_emulator()
    emulator.inject("drop")
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(CREDIT)
    assert client.get(CREDIT).status_code == 200


def test_slow_answers_late_but_normally(make_emulator: MakeEmulator) -> None:
    """A slow fault delays the answer by ``seconds``, then answers normally."""
    emulator, client, _ = make_emulator()
    emulator.inject("slow", seconds=0.15)
    started = time.monotonic()
    assert client.get(CREDIT).json()["code"] == 200
    assert time.monotonic() - started >= 0.15


def test_malformed_is_http_200_with_a_non_json_body(make_emulator: MakeEmulator) -> None:
    """A malformed fault answers HTTP 200 with a body that is not JSON."""
    emulator, client, _ = make_emulator()
    emulator.inject("malformed")
    response = client.get(CREDIT)
    assert response.status_code == 200
    with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
        response.json()


def test_fail_task_ends_the_next_task_in_fail(make_emulator: MakeEmulator) -> None:
    """``fail_task`` makes the next task end in ``fail`` with failCode "500" (credits refunded); later ones succeed."""
    emulator, client, clock = make_emulator()
    emulator.inject("fail_task")
    failed, ok = create(client), create(client)
    finish(emulator, clock)
    data = client.get(RECORD, params={"taskId": failed}).json()["data"]
    assert (data["state"], data["failCode"], data["failMsg"]) == ("fail", "500", "emulated failure")
    assert data["resultJson"] == ""
    assert data["creditsConsumed"] == 0
    assert client.get(RECORD, params={"taskId": ok}).json()["data"]["state"] == "success"
    assert client.get(CREDIT).json()["data"] == 990.0


@pytest.mark.parametrize("kind", ["500", "drop"])
def test_after_faults_create_the_task_anyway(make_emulator: MakeEmulator, kind: str) -> None:
    """With ``when="after"`` createTask creates and charges the task, then fails the answer (ambiguous submit)."""
    emulator, client, _ = make_emulator()
    emulator.inject(kind, when="after")
    assert client.get(CREDIT).json()["data"] == 1000.0
    if kind == "drop":
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(CREATE, json=BODY)
    else:
        response = client.post(CREATE, json=BODY)
        assert response.status_code == 500
        assert response.json()["code"] == 500
    assert emulator.state.created_count == 1
    assert client.get(CREDIT).json()["data"] == 990.0


def test_admin_routes_inject_report_and_reset(make_emulator: MakeEmulator) -> None:
    """``/_emulator/faults`` queues faults over HTTP, ``/_emulator/stats`` counts, ``/_emulator/reset`` forgets."""
    _, client, _ = make_emulator()
    answer = client.post("/_emulator/faults", json={"fault": "455", "count": 1, "paths": [CREDIT]}).json()
    assert answer["code"] == 200
    assert answer["data"]["fault"] == "455"
    assert client.post("/_emulator/faults", json={"fault": "teapot"}).status_code == 400
    assert client.post("/_emulator/faults", json={"fault": "500", "colour": "red"}).status_code == 400
    assert client.get(CREDIT).json()["code"] == 455
    create(client)
    stats = client.get("/_emulator/stats").json()["data"]
    assert stats["created_count"] == 1
    assert sum(stats["tasks_by_state"].values()) == 1
    assert stats["requests"] == {CREATE: 1, CREDIT: 1}
    assert client.post("/_emulator/reset").json()["code"] == 200
    assert client.get("/_emulator/stats").json()["data"]["created_count"] == 0


def test_callback_is_posted_once_when_the_task_ends(make_emulator: MakeEmulator, receiver: Receiver) -> None:
    """An ended task POSTs its record plus consumeCredits/remainedCredits to a loopback callBackUrl, unsigned."""
    emulator, client, clock = make_emulator()
    task_id = create(client, {**BODY, "callBackUrl": receiver.url})
    finish(emulator, clock)
    [(headers, body)] = receiver.wait(1)
    assert body["code"] == 200
    assert (body["data"]["taskId"], body["data"]["state"]) == (task_id, "success")
    assert json.loads(body["data"]["resultJson"])["resultUrls"][0].endswith(f"/files/results/{task_id}.mp4")
    assert (body["data"]["consumeCredits"], body["data"]["remainedCredits"]) == (10.0, 990.0)
    assert "x-webhook-signature" not in {name.lower() for name in headers}
    assert emulator.state.wait_idle(5)
    assert receiver.calls == 1


def test_callback_is_signed_with_the_hmac_key(make_emulator: MakeEmulator, receiver: Receiver) -> None:
    """With ``hmac_key`` a callback carries base64(HMAC-SHA256(key, taskId + "." + timestamp)) and a fresh timestamp."""
    emulator, client, clock = make_emulator(hmac_key="webhook-key")
    task_id = create(client, {**BODY, "callBackUrl": receiver.url})
    finish(emulator, clock)
    [(headers, _)] = receiver.wait(1)
    timestamp = headers["X-Webhook-Timestamp"]
    expected = hmac.new(b"webhook-key", f"{task_id}.{timestamp}".encode(), hashlib.sha256).digest()
    assert base64.b64decode(headers["X-Webhook-Signature"]) == expected
    assert abs(int(timestamp) - time.time()) < 60


def test_failed_task_callback_is_code_501_and_retried(make_emulator: MakeEmulator, receiver: Receiver) -> None:
    """A failed task's callback has top-level code 501, and a 5xx answer is retried."""
    emulator, client, clock = make_emulator(callback_retry_delay_s=0.01)
    receiver.fail_first = 1
    emulator.inject("fail_task")
    create(client, {**BODY, "callBackUrl": receiver.url})
    finish(emulator, clock)
    [(_, body)] = receiver.wait(1)
    assert body["code"] == 501
    assert body["data"]["state"] == "fail"
    assert emulator.state.wait_idle(5)
    assert receiver.calls == 2
    assert [entry["status"] for entry in emulator.state.callback_log] == [500, 200]


def test_duplicate_callbacks_are_delivered_again(make_emulator: MakeEmulator, receiver: Receiver) -> None:
    """``duplicate_callbacks=2`` delivers the same callback twice (kie.ai may duplicate)."""
    emulator, client, clock = make_emulator(duplicate_callbacks=2)
    create(client, {**BODY, "callBackUrl": receiver.url})
    finish(emulator, clock)
    first, second = receiver.wait(2)
    assert first[1] == second[1]


def test_non_loopback_callback_is_skipped(make_emulator: MakeEmulator, caplog: pytest.LogCaptureFixture) -> None:
    """A callBackUrl off loopback is accepted but never contacted (the emulator stays off the network)."""
    emulator, client, clock = make_emulator()
    with caplog.at_level(logging.WARNING, logger="kie.emulator"):
        create(client, {**BODY, "callBackUrl": "https://example.com/callback"})
    finish(emulator, clock)
    assert any("skipped" in message for message in caplog.messages)
    assert emulator.state.wait_idle(5)
    assert emulator.state.callback_log == []


def test_wait_idle_covers_callbacks_about_to_be_sent(make_emulator: MakeEmulator) -> None:
    """wait_idle() does not report idle while an ended task's callback has yet to be sent."""
    from kie.callbacks import CallbackReceiver
    from kie.emulator import ServerThread

    emulator, client, clock = make_emulator()
    receiver = CallbackReceiver()
    with ServerThread(receiver.app) as server:
        body = {**BODY, "callBackUrl": server.url + "/"}
        assert client.post(CREATE, json=body).json()["code"] == 200
        assert emulator.state.wait_idle(5)
        clock.advance(10)
        assert emulator.state.wait_idle(5)
        assert [entry["status"] for entry in emulator.state.callback_log] == [200]
