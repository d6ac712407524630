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
import os
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, cast

from ._tasks import TaskInfo
from .errors import CallbackVerificationError
from .journal import JobRecord, Journal, open_journal
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


DEFAULT_MAX_BODY_BYTES = 1 << 20  # 1 MiB: a callback is one task record


class CallbackReceiver:
    """An ASGI app (Starlette) that receives callbacks and hands each task's result to you once.

    For each POST it checks the size (413 over ``max_body_bytes``, before parsing),
    verifies the signature (when ``key`` is set), de-duplicates by task id,
    re-fetches the authoritative ``TaskInfo`` with ``client`` (when given), stores
    it, wakes waiters (``wait_for``, ``client.wait(receiver=...)``), calls
    ``handler`` (sync or async), and only then answers:

    * 200 once the handler returned (the task is then *seen*: later deliveries
      are answered ``duplicate``);
    * 500 when the handler raised: the task is not marked seen, so the vendor's
      retry delivers it again and the handler gets another chance;
    * 503 when the re-fetched record is not final yet (a lagging read): waiters
      are woken to poll again soon, and the vendor's retry delivers it again.

    Mount it anywhere, or serve it with uvicorn: ``uvicorn.run(receiver.app)``.

    Args:
        handler: called with the task's final ``TaskInfo`` until it returns once per task id.
        key: the webhook HMAC key; ``None`` accepts unsigned callbacks.
        client: a client to re-fetch the record with; ``None`` trusts the body. A
            ``kie.Client`` works from any thread; an ``AsyncClient`` must belong to
            the event loop that serves this receiver. If the re-fetch fails, the
            verified callback body is used.
        tolerance: the signature timestamp tolerance, seconds.
        path: the URL path it answers, default ``/``.
        max_body_bytes: the largest body accepted, bytes (default 1 MiB).
        journal: a ``kie.journal.Journal``, a path, or a ``sqlite:///`` or ``postgresql://`` URL: each final
            result is upserted by task id (idempotent) before the handler runs, so any
            process sharing the journal sees it; a failed write answers 500 (delivered again).

    """

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        key: str | None = None,
        client: TaskFetcher | AsyncTaskFetcher | None = None,
        tolerance: float = 300.0,
        path: str = "/",
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        journal: Journal | str | os.PathLike[str] | None = None,
    ) -> None:
        from starlette.applications import Starlette
        from starlette.routing import Route

        self.handler = handler
        self.key = key
        self.client = client
        self.tolerance = tolerance
        self.max_body_bytes = max_body_bytes
        self.journal = open_journal(journal, env=False)
        self.seen: set[str] = set()
        self.results: dict[str, TaskInfo] = {}
        self.rejected = 0
        self._in_flight: set[str] = set()
        self._events: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self.app = Starlette(routes=[Route(path, self._receive, methods=["POST"])])

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Serve as an ASGI app (delegates to ``self.app``)."""
        await self.app(scope, receive, send)

    def event(self, task_id: str) -> threading.Event:
        """A ``threading.Event`` set when the task's callback arrived (usable from any thread).

        It is set for a final result and also for a lagging one ("poll again
        soon"); ``results`` holds the task's ``TaskInfo`` only once it is final.
        """
        with self._lock:
            return self._events.setdefault(task_id, threading.Event())

    def wait_blocking(self, task_id: str, timeout: float) -> TaskInfo | None:
        """Block up to ``timeout`` seconds for the task's callback; its final ``TaskInfo`` or ``None``.

        Returns at once when the final result is already here. A wake-up is
        consumed, so a lagging callback makes one early return, not a busy loop.
        """
        if task_id in self.results:
            return self.results[task_id]
        event = self.event(task_id)
        if event.wait(timeout):
            event.clear()
        return self.results.get(task_id)

    async def wait_for(self, task_id: str, timeout: float | None = None) -> TaskInfo | None:
        """Wait up to ``timeout`` seconds (``None``: forever) for the task's callback; its ``TaskInfo`` or ``None``.

        Returns at once when the final result is already here. Works from any
        event loop: it checks a thread-safe event every 50 ms, so the receiver may
        be served by another thread's loop. A wake-up is consumed (see ``wait_blocking``).
        """
        if task_id in self.results:
            return self.results[task_id]
        event = self.event(task_id)
        deadline = None if timeout is None else time.monotonic() + timeout
        while not event.is_set():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return None
            await asyncio.sleep(0.05 if left is None else min(0.05, left))
        event.clear()
        return self.results.get(task_id)

    async def _read_body(self, request: Request) -> bytes | None:
        """The body, or ``None`` when it is over ``max_body_bytes`` (checked before and while reading)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            return None
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.max_body_bytes:
                return None
        return bytes(body)

    def _verify(self, body: bytes, request: Request) -> tuple[str, TaskInfo]:
        if self.key is not None:
            task_id = verify_signature(request.headers, body, self.key, tolerance=self.tolerance)
        else:
            task_id = callback_task_id(body)
        return task_id, parse_callback(body)

    async def _receive(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        body = await self._read_body(request)
        if body is None:
            return JSONResponse({"code": 413, "msg": f"body over {self.max_body_bytes} bytes"}, status_code=413)
        try:
            task_id, info = self._verify(body, request)
        except CallbackVerificationError as exc:
            self.rejected += 1
            logger.warning("rejected a callback: %s", exc)
            return JSONResponse({"code": 401, "msg": str(exc)}, status_code=401)
        with self._lock:
            duplicate = task_id in self.seen or task_id in self._in_flight
            if not duplicate:
                self._in_flight.add(task_id)
        if duplicate:
            logger.info("duplicate callback for task %s ignored", task_id)
            return JSONResponse({"code": 200, "msg": "duplicate"})
        try:
            code, msg = await self._deliver(task_id, info)
        finally:
            with self._lock:
                self._in_flight.discard(task_id)
        return JSONResponse({"code": code, "msg": msg}, status_code=code)

    async def _refetch(self, task_id: str, info: TaskInfo) -> TaskInfo:
        if self.client is None:
            return info
        try:
            if inspect.iscoroutinefunction(self.client.get_task):
                return await cast(AsyncTaskFetcher, self.client).get_task(task_id)
            return await asyncio.to_thread(cast(TaskFetcher, self.client).get_task, task_id)  # any thread or loop
        except Exception as exc:
            logger.warning(
                "could not re-fetch task %s after its callback (%s: %s); using the callback body",
                task_id,
                type(exc).__name__,
                exc,
            )
            return info

    async def _deliver(self, task_id: str, info: TaskInfo) -> tuple[int, str]:
        """Re-fetch, store, wake, hand over; return the HTTP code and message to answer with."""
        info = await self._refetch(task_id, info)
        if not info.is_done:
            logger.info("task %s is still %s after its callback; waiters will poll again", task_id, info.state_raw)
            self.event(task_id).set()
            return 503, f"task {task_id} is not final yet here; deliver again later"
        if self.journal is not None:
            try:
                await asyncio.to_thread(self.journal.write, JobRecord.from_task(info))
            except Exception:
                logger.exception("the journal write failed for task %s", task_id)
                return 500, "the journal write failed; deliver again"
        self.results[task_id] = info
        self.event(task_id).set()
        if self.handler is not None:
            try:
                outcome = self.handler(info)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception:
                logger.exception("the callback handler failed for task %s", task_id)
                return 500, "the handler failed; deliver again"
        with self._lock:
            self.seen.add(task_id)
        return 200, "ok"
