"""The exceptions ``kie`` raises, all re-exported from ``kie``.

The tree::

    KieError
    ├── ConfigurationError (+ ValueError)   bad client settings (no key, key over plain http)
    ├── InputValidationError (+ ValueError) rejected before any request is sent
    ├── CallbackVerificationError (+ ValueError)
    ├── APIConnectionError                  no usable HTTP answer
    │   └── APITimeoutError (+ TimeoutError)
    ├── SubmitUncertainError                createTask may or may not have created a task
    ├── DownloadError                       no result file to save: not finished, expired, or not the media
    ├── APIError                            the API answered with an error code
    │   ├── InvalidRequestError             400, 422
    │   │   └── TaskNotFoundError (+ NotFoundError)   422 "recordInfo is null"
    │   ├── AuthenticationError             401
    │   ├── InsufficientCreditsError        402
    │   ├── PermissionDeniedError           403 (Cloudflare "error code: 1010": blocked client)
    │   ├── NotFoundError                   404
    │   ├── UpstreamTimeoutError            408
    │   ├── RateLimitError                  429, 433
    │   ├── ServiceUnavailableError         455
    │   ├── InternalServerError             500 and other 5xx
    │   ├── GenerationFailedError           501
    │   └── FeatureDisabledError            505
    ├── ProgressCallbackError               your ``on_progress`` raised; the task goes on
    ├── TaskFailedError                     the task ended in state ``fail``
    └── WaitTimeoutError (+ TimeoutError)   the wait deadline passed; the task may still finish

Codes come from the body ``code`` first (the API answers HTTP 200 with an error
code in the body), then the HTTP status (seed docs 000-004, API-FACTS.md).
Every exception has ``task_id``: set whenever a task id was known when it was
raised, so a created task is never lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._tasks import TaskInfo

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "CallbackVerificationError",
    "ConfigurationError",
    "DownloadError",
    "FeatureDisabledError",
    "GenerationFailedError",
    "InputValidationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidRequestError",
    "KieError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProgressCallbackError",
    "RateLimitError",
    "ServiceUnavailableError",
    "SubmitUncertainError",
    "TaskFailedError",
    "TaskNotFoundError",
    "UpstreamTimeoutError",
    "WaitTimeoutError",
]


class KieError(Exception):
    """Base class of every error this library raises.

    Errors pickle and unpickle whole (attributes included), so they can cross
    process boundaries (multiprocessing, task queues); none carries the API key.

    Attributes:
        task_id: the task this error concerns, when one is known (else ``None``).

    """

    task_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[KieError], args: tuple[Any, ...], state: dict[str, Any]) -> KieError:
    """Unpickle a ``KieError`` without calling its ``__init__`` (whose signature differs per class)."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


_SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})


def _redact_request(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of ``request`` (method, URL, headers) without credentials or body; ``None`` for ``None``."""
    if request is None:
        return None
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _SECRET_HEADERS]
    return httpx.Request(request.method, request.url, headers=headers)


def _redact_response(response: httpx.Response | None) -> httpx.Response | None:
    """A copy of a read ``response`` whose ``request`` is redacted (``_redact_request``); ``None`` for ``None``."""
    if response is None:
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request = _redact_request(response.request)
    except RuntimeError:  # a response built without a request
        request = None
    return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)


class ConfigurationError(KieError, ValueError):
    """The client's settings cannot work (no API key, a key over plain http, no upload host)."""


class InputValidationError(KieError, ValueError):
    """The input breaks the model's spec; nothing was sent.

    Attributes:
        model: the model id.
        field: the dotted input field (``"input.prompt"``), or ``None`` for the whole body.
        value: the offending value.
        limit: the rule it breaks, in words (``"at most 1000 characters"``).

    """

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        field: str | None = None,
        value: Any = None,
        limit: str | None = None,
    ) -> None:
        super().__init__(message)
        self.model = model
        self.field = field
        self.value = value
        self.limit = limit

    @classmethod
    def about(cls, model: str | None, field: str | None, value: Any, limit: str, problem: str) -> InputValidationError:
        """The error for one field: its message is ``"{model}: {problem}"`` (``problem`` alone without a model).

        Args:
            model: the model id, or ``None`` when the input is not tied to one.
            field: the dotted field (``"input.prompt"``) or the vocabulary name (``"image"``).
            value: the offending value.
            limit: the rule it breaks, in words.
            problem: what is wrong, naming the field, the value and the limit.

        Returns:
            The error, to ``raise``.

        """
        return cls(f"{model}: {problem}" if model else problem, model=model, field=field, value=value, limit=limit)


class CallbackVerificationError(KieError, ValueError):
    """A callback's signature or timestamp did not verify."""


