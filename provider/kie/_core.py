"""The shared core of ``Client`` and ``AsyncClient``: everything but I/O.

Request building, response parsing, the retry policy, createTask pacing and
the wait policy live here, once; the two clients only send requests and sleep
(DESIGN.md, "One core, two shells").

Retry policy (DESIGN.md, "Retries"; API-FACTS.md, "Rate limits and billing"):

* idempotent calls (recordInfo, credits, download-url, uploads) retry on
  connection errors, HTTP or body 408, 429, 455 and 5xx other than 501/505;
* createTask retries only where no task can have been created: the connection
  was never made, or the API answered 429, 433 or 455. Any other failure after
  the request went out (a read timeout, a dropped connection, a 5xx, a body that
  is not JSON) raises ``SubmitUncertainError`` and is never resent: credits are
  charged at creation, so a blind resend can bill twice.
* delays back off exponentially with jitter; ``Retry-After`` (seconds or an HTTP
  date) is honoured, capped at ``RETRY_AFTER_CAP`` seconds.
"""

from __future__ import annotations

import collections
import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx

from ._spec import operation
from ._tasks import TaskInfo, TaskState
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    KieError,
    SubmitUncertainError,
    TaskFailedError,
    WaitTimeoutError,
)

__all__ = [
    "CREATE_TASK",
    "CREDITS",
    "DOWNLOAD_URL",
    "RECORD_INFO",
    "UPLOAD_STREAM",
    "Endpoint",
    "Pacer",
    "Retry",
    "Waiter",
    "handle_exception",
    "handle_response",
    "retry_after",
]

logger = logging.getLogger("kie")

RETRY_AFTER_CAP = 60.0  # seconds: the longest Retry-After honoured
BACKOFF_BASE = 0.5  # seconds: the first retry's delay before jitter
BACKOFF_CAP = 8.0  # seconds: the longest backoff delay
_IDEMPOTENT_RETRY_CODES = frozenset({408, 429, 455})
_CREATE_RETRY_CODES = frozenset({429, 433, 455})
_NOT_RETRIED_5XX = frozenset({501, 505})


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

    @property
    def method(self) -> str:
        """The HTTP method, from the spec."""
        return operation(self.operation_id)[0]

    @property
    def path(self) -> str:
        """The URL path, from the spec."""
        return operation(self.operation_id)[1]


CREATE_TASK = Endpoint("create-task", idempotent=False)
RECORD_INFO = Endpoint("get-task-record-info", idempotent=True)
CREDITS = Endpoint("get-credits", idempotent=True)
DOWNLOAD_URL = Endpoint("get-download-url", idempotent=True)
UPLOAD_STREAM = Endpoint("upload-file-stream", idempotent=True, host="upload")  # unique file names: a resend overwrites


@attrs.frozen
class Retry:
    """The core's verdict that an attempt should be retried after ``delay`` seconds."""

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
    """Exponential backoff with jitter: ``min(cap, base * 2**attempt)`` scaled by 0.5-1.0."""
    delay: float = min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt) * (0.5 + rng() / 2)
    return delay


def _envelope(response: httpx.Response) -> tuple[int | None, str, Any, bool]:
    """Return ``(code, msg, data, is_json)`` of an answer; code ``None`` when the body has none."""
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        text = response.text[:200].strip() if response.content else ""
        return None, text, None, False
    if not isinstance(body, Mapping):
        return None, str(body)[:200], None, False
    code = body.get("code")
    try:
        code = int(code) if code is not None else None
    except (TypeError, ValueError):
        code = None
    return code, str(body.get("msg") or ""), body.get("data"), True


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
    code, msg, data, is_json = _envelope(response)
    status = response.status_code
    effective = code if code is not None else status
    if is_json and effective == 200 and status < 300:
        return data
    can_retry = attempt < max_retries
    where = f"{endpoint.method} {endpoint.path}"
    if not endpoint.idempotent:
        if (effective in _CREATE_RETRY_CODES and is_json) or status in _CREATE_RETRY_CODES:
            if can_retry:
                return Retry(retry_after(response) or backoff(attempt), f"{where}: code {effective}")
        elif effective not in _NOT_RETRIED_5XX and (
            status >= 500 or effective >= 500 or (not is_json and status < 300)
        ):
            model = str((body or {}).get("model", ""))
            raise SubmitUncertainError(
                f"createTask for {model} may or may not have created a task (HTTP {status}, "
                f"{'code ' + str(code) if code is not None else 'body not JSON'}: {msg or '-'}); "
                "it was not resent, to avoid paying twice. Check your tasks before submitting again.",
                model=model,
                body=dict(body or {}),
                cause=f"HTTP {status} {msg}".strip(),
            )
    else:
        retryable = effective in _IDEMPOTENT_RETRY_CODES or (
            500 <= effective < 600 and effective not in _NOT_RETRIED_5XX
        )
        if (retryable or (not is_json and status < 300)) and can_retry:
            return Retry(retry_after(response) or backoff(attempt), f"{where}: code {effective}")
        if not is_json and status < 300:
            raise APIConnectionError(f"{where}: the answer was not JSON ({msg[:80]!r})", request=response.request)
    if not is_json and status == 403:
        msg = f"{msg or 'forbidden'} (a non-JSON 403 is Cloudflare blocking this client, not a bad API key)"
    raise APIError.from_code(effective, msg or response.reason_phrase, http_status=status, response=response)


