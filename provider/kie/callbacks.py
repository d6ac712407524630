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
import inspect
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, cast

from ._tasks import TaskInfo
from .errors import CallbackVerificationError
from .signing import callback_body, callback_task_id, sign, verify_signature

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

__all__ = [
    "AsyncTaskFetcher",
    "CallbackReceiver",
    "TaskFetcher",
    "callback_task_id",
    "parse_callback",
    "sign",
    "verify_signature",
]

logger = logging.getLogger("kie")

Handler = Callable[[TaskInfo], Awaitable[object] | object]


class TaskFetcher(Protocol):
    """What the receiver re-fetches a record with from any thread: ``kie.Client`` is one."""

    def get_task(self, task_id: str) -> TaskInfo:
        """Return the task's authoritative record (recordInfo)."""
        ...


class AsyncTaskFetcher(Protocol):
    """What the receiver re-fetches a record with on its own event loop: ``kie.AsyncClient`` is one."""

    async def get_task(self, task_id: str) -> TaskInfo:
        """Return the task's authoritative record (recordInfo)."""
        ...


def parse_callback(body: bytes | str | Mapping[str, Any]) -> TaskInfo:
    """Decode a callback body into a ``TaskInfo`` (same quirks as recordInfo).

    A failed task arrives with top-level ``code: 501``; its ``data`` still holds
    the record. Untrusted until verified (and re-fetched: the signature does not
    cover the body).

    Raises:
        CallbackVerificationError: not JSON, or no task id.
    """
    payload = callback_body(body)
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
        client: TaskFetcher | AsyncTaskFetcher | None = None,
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
                if inspect.iscoroutinefunction(self.client.get_task):
                    info = await cast(AsyncTaskFetcher, self.client).get_task(task_id)
                else:  # a sync client works from any thread or loop
                    info = await asyncio.to_thread(cast(TaskFetcher, self.client).get_task, task_id)
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