class APIConnectionError(KieError):
    """No usable answer came back (connection refused or dropped, TLS, malformed body).

    Attributes:
        request: the request that failed, without its ``Authorization`` header, or ``None``.

    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = _redact_request(request)


class APITimeoutError(APIConnectionError, TimeoutError):
    """An HTTP request exceeded its timeout."""


class SubmitUncertainError(KieError):
    """createTask was sent but its outcome is unknown; it was not resent (credits are charged at creation).

    Check your tasks (or wait for the callback) before submitting again.

    Attributes:
        model: the model id submitted.
        body: the request body that was sent (without credentials).
        cause: what happened (the underlying exception or an HTTP status).

    """

    def __init__(self, message: str, *, model: str, body: dict[str, Any], cause: str) -> None:
        super().__init__(message)
        self.model = model
        self.body = body
        self.cause = cause


class DownloadError(KieError):
    """A result could not be saved: not succeeded, expired twice, or not the promised media.

    "Not the media" covers a file host answering JSON, HTML or a fragment with
    HTTP 200. An existing file at the target path is kept and no temp file is
    left behind.
    """


class APIError(KieError):
    """The API answered with an error code.

    Attributes:
        code: the body ``code`` (or the HTTP status when the body had none).
        msg: the body ``msg`` (or a short text of the body).
        http_status: the HTTP status code.
        response: the ``httpx.Response``, when there was one (its ``request``
            without the ``Authorization`` header).

    """

    def __init__(
        self, code: int, msg: str, *, http_status: int | None = None, response: httpx.Response | None = None
    ) -> None:
        super().__init__(f"{code}: {msg}" if msg else str(code))
        self.code = code
        self.msg = msg
        self.http_status = http_status
        self.response = _redact_response(response)

    @classmethod
    def from_code(
        cls, code: int, msg: str, *, http_status: int | None = None, response: httpx.Response | None = None
    ) -> APIError:
        """Build the subclass that matches ``code`` (the one place codes map to classes).

        Args:
            code: body ``code`` or HTTP status.
            msg: the message to carry.
            http_status: the HTTP status, if known.
            response: the response, if any.

        Returns:
            An instance of the matching ``APIError`` subclass (``APIError`` itself for unknown codes).

        """
        if code == 422 and "recordinfo is null" in msg.lower():
            return TaskNotFoundError(code, msg, http_status=http_status, response=response)
        klass = _BY_CODE.get(code)
        if klass is None:
            klass = InternalServerError if 500 <= code < 600 else APIError
        return klass(code, msg, http_status=http_status, response=response)


class InvalidRequestError(APIError):
    """400 / 422: the API rejected the request (bad parameters, moderation, unsupported model)."""


class AuthenticationError(APIError):
    """401: the API key is missing or invalid."""


class InsufficientCreditsError(APIError):
    """402: the account has too few credits for this request."""


class PermissionDeniedError(APIError):
    """403: refused; a non-JSON "error code: 1010" body means Cloudflare blocked the client, not a bad key."""


class NotFoundError(APIError):
    """404: the resource does not exist."""


class TaskNotFoundError(NotFoundError, InvalidRequestError):
    """No task with that id on this account: recordInfo answered 422 "recordInfo is null" (or 404)."""

    @classmethod
    def for_task(cls, task_id: str, host: str, error: APIError) -> TaskNotFoundError:
        """The error for ``task_id`` on ``host`` (a base URL), from the API's not-found answer ``error``.

        Returns:
            A ``TaskNotFoundError`` whose message reads ``no task <id> on <host> (<code>: <msg>)``.

        """
        found = cls(error.code, error.msg, http_status=error.http_status, response=error.response)
        Exception.__init__(found, f"no task {task_id} on {host} ({error})")
        found.task_id = task_id
        return found


class UpstreamTimeoutError(APIError):
    """408: the upstream timed out (download-url)."""


class RateLimitError(APIError):
    """429 (20 createTask per 10 s per account) or 433 (sub-key usage limit exceeded)."""


class ServiceUnavailableError(APIError):
    """455: the service is under maintenance."""


class InternalServerError(APIError):
    """500 or another 5xx: the server failed."""


class GenerationFailedError(APIError):
    """501: content generation failed."""


class FeatureDisabledError(APIError):
    """505: the feature is disabled."""


_BY_CODE: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: UpstreamTimeoutError,
    422: InvalidRequestError,
    429: RateLimitError,
    433: RateLimitError,
    455: ServiceUnavailableError,
    500: InternalServerError,
    501: GenerationFailedError,
    505: FeatureDisabledError,
}


class ProgressCallbackError(KieError):
    """The ``on_progress`` function you passed raised; the task goes on (resume with ``wait(task_id)``).

    The exception it raised is the ``__cause__``.

    Attributes:
        task_id: the task being waited for.

    """

    def __init__(self, task_id: str, error: BaseException) -> None:
        super().__init__(
            f"on_progress raised {type(error).__name__}: {error} while waiting for task {task_id}; "
            f"the task goes on: resume with wait({task_id!r})"
        )
        self.task_id = task_id


class TaskFailedError(KieError):
    """The task ended in state ``fail``.

    Attributes:
        task_info: the final ``TaskInfo`` (``fail_code``, ``fail_msg``).

    """

    def __init__(self, task_info: TaskInfo) -> None:
        super().__init__(
            f"task {task_info.task_id} ({task_info.model}) failed: "
            f"{task_info.fail_code or '-'} {task_info.fail_msg or ''}".rstrip()
        )
        self.task_info = task_info
        self.task_id = task_info.task_id


class WaitTimeoutError(KieError, TimeoutError):
    """The wait deadline passed before the task ended; resume with ``wait(task_id)``.

    Attributes:
        task_id: the task's id.
        task_info: the last ``TaskInfo`` seen, or ``None`` if no poll answered.
        timeout: the deadline that passed, seconds.

    """

    def __init__(self, task_id: str, task_info: TaskInfo | None, timeout: float) -> None:
        state = task_info.state.value if task_info is not None else "unknown"
        super().__init__(f"task {task_id} still {state} after {timeout:g} s; resume with wait({task_id!r})")
        self.task_id = task_id
        self.task_info = task_info
        self.timeout = timeout
