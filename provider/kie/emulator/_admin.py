"""The emulator's admin routes: faults, stats and reset over HTTP (local tools only, not counted, never faulted).

``POST /_emulator/faults`` takes JSON ``{"fault", "count", "paths", "when",
"retry_after", "seconds", "http_status"}`` (the arguments of
``FaultQueue.inject``), ``DELETE /_emulator/faults`` drops them all, ``GET
/_emulator/stats`` reports ``EmulatorState.stats()`` and ``POST
/_emulator/reset`` calls ``EmulatorState.reset()``. Errors are HTTP 400 with
body code 400. They need no API key, so they answer only requests with a
loopback ``Host`` and no foreign ``Origin`` (``_guards.LoopbackOnly``): a web
page in a browser cannot drive them.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from ._http import ApiError, json_object, ok, state_of

__all__ = ["clear_faults", "inject_fault", "reset", "stats"]

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


async def reset(request: Request) -> Response:
    """``POST /_emulator/reset``: forget everything and refill the credits."""
    state_of(request).reset()
    return ok()
