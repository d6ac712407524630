"""The retry policy: pure verdicts on an answer or a transport failure (no I/O, no sleeping).

DESIGN.md, "Retries"; API-FACTS.md, "Rate limits and billing":

* idempotent calls (recordInfo, credits, download-url, uploads) retry on
  connection errors, HTTP or body 408, 429, 455 and 5xx other than 501/505;
* createTask retries only where no task can have been created: the connection
  was never made, or the API answered 429, 433 or 455. Any other failure after
  the request went out (a read timeout, a dropped connection, a 5xx, a body that
  is not JSON) raises ``SubmitUncertainError`` and is never resent: credits are
  charged at creation, so a blind resend can bill twice.
* delays back off exponentially with jitter; ``Retry-After`` (seconds or an HTTP
  date) is honoured, capped at ``RETRY_AFTER_CAP`` seconds.

The clients' request loops call ``handle_response`` / ``handle_exception`` and
either return the data, sleep a ``Retry``'s delay and resend, or let the error
propagate.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx

from ._requests import Endpoint, Envelope, envelope
from .errors import APIConnectionError, APIError, APITimeoutError, SubmitUncertainError

__all__ = ["Retry", "backoff", "handle_exception", "handle_response", "retry_after"]

RETRY_AFTER_CAP = 60.0  # seconds: the longest Retry-After honoured
BACKOFF_BASE = 0.5  # seconds: the first retry's delay before jitter
BACKOFF_CAP = 8.0  # seconds: the longest backoff delay
_IDEMPOTENT_RETRY_CODES = frozenset({408, 429, 455})
_CREATE_RETRY_CODES = frozenset({429, 433, 455})
_NOT_RETRIED_5XX = frozenset({501, 505})


@attrs.frozen
class Retry:
    """The policy's verdict that an attempt should be retried after ``delay`` seconds."""

    delay: float
    reason: str


def retry_after(response: httpx.Response, *, now: float | None = None) -> float | None:
    """Parse ``Retry-After`` (seconds or HTTP date) into seconds, capped at ``RETRY_AFTER_CAP``.

    Returns:
        The delay in seconds, or ``None`` if absent or unparseable.

    """
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = parsed.timestamp() - (time.time() if now is None else now)
    return min(max(seconds, 0.0), RETRY_AFTER_CAP)


