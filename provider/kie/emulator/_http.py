"""The emulator's HTTP vocabulary: the real API's envelope, error answers as exceptions, request helpers.

Every API answer is ``{"code", "msg", "data"}`` with ``data: null`` on errors,
and the real API's habit of HTTP 200 with an error code in the body for
validation (422), unsupported models, unknown tasks and insufficient credits
(402) (``API-FACTS.md``, "Envelope and errors"). The upload endpoints add
``"success"``. Handlers return ``ok(data)`` and raise ``ApiError`` /
``UploadError``; Starlette's exception middleware turns those (and its own
``HTTPException``, e.g. a 404 or 405) into the envelope through
``EXCEPTION_HANDLERS``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._state import EmulatorState

__all__ = [
    "CREDITS_MSG",
    "EXCEPTION_HANDLERS",
    "ApiError",
    "UploadError",
    "base_url",
    "envelope",
    "json_object",
    "ok",
    "state_of",
]

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
    """An upload endpoint's error: ``{"success": false, "code", "msg", "data": null}`` over HTTP 200."""

    def response(self) -> Response:
        """Return this error in the upload API's envelope."""
        return JSONResponse({"success": False, "code": self.code, "msg": self.msg, "data": None})


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)  # noqa: S101 - registered for ApiError only
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "Internal Server Error"
    return envelope(status, detail, status=status)


EXCEPTION_HANDLERS: Mapping[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
    ApiError: _api_error,
    HTTPException: _http_error,
}
"""``Starlette(exception_handlers=...)``: handler errors and Starlette's own 404/405 answered in the envelope."""


async def json_object(request: Request) -> dict[str, Any] | None:
    """Return the request body parsed as a JSON object, or ``None`` when it is not one."""
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def base_url(request: Request) -> str:
    """Return the emulator's URL as this client reached it, ``http://127.0.0.1:PORT`` (no trailing ``/``)."""
    return str(request.base_url).rstrip("/")


def state_of(request: Request) -> EmulatorState:
    """Return the ``EmulatorState`` the app serves (``app.state.emulator``, set by ``create_app``)."""
    state: EmulatorState = request.app.state.emulator
    return state
