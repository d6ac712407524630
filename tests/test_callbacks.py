"""Callbacks: the vendor's HMAC scheme, task-id lookup, parsing, and the ASGI receiver."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

import kie
from kie.callbacks import CallbackReceiver, callback_task_id, parse_callback, sign, verify_signature
from tests.fakes import FakeAPI, envelope, record

KEY = "webhook-test-key"


def _signed(task_id: str, when: int | None = None, key: str = KEY) -> dict[str, str]:
    stamp = int(time.time()) if when is None else when
    return {"X-Webhook-Timestamp": str(stamp), "X-Webhook-Signature": sign(key, task_id, stamp)}


def _body(task_id: str = "t1", state: str = "success", code: int = 200) -> bytes:
    return json.dumps({"code": code, "msg": "ok", "data": record(task_id, state), "consumeCredits": 12}).encode()


def test_signature_matches_the_vendor_formula() -> None:
    """The signature is base64(HMAC-SHA256(key, taskId + "." + timestamp))."""
    assert sign("k", "t1", 1700000000) == "OxQYbJIOgGvbM7JD7SRf3tQlQ1wOxE6lcNj41MLl3bI="


def test_valid_signature_returns_the_task_id() -> None:
    """A correctly signed, fresh callback verifies and yields its task id."""
    assert verify_signature(_signed("t1"), _body("t1"), KEY) == "t1"


def test_wrong_key_is_rejected() -> None:
    """A signature made with another key is rejected."""
    with pytest.raises(kie.CallbackVerificationError, match="does not match"):
        verify_signature(_signed("t1", key="other"), _body("t1"), KEY)


def test_signature_for_another_task_is_rejected() -> None:
    """A signature copied from another task's callback does not verify this one."""
    with pytest.raises(kie.CallbackVerificationError, match="does not match"):
        verify_signature(_signed("t2"), _body("t1"), KEY)


def test_stale_timestamp_is_rejected() -> None:
    """A timestamp older than the tolerance is rejected even with a valid signature."""
    old = int(time.time()) - 301
    with pytest.raises(kie.CallbackVerificationError, match="tolerance"):
        verify_signature(_signed("t1", when=old), _body("t1"), KEY, tolerance=300)
    assert verify_signature(_signed("t1", when=old), _body("t1"), KEY, tolerance=400) == "t1"


def test_missing_headers_are_rejected() -> None:
    """An unsigned callback is rejected when a key is expected."""
    with pytest.raises(kie.CallbackVerificationError, match="not signed"):
        verify_signature({}, _body("t1"), KEY)


@pytest.mark.parametrize(
    "payload",
    [
        {"data": {"taskId": "a"}},
        {"data": {"task_id": "a"}},
        {"taskId": "a", "data": None},
    ],
)
def test_task_id_is_found_in_every_documented_place(payload: dict[str, Any]) -> None:
    """The task id is read from data.taskId, data.task_id or top-level taskId."""
    assert callback_task_id(payload) == "a"


def test_failed_task_callback_parses_as_fail() -> None:
    """A failed task's callback (top-level code 501) parses to a FAIL TaskInfo."""
    payload = {"code": 501, "msg": "failed", "data": {"taskId": "t1", "failMsg": "nsfw"}}
    info = parse_callback(payload)
    assert info.state is kie.TaskState.FAIL
    assert info.fail_msg == "nsfw"


