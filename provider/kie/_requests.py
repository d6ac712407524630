"""Requests: the operations the clients call, their headers, and the API's envelope.

Each ``Endpoint`` names an operation of the bundled spec (its method and path
come from there) with the two facts the retry policy needs: whether a resend
is harmless, and which host serves it. ``envelope`` reads the
``{"code", "msg", "data"}`` answer every JSON response carries (API-FACTS.md,
"Envelope and errors").
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._spec import operation
from ._version import __version__

__all__ = [
    "CREATE_TASK",
    "CREDITS",
    "DOWNLOAD_URL",
    "RECORD_INFO",
    "UPLOAD_STREAM",
    "USER_AGENT",
    "Endpoint",
    "Envelope",
    "Timeout",
    "envelope",
]

Timeout = float | httpx.Timeout
"""A per-request timeout: seconds, or an ``httpx.Timeout``."""

USER_AGENT = f"kie-python/{__version__} httpx/{httpx.__version__} python/{'.'.join(map(str, sys.version_info[:3]))}"
"""Sent on every request: Cloudflare blocks odd or missing agents (API-FACTS.md, "Hosts")."""


@attrs.frozen
class Endpoint:
    """An operation of the bundled spec, with the policy facts the core needs.

    Attributes:
        operation_id: the bundle's ``operationId``.
        idempotent: whether resending it can never cause a second effect.
        host: ``"api"`` (the jobs API) or ``"upload"`` (the file-upload API).

    """

    operation_id: str
    idempotent: bool
    host: str = "api"

    @functools.cached_property  # read on every request: looked up in the spec once
    def method(self) -> str:
        """The HTTP method, from the spec."""
        return operation(self.operation_id)[0]

    @functools.cached_property
    def path(self) -> str:
        """The URL path, from the spec."""
        return operation(self.operation_id)[1]

    @functools.cached_property
    def follows_redirects(self) -> bool:
        """Only GETs follow redirects: a redirected POST may already have reached a server."""
        return self.method == "GET"

    @property
    def where(self) -> str:
        """``"METHOD /path"``, for log lines and error messages."""
        return f"{self.method} {self.path}"


CREATE_TASK = Endpoint("create-task", idempotent=False)
RECORD_INFO = Endpoint("get-task-record-info", idempotent=True)
CREDITS = Endpoint("get-credits", idempotent=True)
DOWNLOAD_URL = Endpoint("get-download-url", idempotent=True)
UPLOAD_STREAM = Endpoint("upload-file-stream", idempotent=True, host="upload")  # unique file names: a resend overwrites


@attrs.frozen
class Envelope:
    """An answer's envelope.

    Attributes:
        code: the body's ``code`` as an int, or ``None`` when the body has none.
        msg: the body's ``msg`` (or the start of a non-JSON body).
        data: the body's ``data``.
        is_json: whether the body was a JSON object.

    """

    code: int | None
    msg: str
    data: Any
    is_json: bool


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def envelope(response: httpx.Response) -> Envelope:
    """Read an answer's ``{"code", "msg", "data"}``; tolerate non-JSON and non-object bodies."""
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: JSON nested too deep to parse
        text = response.text[:200].strip() if response.content else ""
        return Envelope(None, text, None, False)
    if type(body) is not dict and not isinstance(body, Mapping):  # a dict, as JSON decodes: no ABC check
        return Envelope(None, str(body)[:200], None, False)
    code, msg = body.get("code"), body.get("msg")
    return Envelope(
        code if type(code) is int else _int_or_none(code),
        msg if type(msg) is str and msg else str(msg or ""),
        body.get("data"),
        True,
    )
