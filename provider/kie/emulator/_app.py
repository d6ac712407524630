"""The emulator's Starlette app: kie.ai's jobs, credit, download-url and upload endpoints.

Paths come from the bundled spec (``kie._spec.operation``). Answers use the
real envelope ``{"code", "msg", "data"}`` with ``data: null`` on errors, and the
real API's habit of HTTP 200 with an error code in the body for validation
(422), unsupported models (422 "The model is not supported"), unknown tasks
(422 "recordInfo is null") and insufficient credits (402); a missing Bearer
token is a real HTTP 401 (``API-FACTS.md``, "Envelope and errors"). Injected
faults (``EmulatorState.inject``) answer before the request is handled, or for
createTask optionally after the task was created.

Admin routes (no auth, not counted): ``POST /_emulator/faults`` (JSON
``{"fault", "count", "paths", "when", "retry_after", "seconds", "http_status"}``),
``DELETE /_emulator/faults``, ``GET /_emulator/stats``, ``POST /_emulator/reset``.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from kie.errors import InputValidationError
from kie.spec import build_create_body, operation

from ._faults import Fault
from ._records import EmulatorConfig
from ._state import EmulatorState
from ._uploads import decode_base64, sniff_mime, upload_key

__all__ = ["CREDITS_MSG", "create_app", "envelope"]

logger = logging.getLogger("kie.emulator")

CREDITS_MSG = "Credits insufficient : Your current balance isn't enough to run this request. Please top up to continue."
"""The real 402 message (``API-FACTS.md``, observed)."""

_FAULT_MSGS = {
    "429": "Too many requests: rate limit exceeded, please retry later",
    "455": "Service unavailable: the system is under maintenance",
    "500": "Internal server error, please try again later",
}
_MALFORMED_BODY = b'{"code":200,"msg":"success","data":{"taskId":'  # truncated JSON
_ADMIN_OPTIONS = frozenset({"paths", "when", "retry_after", "seconds", "http_status"})

Handler = Callable[[Request], Awaitable[Response]]


def envelope(
    code: int, msg: str, data: Any = None, *, status: int = 200, headers: dict[str, str] | None = None
) -> JSONResponse:
    """Build a response in the real API's envelope.

    Args:
        code: the body ``code`` (200 success; see ``API-FACTS.md`` for the others).
        msg: the body ``msg``.
        data: the body ``data`` (``None`` -> ``null``, as on every error).
        status: the HTTP status (the real API often answers 200 with an error code).
        headers: extra response headers.

    Returns:
        A ``JSONResponse``.

    """
    return JSONResponse({"code": code, "msg": msg, "data": data}, status_code=status, headers=headers)


_DROPPING: contextvars.ContextVar[bool] = contextvars.ContextVar("kie_emulator_dropping", default=False)


class _QuietDrops(logging.Filter):
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


async def _fault_response(fault: Fault) -> Response | None:
    """Answer for a fault that strikes, or ``None`` to go on (a ``"slow"`` fault, after its delay)."""
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


def _authorized(request: Request) -> bool:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())


async def _json_object(request: Request) -> dict[str, Any] | None:
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _upload_error(code: int, msg: str) -> JSONResponse:
    return JSONResponse({"success": False, "code": code, "msg": msg, "data": None})


class _Api:
    """The route handlers, bound to one ``EmulatorState``."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.create_path = operation("create-task")[1]

    def endpoint(self, handler: Handler, *, auth: bool = True) -> Handler:
        """Wrap a handler with request counting, faults and the Bearer check (in that order)."""

        async def wrapped(request: Request) -> Response:
            path = request.url.path
            self.state.count_request(path)
            fault = self.state.faults.take(path, "before", create_path=self.create_path)
            if fault is not None:
                answer = await _fault_response(fault)
                if answer is not None:
                    return answer
            if auth and not _authorized(request):
                return envelope(401, "Unauthorized: send Authorization: Bearer YOUR_API_KEY", status=401)
            return await handler(request)

        return wrapped

    async def create_task(self, request: Request) -> Response:
        """``POST /api/v1/jobs/createTask``: validate, charge, create; data ``{taskId, recordId}``."""
        body = await _json_object(request)
        if body is None:
            return envelope(400, "the request body must be a JSON object")
        callback = body.get("callBackUrl")
        raw_input: Any = body.get("input")  # a non-object input is build_create_body's error to report
        try:
            created = build_create_body(
                str(body.get("model", "")),
                raw_input,
                callback_url=callback if callback not in (None, "") else None,
                allow_unknown_fields=True,
            )
        except InputValidationError as exc:
            return envelope(422, "The model is not supported" if exc.field == "model" else str(exc))
        task = self.state.create_task(created, _base_url(request))
        if task is None:
            return envelope(402, CREDITS_MSG)
        fault = self.state.faults.take(request.url.path, "after", create_path=self.create_path)
        if fault is not None:
            answer = await _fault_response(fault)
            if answer is not None:
                return answer
        return envelope(200, "success", {"taskId": task.task_id, "recordId": task.task_id})

    async def record_info(self, request: Request) -> Response:
        """``GET /api/v1/jobs/recordInfo?taskId=``: the task record, or 422 "recordInfo is null"."""
        task_id = request.query_params.get("taskId", "")
        task = self.state.get(task_id) if task_id else None
        if task is None:
            return envelope(422, "recordInfo is null")
        return envelope(200, "success", self.state.record_info(task, _base_url(request)))

    async def credit(self, request: Request) -> Response:
        """``GET /api/v1/chat/credit``: ``data`` is the bare balance."""
        return envelope(200, "success", round(self.state.credits, 2))

    async def download_url(self, request: Request) -> Response:
        """``POST /api/v1/common/download-url``: ``data`` is a fresh link (a plain string)."""
        body = await _json_object(request)
        url = body.get("url") if body is not None else None
        if not isinstance(url, str) or not url:
            return envelope(422, "url is required")
        link = self.state.issue_link(url, _base_url(request))
        if link is None:
            return envelope(422, "url is not a file of this account")
        return envelope(200, "success", link)

    async def upload_stream(self, request: Request) -> Response:
        """``POST /api/file-stream-upload``: multipart ``file``, ``uploadPath``, ``fileName``."""
        try:
            form = await request.form()
        except (AssertionError, ValueError, KeyError) as exc:  # Starlette/python-multipart reject malformed bodies
            return _upload_error(400, f"expected multipart/form-data: {exc}")
        file = form.get("file")
        if not isinstance(file, UploadFile):
            return _upload_error(400, "file is required")
        data = await file.read()
        path = form.get("uploadPath")
        name = form.get("fileName")
        file_name = name if isinstance(name, str) and name else (file.filename or "")
        return self._store(request, path if isinstance(path, str) else None, file_name, data, file.content_type)

    async def upload_base64(self, request: Request) -> Response:
        """``POST /api/file-base64-upload``: JSON ``base64Data``, ``uploadPath``, ``fileName``."""
        body = await _json_object(request)
        if body is None or not isinstance(body.get("base64Data"), str):
            return _upload_error(400, "base64Data is required")
        try:
            data = decode_base64(body["base64Data"])
        except ValueError as exc:
            return _upload_error(400, str(exc))
        declared = body["base64Data"][5:].split(";")[0] if body["base64Data"].startswith("data:") else None
        return self._store(request, body.get("uploadPath"), body.get("fileName"), data, declared)

    async def upload_url(self, request: Request) -> Response:
        """``POST /api/file-url-upload``: JSON ``fileUrl`` (only this emulator's own ``/files/`` URLs)."""
        body = await _json_object(request)
        url = body.get("fileUrl") if body is not None else None
        if body is None or not isinstance(url, str) or not url:
            return _upload_error(400, "fileUrl is required")
        key = self.state.own_key(url, _base_url(request))
        if key is None:
            return _upload_error(400, "the emulator only fetches its own /files/ URLs (it never reaches the network)")
        status, data, mime = self.state.lookup(key)
        if status != 200:
            return _upload_error(400, f"could not fetch fileUrl: HTTP {status}")
        name = body.get("fileName") or key.rsplit("/", 1)[-1]
        return self._store(request, body.get("uploadPath"), name, data, mime)

    def _store(self, request: Request, upload_path: Any, file_name: Any, data: bytes, declared: str | None) -> Response:
        if not isinstance(upload_path, str) or not upload_path.strip():
            return _upload_error(400, "uploadPath is required")
        if not isinstance(file_name, str) or not file_name:
            file_name = uuid.uuid4().hex
        try:
            key = upload_key(upload_path, file_name)
        except ValueError as exc:
            return _upload_error(400, str(exc))
        item = self.state.store_file(key, data, sniff_mime(data, file_name, declared))
        return JSONResponse(
            {
                "success": True,
                "code": 200,
                "msg": "File uploaded successfully",
                "data": {
                    "fileName": file_name,
                    "filePath": key,
                    "downloadUrl": f"{_base_url(request)}/files/{quote(key)}",
                    "fileSize": len(data),
                    "mimeType": item.mime_type,
                    "uploadedAt": item.uploaded_at,
                },
            }
        )

    async def files(self, request: Request) -> Response:
        """``GET /files/{path}``: uploads and result MP4s (410 once expired, see ``result_ttl_s``)."""
        status, data, mime = self.state.lookup(request.path_params["path"], request.query_params.get("token"))
        return Response(data, status_code=status, media_type=mime)

    async def admin_inject(self, request: Request) -> Response:
        """``POST /_emulator/faults``: queue a fault from JSON ``{"fault", "count", ...options}``."""
        body = await _json_object(request)
        if body is None or not isinstance(body.get("fault"), str):
            return envelope(400, "expected a JSON object with a 'fault'", status=400)
        unknown = set(body) - _ADMIN_OPTIONS - {"fault", "count"}
        if unknown:
            return envelope(400, f"unknown fault options: {', '.join(sorted(unknown))}", status=400)
        options = {k: v for k, v in body.items() if k in _ADMIN_OPTIONS}
        try:
            fault = self.state.inject(body["fault"], body.get("count", 1), **options)
        except (TypeError, ValueError) as exc:
            return envelope(400, str(exc), status=400)
        return envelope(200, "success", fault.describe())

    async def admin_clear(self, request: Request) -> Response:
        """``DELETE /_emulator/faults``: drop every queued fault."""
        self.state.faults.clear()
        return envelope(200, "success")

    async def admin_stats(self, request: Request) -> Response:
        """``GET /_emulator/stats``: counters, tasks by state, request counts, callbacks, faults."""
        return envelope(200, "success", self.state.stats())

    async def admin_reset(self, request: Request) -> Response:
        """``POST /_emulator/reset``: forget everything and refill the credits."""
        self.state.reset()
        return envelope(200, "success")


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "Internal Server Error"
    return envelope(status, detail, status=status)