async def _post(receiver: CallbackReceiver, body: bytes, headers: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=receiver.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        return await http.post("/", content=body, headers=headers)


async def test_receiver_verifies_deduplicates_and_hands_over_once() -> None:
    """The receiver answers 200, calls the handler once per task despite duplicates, and rejects bad signatures."""
    handled: list[kie.TaskInfo] = []
    receiver = CallbackReceiver(handled.append, key=KEY)
    for _ in range(3):
        assert (await _post(receiver, _body("t1"), _signed("t1"))).status_code == 200
    bad = await _post(receiver, _body("t2"), _signed("t2", key="forged"))
    assert bad.status_code == 401
    assert [i.task_id for i in handled] == ["t1"]
    assert receiver.rejected == 1
    delivered = await receiver.wait_for("t1", timeout=5)
    assert delivered is not None
    assert delivered.state is kie.TaskState.SUCCESS


async def test_receiver_refetches_the_authoritative_record() -> None:
    """With a client, the receiver hands over the re-fetched recordInfo, not the unsigned body."""
    api = FakeAPI().push(envelope(record("t1", "success", resultJson=json.dumps({"resultUrls": ["https://r/x.mp4"]}))))
    client = kie.AsyncClient(
        api_key="test-key",
        base_url="https://api.example",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
    )
    handled: list[kie.TaskInfo] = []

    async def handler(info: kie.TaskInfo) -> None:
        handled.append(info)

    receiver = CallbackReceiver(handler, client=client)
    forged = json.dumps({"code": 200, "data": record("t1", "success", resultJson='{"resultUrls":["https://evil"]}')})
    await _post(receiver, forged.encode(), {})
    assert api.paths() == ["/api/v1/jobs/recordInfo"]
    assert handled[0].result_urls == ["https://r/x.mp4"]


async def test_receiver_survives_a_failing_refetch_and_handler(caplog: pytest.LogCaptureFixture) -> None:
    """If the re-fetch or the handler raises, the verified result is still stored and the waiter woken."""

    class Broken:
        async def get_task(self, task_id: str) -> kie.TaskInfo:
            raise RuntimeError("Event loop is closed")

    def handler(info: kie.TaskInfo) -> None:
        raise ValueError("user bug")

    receiver = CallbackReceiver(handler, client=Broken())  # a client that fails
    await _post(receiver, _body("t1"), {})
    delivered = await receiver.wait_for("t1", timeout=5)
    assert delivered is not None
    assert delivered.task_id == "t1"
    assert "using the callback body" in caplog.text
    assert "the callback handler failed for task t1" in caplog.text


async def test_receiver_refetches_with_a_sync_client() -> None:
    """A sync ``kie.Client`` can re-fetch from the receiver's loop (it runs in a worker thread)."""
    api = FakeAPI().push(envelope(record("t1", "success")))
    client = kie.Client(
        api_key="test-key", base_url="https://api.example", http_client=httpx.Client(transport=httpx.MockTransport(api))
    )
    receiver = CallbackReceiver(client=client)
    await _post(receiver, _body("t1"), {})
    assert (await receiver.wait_for("t1", timeout=5)) is not None
    assert api.paths() == ["/api/v1/jobs/recordInfo"]


async def test_a_failing_handler_leaves_the_task_unseen_so_a_retry_delivers_it_again() -> None:
    """The handler raised: the receiver answers 500 and the vendor's retry reaches the handler again."""
    calls: list[str] = []

    def handler(info: kie.TaskInfo) -> None:
        calls.append(info.task_id)
        if len(calls) == 1:
            raise ValueError("database down")

    receiver = CallbackReceiver(handler, key=KEY)
    first = await _post(receiver, _body("t1"), _signed("t1"))
    retry = await _post(receiver, _body("t1"), _signed("t1"))
    duplicate = await _post(receiver, _body("t1"), _signed("t1"))
    assert [first.status_code, retry.status_code, duplicate.status_code] == [500, 200, 200]
    assert duplicate.json()["msg"] == "duplicate"
    assert calls == ["t1", "t1"]
    assert "t1" in receiver.seen


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_lagging_refetch_makes_wait_poll_again_not_spin_on_it(kind: str) -> None:
    """A callback whose re-fetched record is not final yet wakes ``wait`` to poll; it then sees the success."""
    api = FakeAPI().push(envelope(record("t1", "generating")))  # the receiver's re-fetch lags behind
    api.default = lambda request: envelope(record("t1", "success"))
    handled: list[kie.TaskInfo] = []
    if kind == "sync":
        client: kie.Client | kie.AsyncClient = kie.Client(
            api_key="k", base_url="https://api.example", http_client=httpx.Client(transport=httpx.MockTransport(api))
        )
    else:
        client = kie.AsyncClient(
            api_key="k",
            base_url="https://api.example",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
        )
    receiver = CallbackReceiver(handled.append, client=client)
    answer = await _post(receiver, _body("t1"), {})
    assert answer.status_code == 503
    assert handled == []
    assert "t1" not in receiver.results
    if isinstance(client, kie.Client):
        info = client.wait("t1", timeout=5, poll_interval=0.01, receiver=receiver)
    else:
        info = await client.wait("t1", timeout=5, poll_interval=0.01, receiver=receiver)
    assert info.state is kie.TaskState.SUCCESS
    assert api.paths() == ["/api/v1/jobs/recordInfo"] * 2  # the lagging re-fetch, then one poll


async def test_an_oversized_callback_body_gets_413_before_parsing() -> None:
    """A body over the limit (1 MiB by default, configurable) is refused with 413; nothing is handled."""
    handled: list[kie.TaskInfo] = []
    receiver = CallbackReceiver(handled.append, max_body_bytes=1000)
    padded = json.dumps({"code": 200, "data": {**record("t1"), "pad": "x" * 2000}}).encode()
    assert (await _post(receiver, padded, {})).status_code == 413
    assert (await _post(receiver, _body("t1"), {})).status_code == 200
    assert [info.task_id for info in handled] == ["t1"]
    default = CallbackReceiver(handled.append)
    assert (await _post(default, b"{" + b" " * (1 << 20) + b"}", {})).status_code == 413