def backoff(attempt: int, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: ``min(cap, base * 2**attempt)`` scaled by 0.5-1.0, seconds."""
    delay: float = min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt) * (0.5 + rng() / 2)
    return delay


def _retry(endpoint: Endpoint, response: httpx.Response, attempt: int, code: int) -> Retry:
    return Retry(retry_after(response) or backoff(attempt), f"{endpoint.where}: code {code}")


def _submit_uncertain(body: Mapping[str, Any] | None, what: str, cause: str) -> SubmitUncertainError:
    model = str((body or {}).get("model", ""))
    return SubmitUncertainError(
        f"createTask for {model} {what}; it was not resent, to avoid paying twice. "
        "Check your tasks before submitting again.",
        model=model,
        body=dict(body or {}),
        cause=cause,
    )


def _create_task_verdict(
    endpoint: Endpoint, response: httpx.Response, env: Envelope, attempt: int, can_retry: bool, body: Any
) -> Retry | None:
    """createTask: retry where no task can exist; raise where one may; else ``None`` (an API error)."""
    status = response.status_code
    if 300 <= status < 400:
        where = response.headers.get("location", "elsewhere")
        raise _submit_uncertain(
            body, f"was redirected (HTTP {status} to {where}); the request reached a server", cause=f"HTTP {status}"
        )
    effective = env.code if env.code is not None else status
    if (effective in _CREATE_RETRY_CODES and env.is_json) or status in _CREATE_RETRY_CODES:
        return _retry(endpoint, response, attempt, effective) if can_retry else None
    server_failed = status >= 500 or effective >= 500 or (not env.is_json and status < 300)
    if server_failed and effective not in _NOT_RETRIED_5XX:
        detail = f"code {env.code}" if env.code is not None else "body not JSON"
        raise _submit_uncertain(
            body,
            f"may or may not have created a task (HTTP {status}, {detail}: {env.msg or '-'})",
            cause=f"HTTP {status} {env.msg}".strip(),
        )
    return None


def _idempotent_verdict(
    endpoint: Endpoint, response: httpx.Response, env: Envelope, attempt: int, can_retry: bool
) -> Retry | None:
    """An idempotent call: retry 408/429/455/5xx and garbage; else ``None`` (an API error)."""
    status = response.status_code
    effective = env.code if env.code is not None else status
    retryable = effective in _IDEMPOTENT_RETRY_CODES or (500 <= effective < 600 and effective not in _NOT_RETRIED_5XX)
    garbage = not env.is_json and status < 300
    if (retryable or garbage) and can_retry:
        return _retry(endpoint, response, attempt, effective)
    if garbage:
        raise APIConnectionError(
            f"{endpoint.where}: the answer was not JSON ({env.msg[:80]!r})", request=response.request
        )
    return None


def _api_error(response: httpx.Response, env: Envelope) -> APIError:
    status = response.status_code
    msg = env.msg
    if not env.is_json and status == 403:
        msg = f"{msg or 'forbidden'} (a non-JSON 403 is Cloudflare blocking this client, not a bad API key)"
    code = env.code if env.code is not None else status
    return APIError.from_code(code, msg or response.reason_phrase, http_status=status, response=response)


def handle_response(
    endpoint: Endpoint,
    response: httpx.Response,
    attempt: int,
    max_retries: int,
    *,
    body: Mapping[str, Any] | None = None,
) -> Any:
    """Judge an answer: return its ``data``, return a ``Retry``, or raise.

    Success is judged by the body ``code == 200`` (the API answers HTTP 200 with
    error codes in the body), then the HTTP status.

    Args:
        endpoint: what was called.
        response: the answer, already read.
        attempt: 0 for the first try.
        max_retries: retries allowed for this call.
        body: the request body sent (createTask only, for ``SubmitUncertainError``).

    Returns:
        The envelope's ``data`` on success, or a ``Retry``.

    Raises:
        APIError: a subclass chosen by the code.
        SubmitUncertainError: createTask's outcome is unknown.
        APIConnectionError: the body was not the API's JSON and retries ran out.

    """
    env = envelope(response)
    effective = env.code if env.code is not None else response.status_code
    if env.is_json and effective == 200 and response.status_code < 300:
        return env.data
    can_retry = attempt < max_retries
    if endpoint.idempotent:
        verdict = _idempotent_verdict(endpoint, response, env, attempt, can_retry)
    else:
        verdict = _create_task_verdict(endpoint, response, env, attempt, can_retry, body)
    if verdict is not None:
        return verdict
    raise _api_error(response, env)


def handle_exception(
    endpoint: Endpoint,
    exc: httpx.RequestError,
    attempt: int,
    max_retries: int,
    *,
    body: Mapping[str, Any] | None = None,
) -> Retry:
    """Judge a failure to get an answer: return a ``Retry`` or raise.

    A transport error, an undecodable body (``httpx.DecodingError``) or a
    redirect loop (``httpx.TooManyRedirects``) all mean no usable answer.

    Raises:
        SubmitUncertainError: createTask went out and no answer came back.
        APITimeoutError: a timeout, retries exhausted.
        APIConnectionError: another connection failure, retries exhausted.

    """
    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if not endpoint.idempotent and not never_sent:
        cause = f"{type(exc).__name__}: {exc}"
        raise _submit_uncertain(body, f"was sent but no answer came back ({cause})", cause=cause) from exc
    if attempt < max_retries:
        return Retry(backoff(attempt), f"{endpoint.where}: {type(exc).__name__}")
    klass = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    request = _request_of(exc)
    host = f" on {request.url.scheme}://{request.url.netloc.decode()}" if request is not None else ""
    raise klass(f"{endpoint.where}{host} failed: {type(exc).__name__}: {exc}", request=request) from exc


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # raised without a request
        return None