def create_app(config: EmulatorConfig | None = None, state: EmulatorState | None = None) -> Starlette:
    """Build the emulator's ASGI app.

    Args:
        config: the behaviour; ignored when ``state`` is given, unless both are
            given, in which case ``state.config`` is replaced by it.
        state: the in-memory state to serve (a new ``EmulatorState`` by default);
            reachable afterwards as ``app.state.emulator``.

    Returns:
        The Starlette app (serve it with uvicorn, or use ``Emulator``).

    """
    if state is None:
        state = EmulatorState(config)
    elif config is not None:
        state.config = config
    api = _Api(state)
    uvicorn_logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _QuietDrops) for f in uvicorn_logger.filters):
        uvicorn_logger.addFilter(_QuietDrops())

    def spec_route(operation_id: str, handler: Handler) -> Route:
        method, path = operation(operation_id)
        return Route(path, api.endpoint(handler), methods=[method])

    routes = [
        spec_route("create-task", api.create_task),
        spec_route("get-task-record-info", api.record_info),
        spec_route("get-credits", api.credit),
        spec_route("get-download-url", api.download_url),
        spec_route("upload-file-stream", api.upload_stream),
        spec_route("upload-file-base64", api.upload_base64),
        spec_route("upload-file-url", api.upload_url),
        Route("/files/{path:path}", api.endpoint(api.files, auth=False), methods=["GET", "HEAD"]),
        Route("/_emulator/faults", api.admin_inject, methods=["POST"]),
        Route("/_emulator/faults", api.admin_clear, methods=["DELETE"]),
        Route("/_emulator/stats", api.admin_stats, methods=["GET"]),
        Route("/_emulator/reset", api.admin_reset, methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    app.state.emulator = state
    return app
