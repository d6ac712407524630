"""The emulator's admin routes: faults, stats and reset over HTTP (local tools only, not counted, never faulted).

``POST /_emulator/faults`` takes JSON ``{"fault", "count", "paths", "when",
"retry_after", "seconds", "http_status"}`` (the arguments of
``FaultQueue.inject``), ``DELETE /_emulator/faults`` drops them all, ``GET
/_emulator/stats`` reports ``EmulatorState.stats()``, ``GET /_emulator/tasks``
lists every task (to check what a fleet of clients created) and ``POST
/_emulator/reset`` calls ``EmulatorState.reset()``. Errors are HTTP 400 with
body code 400. They need no API key, so they answer only requests with a
loopback ``Host`` and no foreign ``Origin`` (``_guards.LoopbackOnly``): a web
page in a browser cannot drive them.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from ._http import ApiError, json_object, ok, state_of

__all__ = ["clear_faults", "inject_fault", "reset", "stats", "tasks"]

_OPTIONS = frozenset({"paths", "when", "retry_after", "seconds", "http_status"})


def _bad_request(msg: str) -> ApiError:
    return ApiError(400, msg, status=400)


async def inject_fault(request: Request) -> Response:
    """``POST /_emulator/faults``: queue a fault; ``data`` describes it (``Fault.describe()``).

    Raises:
        ApiError: HTTP 400 for a body without ``fault``, an unknown option or a value ``inject`` refuses.

    """
    body = await json_object(request, _bad_request)
    if not isinstance(body.get("fault"), str):
        raise ApiError(400, "expected a JSON object with a 'fault'", status=400)
    unknown = set(body) - _OPTIONS - {"fault", "count"}
    if unknown:
        raise ApiError(400, f"unknown fault options: {', '.join(sorted(unknown))}", status=400)
    options = {k: v for k, v in body.items() if k in _OPTIONS}
    try:
        fault = state_of(request).faults.inject(body["fault"], body.get("count", 1), **options)
    except (TypeError, ValueError) as exc:
        raise ApiError(400, str(exc), status=400) from None
    return ok(fault.describe())


async def clear_faults(request: Request) -> Response:
    """``DELETE /_emulator/faults``: drop every queued fault."""
    state_of(request).faults.clear()
    return ok()


async def stats(request: Request) -> Response:
    """``GET /_emulator/stats``: counters, tasks by state, request counts, callbacks, faults."""
    return ok(state_of(request).stats())


def _count(request: Request, name: str, default: int | None) -> int | None:
    value = request.query_params.get(name)
    if value is None:
        return default
    if not value.isdigit():
        raise _bad_request(f"{name} must be a whole number >= 0, got {value!r}")
    return int(value)


async def tasks(request: Request) -> Response:
    """``GET /_emulator/tasks[?offset=N&limit=M]``: every task since the last reset, oldest first.

    ``data`` is ``{"total", "offset", "tasks"}``; each task is ``{"taskId",
    "model", "state", "createTime"}`` (its state now; createTime in epoch
    milliseconds, as recordInfo gives it). Without ``limit``, all of them.

    Raises:
        ApiError: HTTP 400 for an ``offset`` or ``limit`` that is not a whole number.

    """
    offset = _count(request, "offset", 0) or 0
    limit = _count(request, "limit", None)
    state = state_of(request)
    store = state.tasks
    with state.runtime.lock:
        records = list(store.values())  # in creation order
        end = None if limit is None else offset + limit
        listed = [
            {"taskId": t.task_id, "model": t.model, "state": store.status(t).state, "createTime": t.create_ms}
            for t in records[offset:end]
        ]
    return ok({"total": len(records), "offset": offset, "tasks": listed})


async def reset(request: Request) -> Response:
    """``POST /_emulator/reset``: forget everything and refill the credits."""
    state_of(request).reset()
    return ok()