def handle_exception(
    endpoint: Endpoint,
    exc: httpx.TransportError,
    attempt: int,
    max_retries: int,
    *,
    body: Mapping[str, Any] | None = None,
) -> Retry:
    """Judge a transport failure: return a ``Retry`` or raise.

    Raises:
        SubmitUncertainError: createTask went out and no answer came back.
        APITimeoutError: a timeout, retries exhausted.
        APIConnectionError: another connection failure, retries exhausted.

    """
    where = f"{endpoint.method} {endpoint.path}"
    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if not endpoint.idempotent and not never_sent:
        model = str((body or {}).get("model", ""))
        raise SubmitUncertainError(
            f"createTask for {model} was sent but no answer came back ({type(exc).__name__}: {exc}); "
            "it was not resent, to avoid paying twice. Check your tasks before submitting again.",
            model=model,
            body=dict(body or {}),
            cause=f"{type(exc).__name__}: {exc}",
        ) from exc
    if attempt < max_retries:
        return Retry(backoff(attempt), f"{where}: {type(exc).__name__}")
    klass = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    raise klass(f"{where} failed: {type(exc).__name__}: {exc}", request=exc.request) from exc


class Pacer:
    """A sliding-window pacer: at most ``max_calls`` starts per ``period`` seconds.

    Thread-safe; ``reserve()`` never blocks, it books the next free slot and
    returns how long the caller must sleep, so threads and asyncio tasks share it.
    The API drops (does not queue) createTask calls over 20 per 10 s (API-FACTS.md).
    """

    def __init__(self, max_calls: int = 20, period: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        if max_calls < 1 or period <= 0:
            raise ValueError(f"pacing needs max_calls >= 1 and period > 0, got {max_calls}, {period}")
        self.max_calls = max_calls
        self.period = period
        self._clock = clock
        self._starts: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book a slot; return the seconds to wait before using it (0.0 if free now)."""
        with self._lock:
            now = self._clock()
            while self._starts and self._starts[0] <= now - self.period:
                self._starts.popleft()
            slot = now
            if len(self._starts) >= self.max_calls:
                slot = max(now, self._starts[-self.max_calls] + self.period)
            self._starts.append(slot)
            return slot - now


class Waiter:
    """The wait policy for one task: deadline, poll intervals, progress, outcome.

    Intervals start at ``poll_interval`` (default 2 s) and back off by state:
    x1.5 up to 30 s while waiting or queuing (the vendor's advice: start at 2-3 s,
    back off, give up after 10-15 min), but at most ``GENERATING_CAP`` (5 s) once
    the task is generating, so a finished task is noticed within about 5 s.
    """

    MIN_REQUEST_TIMEOUT = 1.0  # seconds: the shortest timeout of the last poll
    GENERATING_CAP = 5.0  # seconds: the longest interval while a task is generating

    def __init__(
        self,
        task_id: str,
        *,
        timeout: float,
        clock: Callable[[], float],
        on_progress: Callable[[TaskInfo], object] | None = None,
        poll_interval: float = 2.0,
        max_interval: float = 30.0,
    ) -> None:
        self.task_id = task_id
        self.timeout = timeout
        self.polls = 0
        self.last: TaskInfo | None = None
        self._clock = clock
        self._deadline = clock() + timeout
        self._on_progress = on_progress
        self._interval = poll_interval
        self._max_interval = max_interval

    def remaining(self) -> float:
        """Seconds left before the deadline (negative once passed)."""
        return self._deadline - self._clock()

    def request_timeout(self, default: float | None) -> float:
        """The timeout of the next poll: the client's, clamped to the time left (at least 1 s)."""
        left = max(self.remaining(), self.MIN_REQUEST_TIMEOUT)
        return left if default is None else min(default, left)

    def observe(self, info: TaskInfo) -> bool:
        """Take a poll's result; True when the task succeeded.

        Raises:
            TaskFailedError: the task ended in ``fail``.

        """
        self.polls += 1
        last = self.last
        if last is None or (info.state_raw, info.progress) != (last.state_raw, last.progress):
            logger.debug("task %s is %s", info.task_id, info.state_raw)
            if self._on_progress is not None:
                self._on_progress(info)
        self.last = info
        if info.state is TaskState.FAIL:
            raise TaskFailedError(info)
        return info.state is TaskState.SUCCESS

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll.

        Raises:
            WaitTimeoutError: the deadline has passed (carries the task id and last ``TaskInfo``).

        """
        left = self.remaining()
        if left <= 0:
            raise WaitTimeoutError(self.task_id, self.last, self.timeout)
        if self.last is not None and self.last.state is TaskState.GENERATING:
            self._interval = min(self._interval, self.GENERATING_CAP)
        delay = min(self._interval, left)
        self._interval = min(self._interval * 1.5, self._max_interval)
        return delay


def attach_task_id(exc: KieError, task_id: str) -> KieError:
    """Set ``exc.task_id`` when it has none, so no error loses a known task id."""
    if exc.task_id is None:
        exc.task_id = task_id
    return exc
