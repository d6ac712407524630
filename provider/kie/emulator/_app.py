"""The emulator's Starlette app: kie.ai's jobs, credit, download-url, upload and file routes, plus admin.

Paths and methods of the API routes come from the bundled spec
(``kie.spec.operation``). Each API route runs the middleware of ``_middleware``
(request counting, injected faults, the Bearer check; ``/files/`` skips the
Bearer check) and answers in the real envelope (``_http``). The admin routes
(``_admin``) run none of it.
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from kie.spec import operation

from . import _admin, _jobs, _uploads
from ._http import EXCEPTION_HANDLERS
from ._middleware import CountRequests, InjectFaults, QuietDrops, RequireBearer
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


def routes(state: EmulatorState) -> list[BaseRoute]:
    """Build the emulator's route table, its middleware bound to ``state``.

    Args:
        state: the state whose request counter and fault queue the middleware use.

    Returns:
        The seven API routes (from the spec), ``GET|HEAD /files/{path}`` and the
        four admin routes, in that order.

    """
    served = [
        Middleware(CountRequests, count=state.count_request),
        Middleware(InjectFaults, faults=state.faults, create_path=operation("create-task")[1]),
    ]
    api = [*served, Middleware(RequireBearer)]
    table: list[BaseRoute] = []
    for operation_id, handler in _API:
        method, path = operation(operation_id)
        table.append(Route(path, handler, methods=[method], middleware=api))
    return [
        *table,
        Route("/files/{path:path}", _uploads.serve_file, methods=["GET", "HEAD"], middleware=served),
        Route("/_emulator/faults", _admin.inject_fault, methods=["POST"]),
        Route("/_emulator/faults", _admin.clear_faults, methods=["DELETE"]),
        Route("/_emulator/stats", _admin.stats, methods=["GET"]),
        Route("/_emulator/reset", _admin.reset, methods=["POST"]),
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
