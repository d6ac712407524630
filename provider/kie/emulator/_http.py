"""The emulator's HTTP vocabulary: the real API's envelope, error answers as exceptions, request helpers.

Every API answer is ``{"code", "msg", "data"}`` with ``data: null`` on errors,
and the real API's habit of HTTP 200 with an error code in the body for
validation (422), unsupported models, unknown tasks and insufficient credits
(402) (``API-FACTS.md``, "Envelope and errors"). The upload endpoints add
``"success"``. Handlers return ``ok(data)`` and raise ``ApiError`` /
``UploadError``; Starlette's exception middleware turns those (and its own
``HTTPException``, e.g. a 404 or 405) into the envelope through
``EXCEPTION_HANDLERS``. Body codes stay in the vendor's list (seed 004's enum,
``VENDOR_CODES``): a malformed body is 422 like any validation failure, a
wrong method 404 ("the endpoint does not exist") over HTTP 405.

URLs the emulator hands out (results, uploads, download links) start with
``base_url``: the ``Host`` the client sent when it is a loopback name, else the
address the server is bound to, so a foreign ``Host`` header is never echoed.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

from kie.urls import is_loopback_host

from ._state import EmulatorState

__all__ = [
    "CREDITS_MSG",
    "EXCEPTION_HANDLERS",
    "MAX_JSON_DEPTH",
    "VENDOR_CODES",
    "ApiError",
    "UploadError",
    "base_url",
    "envelope",
    "json_object",
    "loopback_host",
    "ok",
    "server_port",
    "state_of",
]

VENDOR_CODES = frozenset({200, 401, 402, 404, 422, 429, 455, 500, 501, 505})
"""The body codes of seed 004's enum: every jobs API answer uses one (faults may add 433, API-FACTS)."""

MAX_JSON_DEPTH = 64
"""The deepest nesting of a JSON body (objects and arrays) the emulator reads; a real body needs 3."""

_HOST = re.compile(r"(?P<name>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?")

CREDITS_MSG = "Credits insufficient : Your current balance isn't enough to run this request. Please top up to continue."
"""The real 402 message (``API-FACTS.md``, observed)."""


def envelope(
    code: int, msg: str, data: Any = None, *, status: int = 200, headers: Mapping[str, str] | None = None
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


def ok(data: Any = None) -> JSONResponse:
    """Return the success envelope ``{"code": 200, "msg": "success", "data": data}`` over HTTP 200."""
    return envelope(200, "success", data)


class ApiError(Exception):
    """An error answer in the envelope, raised by a handler: body ``code`` and ``msg``, ``data: null``.

    Args:
        code: the body code (400, 402, 422, ...).
        msg: the body message.
        status: the HTTP status (200 by default, as the real API answers most errors).

    """

    def __init__(self, code: int, msg: str, *, status: int = 200) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.status = status

    def response(self) -> Response:
        """Return this error as an envelope response."""
        return envelope(self.code, self.msg, status=self.status)


class UploadError(ApiError):
    """An upload endpoint's error: ``{"success": false, "code", "msg", "data": null}`` (over HTTP 200 by default)."""

    def response(self) -> Response:
        """Return this error in the upload API's envelope."""
        return JSONResponse({"success": False, "code": self.code, "msg": self.msg, "data": None}, self.status)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)  # noqa: S101 - registered for ApiError only
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, HTTPException):
        return envelope(500, "Internal Server Error", status=500)
    status = exc.status_code
    # A wrong method is an endpoint that does not exist (404) in the vendor's list; keep the Allow header.
    code = status if status in VENDOR_CODES else 404 if status == 405 else 500 if status >= 500 else 422
    return envelope(code, exc.detail, status=status, headers=exc.headers)


EXCEPTION_HANDLERS: Mapping[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
    ApiError: _api_error,
    HTTPException: _http_error,
}
"""``Starlette(exception_handlers=...)``: handler errors and Starlette's own 404/405 answered in the envelope."""


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json_problem(value: Any) -> str | None:
    """Tell why a parsed JSON value cannot be handled (too deep, a lone surrogate), or ``None``; iterative."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list) and depth > MAX_JSON_DEPTH:
            return f"the JSON body is nested more than {MAX_JSON_DEPTH} levels deep"
        if isinstance(item, dict):
            stack.extend((part, depth + 1) for pair in item.items() for part in pair)
        elif isinstance(item, list):
            stack.extend((part, depth + 1) for part in item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "the JSON body holds a lone surrogate (\\ud800-\\udfff), which is not UTF-8 text"
    return None


async def json_object(request: Request, error: Callable[[str], ApiError]) -> dict[str, Any]:
    """Read the request body as a JSON object that can be answered back safely.

    Args:
        request: the request.
        error: builds the route's error from a message (``ApiError(422, ...)`` for
            the jobs API, ``UploadError(400, ...)`` for uploads).

    Returns:
        The object.

    Raises:
        ApiError: ``error(...)`` for a body that is not JSON (``NaN`` included), not
            an object, nested deeper than ``MAX_JSON_DEPTH`` or holding a lone
            surrogate (it could not be encoded in an answer).

    """
    try:
        body = json.loads(await request.body(), parse_constant=_refuse_constant)
    except RecursionError:
        raise error(f"the JSON body is nested more than {MAX_JSON_DEPTH} levels deep") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise error(f"the request body must be a JSON object ({exc})") from None
    if not isinstance(body, dict):
        raise error("the request body must be a JSON object")
    problem = _json_problem(body)
    if problem is not None:
        raise error(problem)
    return body


@functools.lru_cache(maxsize=256)
def _is_loopback_header(host: str) -> bool:
    """Whether a ``Host`` header value is a well-formed loopback name (a client sends the same one each time)."""
    match = _HOST.fullmatch(host)
    return match is not None and is_loopback_host(match["name"])


def loopback_host(scope: Scope) -> str | None:
    """Return the request's ``Host`` when it is a well-formed loopback name (``127.0.0.1:8000``), else ``None``."""
    host = Headers(scope=scope).get("host", "")
    return host if _is_loopback_header(host) else None


def server_port(scope: Scope) -> int | None:
    """Return the port this connection reached (``scope["server"]``), or ``None`` when unknown."""
    server = scope.get("server")
    return int(server[1]) if server and server[1] is not None else None


def base_url(request: Request) -> str:
    """Return the emulator's URL for this request, ``http://127.0.0.1:PORT`` (no trailing ``/``).

    The ``Host`` header is used only when it is a loopback name; otherwise the
    address the connection reached (never a name a client made up).
    """
    host = loopback_host(request.scope)
    if host is None:
        address, port = request.scope.get("server") or ("127.0.0.1", None)
        name = f"[{address}]" if ":" in address else address
        host = name if port is None else f"{name}:{port}"
    return f"http://{host}"


def state_of(request: Request) -> EmulatorState:
    """Return the ``EmulatorState`` the app serves (``app.state.emulator``, set by ``create_app``)."""
    state: EmulatorState = request.app.state.emulator
    return state
