"""Callbacks (``callBackUrl``): verify, parse, and receive them.

The API POSTs the recordInfo shape (plus ``consumeCredits``/``remainedCredits``)
once a task ends, success or fail, never for intermediate states; delivery may
be retried and duplicated. With the account's webhook HMAC key set, it signs::

    X-Webhook-Timestamp: <unix seconds>
    X-Webhook-Signature: base64(HMAC-SHA256(key, taskId + "." + timestamp))

The signature does not cover the body, so after verifying, the authoritative
result is a fresh recordInfo: ``CallbackReceiver`` re-fetches it. Source:
API-FACTS.md, "Callbacks".
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import inspect
import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._client import Client
from ._types import TaskInfo
from .errors import CallbackVerificationError

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from ._async_client import AsyncClient

__all__ = ["CallbackReceiver", "callback_task_id", "parse_callback", "sign", "verify_signature"]

logger = logging.getLogger("kie")

Handler = Callable[[TaskInfo], Awaitable[object] | object]


def _body_dict(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(body, Mapping):
        return body
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CallbackVerificationError(f"callback body is not JSON: {exc}") from None
    if not isinstance(value, Mapping):
        raise CallbackVerificationError("callback body is not a JSON object")
    return value


def callback_task_id(body: bytes | str | Mapping[str, Any]) -> str:
    """Find the task id where the docs put it: ``data.taskId``, ``data.task_id``, then top-level ``taskId``.

    Raises:
        CallbackVerificationError: no task id anywhere, or the body is not a JSON object.
    """
    payload = _body_dict(body)
    data = payload.get("data")
    data = data if isinstance(data, Mapping) else {}
    for value in (data.get("taskId"), data.get("task_id"), payload.get("taskId")):
        if value:
            return str(value)
    raise CallbackVerificationError("callback body names no task (data.taskId, data.task_id or taskId)")


def sign(key: str, task_id: str, timestamp: int) -> str:
    """Compute the vendor's signature: ``base64(HMAC-SHA256(key, f"{task_id}.{timestamp}"))``."""
    digest = hmac.new(key.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_signature(
    headers: Mapping[str, str],
    body: bytes | str | Mapping[str, Any],
    key: str,
    *,
    tolerance: float = 300.0,
    now: float | None = None,
) -> str:
    """Verify a signed callback in constant time and reject stale timestamps.

    Args:
        headers: the request headers (any case; a ``Mapping`` such as Starlette's ``Headers``).
        body: the raw body (bytes/str) or its parsed JSON.
        key: the account's webhook HMAC key.
        tolerance: the largest accepted clock difference, seconds.
        now: the current Unix time, seconds (injectable for tests).

    Returns:
        The task id the signature covers.

    Raises:
        CallbackVerificationError: a header is missing, the timestamp is stale or
            malformed, or the signature does not match.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    stamp = lowered.get("x-webhook-timestamp")
    signature = lowered.get("x-webhook-signature")
    if not stamp or not signature:
        raise CallbackVerificationError("callback is not signed (X-Webhook-Timestamp / X-Webhook-Signature missing)")
    try:
        timestamp = int(stamp)
    except ValueError:
        raise CallbackVerificationError(f"X-Webhook-Timestamp {stamp!r} is not Unix seconds") from None
    age = (time.time() if now is None else now) - timestamp
    if abs(age) > tolerance:
        raise CallbackVerificationError(f"callback timestamp is {age:.0f} s off, beyond the {tolerance:g} s tolerance")
    task_id = callback_task_id(body)
    if not hmac.compare_digest(sign(key, task_id, timestamp).encode(), signature.strip().encode()):
        raise CallbackVerificationError(f"callback signature for task {task_id} does not match")
    return task_id


def parse_callback(body: bytes | str | Mapping[str, Any]) -> TaskInfo:
    """Decode a callback body into a ``TaskInfo`` (same quirks as recordInfo).

    A failed task arrives with top-level ``code: 501``; its ``data`` still holds
    the record. Untrusted until verified (and re-fetched: the signature does not
    cover the body).

    Raises:
        CallbackVerificationError: not JSON, or no task id.
    """
    payload = _body_dict(body)
    data = payload.get("data")
    record = dict(data) if isinstance(data, Mapping) else {}
    record.setdefault("taskId", callback_task_id(payload))
    if "state" not in record and payload.get("code") == 501:
        record["state"] = "fail"
    return TaskInfo.from_data(record)


class CallbackReceiver:
    """An ASGI app (Starlette) that receives callbacks and hands each task's result to you once.

    It verifies the signature (when ``key`` is set), answers 200 at once,
    de-duplicates by task id, re-fetches the authoritative ``TaskInfo`` with
    ``client`` (when given), then calls ``handler`` (sync or async). Waiters
    registered with ``wait_for`` are woken too. Mount it anywhere, or serve it
    with uvicorn: ``uvicorn.run(receiver.app)``.

    Args:
        handler: called with the task's ``TaskInfo`` once per task id.
        key: the webhook HMAC key; ``None`` accepts unsigned callbacks.
        client: a client to re-fetch the record with; ``None`` trusts the body. A
            ``kie.Client`` works from any thread; an ``AsyncClient`` must belong to
            the event loop that serves this receiver. If the re-fetch fails, the
            verified callback body is used.
        tolerance: the signature timestamp tolerance, seconds.
        path: the URL path it answers, default ``/``.
    """

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        key: str | None = None,
        client: Client | AsyncClient | None = None,
        tolerance: float = 300.0,
        path: str = "/",
    ) -> None:
        from starlette.applications import Starlette
        from starlette.routing import Route

        self.handler = handler
        self.key = key
        self.client = client
        self.tolerance = tolerance
        self.seen: set[str] = set()
        self.results: dict[str, TaskInfo] = {}
        self.rejected = 0
        self._events: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self.app = Starlette(routes=[Route(path, self._receive, methods=["POST"])])

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Serve as an ASGI app (delegates to ``self.app``)."""
        await self.app(scope, receive, send)

    def event(self, task_id: str) -> threading.Event:
        """A ``threading.Event`` set once the task's callback has been handled (usable from any thread)."""
        with self._lock:
            return self._events.setdefault(task_id, threading.Event())

    async def wait_for(self, task_id: str, timeout: float | None = None) -> TaskInfo | None:
        """Wait up to ``timeout`` seconds (``None``: forever) for the task's callback; its ``TaskInfo`` or ``None``.

        Works from any event loop: it checks a thread-safe event every 50 ms, so
        the receiver may be served by another thread's loop.
        """
        event = self.event(task_id)
        deadline = None if timeout is None else time.monotonic() + timeout
        while not event.is_set():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return None
            await asyncio.sleep(0.05 if left is None else min(0.05, left))
        return self.results.get(task_id)

    async def _receive(self, request: Request) -> Response:
        from starlette.background import BackgroundTask
        from starlette.responses import JSONResponse

        body = await request.body()
        try:
            if self.key is not None:
                task_id = verify_signature(request.headers, body, self.key, tolerance=self.tolerance)
            else:
                task_id = callback_task_id(body)
            info = parse_callback(body)
        except CallbackVerificationError as exc:
            self.rejected += 1
            logger.warning("rejected a callback: %s", exc)
            return JSONResponse({"code": 401, "msg": str(exc)}, status_code=401)
        if task_id in self.seen:
            logger.info("duplicate callback for task %s ignored", task_id)
            return JSONResponse({"code": 200, "msg": "duplicate"})
        self.seen.add(task_id)
        return JSONResponse({"code": 200, "msg": "ok"}, background=BackgroundTask(self._deliver, task_id, info))

    async def _deliver(self, task_id: str, info: TaskInfo) -> None:
        if self.client is not None:
            try:
                if isinstance(self.client, Client):  # a sync client works from any thread or loop
                    info = await asyncio.to_thread(self.client.get_task, task_id)
                else:
                    info = await self.client.get_task(task_id)
            except Exception as exc:
                logger.warning(
                    "could not re-fetch task %s after its callback (%s: %s); using the callback body",
                    task_id,
                    type(exc).__name__,
                    exc,
                )
        self.results[task_id] = info
        self.event(task_id).set()
        if self.handler is not None:
            try:
                outcome = self.handler(info)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception:
                logger.exception("the callback handler failed for task %s", task_id)
