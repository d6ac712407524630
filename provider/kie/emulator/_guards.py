"""The emulator's guards against hostile requests: bounded bodies, and admin routes for loopback callers only.

``LimitBody`` answers HTTP 413 in the route's own error shape when a body is
larger than the configured limit (``EmulatorConfig.max_json_bytes``,
``max_upload_bytes``): at once when ``Content-Length`` says so, otherwise as soon
as the bytes read pass the limit, so an oversized body is never read whole.
``LoopbackOnly`` keeps ``/_emulator/*`` for local tools: a ``Host`` that is not a
loopback name (DNS rebinding) or an ``Origin`` other than the emulator's own (a
web page in a browser) gets HTTP 403.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kie.urls import is_loopback_host

from ._http import ApiError, envelope, loopback_host, server_port

__all__ = ["LimitBody", "LoopbackOnly", "same_origin"]


class LimitBody:
    """Refuses request bodies over a size limit with HTTP 413, before reading them whole.

    Args:
        app: the wrapped ASGI app.
        limit: returns the largest accepted body, bytes (read per request, so a
            replaced ``EmulatorConfig`` applies at once).
        too_large: builds the route's error for a limit (its ``status`` should be 413).

    """

    def __init__(self, app: ASGIApp, *, limit: Callable[[], int], too_large: Callable[[int], ApiError]) -> None:
        self.app = app
        self.limit = limit
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 413 for a declared oversized body, else call the app with a receive that stops past the limit."""
        limit = self.limit()
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await self.too_large(limit).response()(scope, receive, send)
            return
        received = 0

        async def bounded() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise self.too_large(limit)  # answered by the route's ApiError handler
            return message

        await self.app(scope, bounded, send)


def same_origin(origin: str, scope: Scope) -> bool:
    """Whether an ``Origin`` header names this emulator: ``http``, a loopback host and the port it serves on.

    Args:
        origin: the header's value (``"null"`` and anything unparsable are foreign).
        scope: the request's ASGI scope.

    """
    parts = urlsplit(origin)
    try:
        port = parts.port or 80
    except ValueError:
        return False
    return parts.scheme == "http" and is_loopback_host(parts.hostname) and port == server_port(scope)


class LoopbackOnly:
    """Answers HTTP 403 unless the request has a loopback ``Host`` and no ``Origin`` but the emulator's own.

    Browsers send ``Origin`` with cross-site requests, and DNS rebinding shows up
    as a foreign ``Host``: either would let a web page drive the admin routes.

    Args:
        app: the wrapped ASGI app.

    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check ``Host`` and ``Origin``, then call the wrapped app or answer 403."""
        origin = Headers(scope=scope).get("origin")
        if loopback_host(scope) is None or (origin is not None and not same_origin(origin, scope)):
            refused = "the emulator's admin routes answer only local tools (loopback Host, no foreign Origin)"
            await envelope(403, refused, status=403)(scope, receive, send)
            return
        await self.app(scope, receive, send)
