"""The emulator's per-route ASGI middleware: request counting, injected faults, the Bearer check, the rate limit.

Every API route (and ``GET /files/...``) runs, outermost first:
``QuietDisconnects`` (a client gone before its body was read is no error),
``CountRequests`` (for ``/_emulator/stats``), ``InjectFaults`` (a queued fault
answers instead of the handler, or for createTask optionally after the task
was created) and, on the API routes, ``RequireBearer`` (HTTP 401 without
``Authorization: Bearer <key>``, or with another key than
``EmulatorConfig.api_key``, ``API-FACTS.md``); createTask then runs
``LimitRate`` (HTTP 429 beyond ``EmulatorConfig.rate_limit``). They are pure ASGI
middleware attached to each ``Route``, so a 404 or 405 is neither counted nor
faulted, and everything runs in uvicorn's own task (the ``"drop"`` fault
relies on that to quiet uvicorn's log line).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hmac
import logging
import math
from collections.abc import Callable

from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import Fault, FaultQueue, When
from ._http import envelope

__all__ = [
    "CREATED_TASK",
    "CountRequests",
    "InjectFaults",
    "LimitRate",
    "QuietDisconnects",
    "QuietDrops",
    "RequireBearer",
    "fault_response",
]

logger = logging.getLogger("kie.emulator")

CREATED_TASK = "created_task_id"
"""The ``request.state`` attribute a createTask handler sets once it created a task (``"after"`` faults need it)."""

_FAULT_MSGS = {
    "429": "Too many requests: rate limit exceeded, please retry later",
    "433": "Sub-key usage limit exceeded",
    "455": "Service unavailable: the system is under maintenance",
    "500": "Internal server error, please try again later",
}
_MALFORMED_BODY = b'{"code":200,"msg":"success","data":{"taskId":'  # truncated JSON
_UNAUTHORIZED = "Unauthorized: send Authorization: Bearer YOUR_API_KEY"
_DENIED = "You do not have access permissions"  # the real API's answer to a wrong key (API-FACTS.md)

_DROPPING: contextvars.ContextVar[bool] = contextvars.ContextVar("kie_emulator_dropping", default=False)


class QuietDrops(logging.Filter):
    """Hides uvicorn's error line for a connection the emulator dropped on purpose (it logs its own)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Return False for uvicorn's "returned without completing response" line of an injected drop."""
        return not (_DROPPING.get() and record.getMessage().startswith("ASGI callable returned without completing"))


class _DropResponse(Response):
    """Closes the connection without sending a byte: the client sees a dropped connection.

    uvicorn marks the response started, then refuses the illegal header name
    before writing anything; the app returns with the response incomplete, so
    uvicorn closes the transport (httpx raises ``RemoteProtocolError``).
    """

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _DROPPING.set(True)  # same task as uvicorn's run_asgi, which logs the incomplete response
        with contextlib.suppress(Exception):  # the server refusing the header IS the drop
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"x-kie-emulator drop", b"connection")]}
            )


async def fault_response(fault: Fault) -> Response | None:
    """Return the answer of a fault that strikes, or ``None`` to go on (a ``"slow"`` fault, after its delay).

    Args:
        fault: the striking fault.

    Returns:
        A dropped connection, a truncated JSON body, or the envelope of its
        code (429 with ``Retry-After``) over ``http_status`` or that code;
        ``None`` for ``"slow"`` once ``fault.seconds`` have passed.

    """
    logger.info("fault %s strikes", fault.kind)
    if fault.kind == "slow":
        await asyncio.sleep(fault.seconds)
        return None
    if fault.kind == "drop":
        return _DropResponse()
    if fault.kind == "malformed":
        return Response(_MALFORMED_BODY, status_code=fault.http_status or 200, media_type="application/json")
    code = int(fault.kind)
    headers = None
    if fault.kind == "429":
        after = fault.retry_after
        headers = {"Retry-After": str(int(after)) if after == int(after) else f"{after:g}"}
    return envelope(code, _FAULT_MSGS[fault.kind], status=fault.http_status or code, headers=headers)


class QuietDisconnects:
    """Ends a request quietly when its client left before the route read the body (e.g. during a ``slow`` fault).

    Starlette raises ``ClientDisconnect`` when a route reads the body of a
    request whose client is gone; there is nobody to answer, so it is logged at
    DEBUG instead of as an ASGI traceback.

    Args:
        app: the wrapped ASGI app.

    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Call the wrapped app; a ``ClientDisconnect`` ends the request."""
        try:
            await self.app(scope, receive, send)
        except ClientDisconnect:
            logger.debug("%s: the client disconnected before its request was read", scope["path"])


class CountRequests:
    """Counts each request by path (``EmulatorState.count_request``) before passing it on.

    Args:
        app: the wrapped ASGI app.
        count: called with the request's path.

    """

    def __init__(self, app: ASGIApp, *, count: Callable[[str], None]) -> None:
        self.app = app
        self.count = count

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count, then call the wrapped app."""
        self.count(scope["path"])
        await self.app(scope, receive, send)


