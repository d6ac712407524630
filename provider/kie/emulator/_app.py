"""The emulator's Starlette app: kie.ai's jobs, credit, download-url, upload and file routes, plus admin.

Paths and methods of the API routes come from the bundled spec
(``kie.spec.operation``). Each API route runs the middleware of ``_middleware``
(quiet disconnects, request counting, injected faults, the Bearer check;
``/files/`` skips the Bearer check; createTask adds the account rate limit),
then ``_guards.LimitBody`` (uploads up to ``max_upload_bytes``, JSON up to
``max_json_bytes``), and answers in the real envelope (``_http``). The admin
routes (``_admin``) are neither counted, faulted nor authenticated: they answer
local tools only (``_guards.LoopbackOnly``).
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from kie.spec import operation

from . import _admin, _jobs, _uploads
from ._guards import LimitBody, LoopbackOnly
from ._http import EXCEPTION_HANDLERS, ApiError, UploadError
from ._middleware import CountRequests, InjectFaults, LimitRate, QuietDisconnects, QuietDrops, RequireBearer
from ._records import EmulatorConfig
from ._state import EmulatorState

__all__ = ["create_app", "routes"]

_API = (
    ("create-task", _jobs.create_task),
    ("get-task-record-info", _jobs.record_info),
    ("get-credits", _jobs.get_credits),
    ("get-download-url", _uploads.download_url),
    ("upload-file-stream", _uploads.upload_stream),
    ("upload-file-base64", _uploads.upload_base64),
    ("upload-file-url", _uploads.upload_url),
)
"""The spec's operationId of each API route, and its handler."""

_UPLOADS = frozenset({"upload-file-stream", "upload-file-base64"})
"""The routes whose body carries a file (``max_upload_bytes``); the others take JSON (``max_json_bytes``)."""


def _body_limits(state: EmulatorState) -> tuple[Middleware, Middleware, Middleware]:
    """Build the body limits of the JSON API routes, the upload routes and the admin routes."""

    def too_large(limit: int) -> ApiError:
        return ApiError(422, f"the request body is larger than {limit} bytes", status=413)

    def upload_too_large(limit: int) -> UploadError:
        return UploadError(400, f"the upload is larger than {limit} bytes", status=413)

    def admin_too_large(limit: int) -> ApiError:
        return ApiError(400, f"the request body is larger than {limit} bytes", status=413)

    def json_limit() -> int:
        return state.config.max_json_bytes

    return (
        Middleware(LimitBody, limit=json_limit, too_large=too_large),
        Middleware(LimitBody, limit=lambda: state.config.max_upload_bytes, too_large=upload_too_large),
        Middleware(LimitBody, limit=json_limit, too_large=admin_too_large),
    )


def routes(state: EmulatorState) -> list[BaseRoute]:
    """Build the emulator's route table, its middleware bound to ``state``.

    Args:
        state: the state whose config, request counter, fault queue and rate window the middleware use.

    Returns:
        The seven API routes (from the spec), ``GET|HEAD /files/{path}`` and the
        five admin routes, in that order.

    """
    create_path = operation("create-task")[1]
    served = [
        Middleware(QuietDisconnects),
        Middleware(CountRequests, count=state.count_request),
        Middleware(InjectFaults, faults=state.faults, create_path=create_path),
    ]
    api = [*served, Middleware(RequireBearer, api_key=lambda: state.config.api_key)]
    json_body, upload_body, admin_body = _body_limits(state)
    table: list[BaseRoute] = []
    for operation_id, handler in _API:
        method, path = operation(operation_id)
        guards = [Middleware(LimitRate, admit=state.rate.admit)] if path == create_path else []
        guards.append(upload_body if operation_id in _UPLOADS else json_body)
        table.append(Route(path, handler, methods=[method], middleware=[*api, *guards]))
    admin = [Middleware(LoopbackOnly), admin_body]
    return [
        *table,
        Route("/files/{path:path}", _uploads.serve_file, methods=["GET", "HEAD"], middleware=served),
        Route("/_emulator/faults", _admin.inject_fault, methods=["POST"], middleware=admin),
        Route("/_emulator/faults", _admin.clear_faults, methods=["DELETE"], middleware=admin),
        Route("/_emulator/stats", _admin.stats, methods=["GET"], middleware=admin),
        Route("/_emulator/tasks", _admin.tasks, methods=["GET"], middleware=admin),
        Route("/_emulator/reset", _admin.reset, methods=["POST"], middleware=admin),
    ]


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
    uvicorn_logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, QuietDrops) for f in uvicorn_logger.filters):
        uvicorn_logger.addFilter(QuietDrops())
    app = Starlette(routes=routes(state), exception_handlers=dict(EXCEPTION_HANDLERS))
    app.state.emulator = state
    return app
