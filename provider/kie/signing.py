"""Callback signatures: the vendor's HMAC scheme, pure (no client, no server).

With the account's webhook HMAC key set, kie.ai signs each callback::

    X-Webhook-Timestamp: <unix seconds>
    X-Webhook-Signature: base64(HMAC-SHA256(key, taskId + "." + timestamp))

The signature covers the task id and the time, not the body (API-FACTS.md,
"Callbacks"). ``kie.callbacks`` verifies with these helpers and the emulator
signs with them, so both sides share one implementation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any

from .errors import CallbackVerificationError

__all__ = ["callback_body", "callback_task_id", "sign", "verify_signature"]

Body = bytes | str | Mapping[str, Any]


def callback_body(body: Body) -> Mapping[str, Any]:
    """Parse a callback body (raw bytes/str, or already parsed) into its JSON object.

    Raises:
        CallbackVerificationError: the body is not JSON or not a JSON object.

    """
    if isinstance(body, Mapping):
        return body
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CallbackVerificationError(f"callback body is not JSON: {exc}") from None
    if not isinstance(value, Mapping):
        raise CallbackVerificationError("callback body is not a JSON object")
    return value


def callback_task_id(body: Body) -> str:
    """Find the task id where the docs put it: ``data.taskId``, ``data.task_id``, then top-level ``taskId``.

    Raises:
        CallbackVerificationError: no task id anywhere, or the body is not a JSON object.

    """
    payload = callback_body(body)
    data = payload.get("data")
    data = data if isinstance(data, Mapping) else {}
    for value in (data.get("taskId"), data.get("task_id"), payload.get("taskId")):
        if value:
            return str(value)
    raise CallbackVerificationError("callback body names no task (data.taskId, data.task_id or taskId)")


def sign(key: str, task_id: str, timestamp: int) -> str:
    """Compute the vendor's signature: ``base64(HMAC-SHA256(key, f"{task_id}.{timestamp}"))``.

    Args:
        key: the account's webhook HMAC key.
        task_id: the task the callback is about.
        timestamp: Unix seconds, sent as ``X-Webhook-Timestamp``.

    Returns:
        The ``X-Webhook-Signature`` header value.

    """
    digest = hmac.new(key.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_signature(
    headers: Mapping[str, str],
    body: Body,
    key: str,
    *,
    tolerance: float = 300.0,
    now: float | None = None,
) -> str:
    """Verify a signed callback in constant time and reject stale timestamps.

    Args:
        headers: the request headers (any case; a ``Mapping`` such as Starlette's ``Headers``).
        body: the raw body (bytes/str) or its parsed JSON.
        key: the account's webhook HMAC key.
        tolerance: the largest accepted clock difference, seconds.
        now: the current Unix time, seconds (injectable for tests).

    Returns:
        The task id the signature covers.

    Raises:
        CallbackVerificationError: a header is missing, the timestamp is stale or
            malformed, or the signature does not match.

    """
    lowered = {k.lower(): v for k, v in headers.items()}
    stamp = lowered.get("x-webhook-timestamp")
    signature = lowered.get("x-webhook-signature")
    if not stamp or not signature:
        raise CallbackVerificationError("callback is not signed (X-Webhook-Timestamp / X-Webhook-Signature missing)")
    try:
        timestamp = int(stamp)
    except ValueError:
        raise CallbackVerificationError(f"X-Webhook-Timestamp {stamp!r} is not Unix seconds") from None
    age = (time.time() if now is None else now) - timestamp
    if abs(age) > tolerance:
        raise CallbackVerificationError(f"callback timestamp is {age:.0f} s off, beyond the {tolerance:g} s tolerance")
    task_id = callback_task_id(body)
    if not hmac.compare_digest(sign(key, task_id, timestamp).encode(), signature.strip().encode()):
        raise CallbackVerificationError(f"callback signature for task {task_id} does not match")
    return task_id