class InjectFaults:
    """Answers with a queued fault instead of the route, or (createTask, ``when="after"``) after it.

    Args:
        app: the wrapped ASGI app.
        faults: the queue to take faults from.
        create_path: the createTask path, where ``"after"`` faults strike once a
            task was created (the handler sets ``request.state.created_task_id``).

    """

    def __init__(self, app: ASGIApp, *, faults: FaultQueue, create_path: str) -> None:
        self.app = app
        self.faults = faults
        self.create_path = create_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Strike a ``"before"`` fault, or run the route (holding createTask's answer for an ``"after"`` fault)."""
        path: str = scope["path"]
        if await self._strike(path, "before", scope, receive, send):
            return
        if path != self.create_path:
            await self.app(scope, receive, send)
            return
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        state = scope.setdefault("state", {})
        await self.app(scope, receive, hold)
        if state.get(CREATED_TASK) and await self._strike(path, "after", scope, receive, send):
            return
        for message in held:
            await send(message)

    async def _strike(self, path: str, phase: When, scope: Scope, receive: Receive, send: Send) -> bool:
        fault = self.faults.take(path, phase, create_path=self.create_path)
        answer = await fault_response(fault) if fault is not None else None
        if answer is None:
            return False
        await answer(scope, receive, send)
        return True


class RequireBearer:
    """Answers HTTP 401 (body code 401, ``data: null``) unless ``Authorization: Bearer <the key>`` is sent.

    Args:
        app: the wrapped ASGI app.
        api_key: returns the one accepted key (``EmulatorConfig.api_key``, read
            per request), or ``None`` to accept any non-empty key.

    """

    def __init__(self, app: ASGIApp, *, api_key: Callable[[], str | None] = lambda: None) -> None:
        self.app = app
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the header, then call the wrapped app or answer 401."""
        scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            await envelope(401, _UNAUTHORIZED, status=401)(scope, receive, send)
            return
        expected = self.api_key()
        if expected is not None and not hmac.compare_digest(token.encode(), expected.encode()):
            await envelope(401, _DENIED, status=401)(scope, receive, send)
            return
        await self.app(scope, receive, send)


class LimitRate:
    """Answers HTTP 429 (body code 429, ``Retry-After``) to requests beyond the account's rate limit.

    Args:
        app: the wrapped ASGI app (createTask).
        admit: counts the request and returns ``None``, or refuses it and returns
            the seconds until a slot frees (``RateWindow.admit``).

    """

    def __init__(self, app: ASGIApp, *, admit: Callable[[], float | None]) -> None:
        self.app = app
        self.admit = admit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Admit the request to the wrapped app, or answer 429: the request is dropped, not queued."""
        wait = self.admit()
        if wait is None:
            await self.app(scope, receive, send)
            return
        headers = {"Retry-After": str(max(1, math.ceil(wait)))}
        await envelope(429, _FAULT_MSGS["429"], status=429, headers=headers)(scope, receive, send)
