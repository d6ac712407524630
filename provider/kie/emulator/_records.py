"""The emulator's plain records: its configuration, clocks, uploaded files, tasks and task states.

``EmulatorConfig`` holds every knob of the emulator (phase lengths, credits,
quirks such as the double-encoded ``param.input`` observed on the real API,
callback signing and retries); ``Runtime`` is what every part of the state
reads when it acts (that config, the clocks, one lock); ``TaskRecord`` is what
recordInfo is computed from (``API-FACTS.md``, seed 000).
"""

from __future__ import annotations

import collections
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "EmulatorConfig",
    "ManualClock",
    "RateWindow",
    "Runtime",
    "StoredFile",
    "TaskRecord",
    "TaskStatus",
    "compact_json",
    "first_positive_int",
    "parse_rate_limit",
]


def compact_json(value: Any) -> str:
    """Serialize like the real API: no spaces, non-ASCII kept (seed 000's ``param``)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def parse_rate_limit(value: tuple[int, float] | str | None) -> tuple[int, float] | None:
    """Read an account rate limit: ``(20, 10.0)`` or ``"20/10"`` is 20 createTask per 10 seconds.

    Args:
        value: ``(count, period_s)``, ``"count/period_s"`` (the CLI's form) or ``None`` (no limit).

    Returns:
        ``(count, period_s)`` with ``count`` >= 1 and ``period_s`` > 0, or ``None``.

    Raises:
        ValueError: anything else.

    """
    if value is None:
        return None
    try:
        count, period = value.split("/") if isinstance(value, str) else value
        limit = (int(count), float(period))
    except (TypeError, ValueError):
        limit = (0, 0.0)
    if limit[0] < 1 or not 0 < limit[1] < float("inf"):
        raise ValueError(f"rate_limit must be (count >= 1, seconds > 0) or 'count/seconds', got {value!r}")
    return limit


@attrs.define
class EmulatorConfig:
    """How the emulator behaves; every field has the default used by ``provider="emulator"``.

    Attributes:
        waiting_s: seconds a task stays ``waiting``.
        queuing_s: seconds a task then stays ``queuing``.
        generating_s: seconds a task then stays ``generating``; it is ``success``
            once all three have elapsed AND its MP4 is rendered.
        credits: the account's starting balance, credits.
        credits_per_task: charged when a task is created (``API-FACTS.md``: billing at creation).
        fps: frame rate of the rendered MP4s, frames per second.
        draw_prompt: write each task's prompt on its test pattern (videos and images
            without an input image). Off by default: every task asking for the same
            size, length and format then shares one render, whatever its prompt.
        double_encode_input: recordInfo ``param``'s ``input`` is itself a JSON
            string, as observed on the real API.
        hmac_key: the webhook HMAC key; when set, callbacks carry
            ``X-Webhook-Timestamp`` / ``X-Webhook-Signature``.
        result_ttl_s: result URLs answer HTTP 410 once this many seconds (emulator
            clock) have passed since the task ended; ``None`` = never expire.
            ``download-url`` still gives a fresh link.
        download_link_ttl_s: lifetime of a ``download-url`` link, seconds (20 minutes, per the docs).
        refund_failed: give a failed task's credits back ([GUESS]: the docs do not say).
        duplicate_callbacks: how many times each callback is delivered (kie.ai may duplicate).
        callback_tries: delivery attempts per callback until one answers 2xx.
        callback_retry_delay_s: pause between attempts, seconds.
        callback_timeout_s: HTTP timeout of one attempt, seconds (kie.ai: 15).
        api_key: the one accepted API key: any other ``Bearer`` key gets HTTP 401
            "You do not have access permissions", like the real API; ``None``
            (the default) accepts any non-empty key.
        rate_limit: the account limit, ``(count, period_s)`` or ``"count/period_s"``
            (kie.ai: ``(20, 10.0)``): createTask requests beyond ``count`` within
            ``period_s`` (emulator clock) answer HTTP 429 with ``Retry-After`` and
            create nothing; ``None`` (the default) enforces none.
        max_json_bytes: the largest JSON request body, bytes; larger ones answer
            HTTP 413 (body code 422) before they are read.
        max_upload_bytes: the largest upload request body, bytes; larger ones answer
            HTTP 413 in the upload envelope before they are read.

    """

    waiting_s: float = 0.05
    queuing_s: float = 0.05
    generating_s: float = 0.2
    credits: float = 1000.0
    credits_per_task: float = 10.0
    fps: int = 8
    draw_prompt: bool = False
    double_encode_input: bool = True
    hmac_key: str | None = None
    result_ttl_s: float | None = None
    download_link_ttl_s: float = 1200.0
    refund_failed: bool = True
    duplicate_callbacks: int = 1
    callback_tries: int = 3
    callback_retry_delay_s: float = 0.1
    callback_timeout_s: float = 15.0
    api_key: str | None = attrs.field(default=None, repr=False)
    rate_limit: tuple[int, float] | None = attrs.field(default=None, converter=parse_rate_limit)
    max_json_bytes: int = 1 << 20
    max_upload_bytes: int = 50 << 20

    def with_task_seconds(self, seconds: float) -> EmulatorConfig:
        """Return a copy whose tasks take ``seconds`` in all, split 1:1:4 over waiting, queuing and generating.

        Args:
            seconds: the whole task time (``kie emulator --task-seconds``), >= 0.

        Returns:
            A new ``EmulatorConfig``; every other field is kept.

        Raises:
            ValueError: ``seconds`` is negative or not finite.

        """
        if not 0 <= seconds < float("inf"):
            raise ValueError(f"task seconds must be a finite number >= 0, got {seconds!r}")
        return attrs.evolve(self, waiting_s=seconds / 6, queuing_s=seconds / 6, generating_s=seconds * 4 / 6)


@attrs.define(eq=False)
class Runtime:
    """What the parts of ``EmulatorState`` share and read at the moment they act.

    Assigning ``state.config`` or ``state.clock`` replaces the field here, so
    every part (tasks, files, callbacks) sees the change at once.

    Attributes:
        config: the ``EmulatorConfig`` in force.
        clock: monotonic seconds driving task states (``time.monotonic`` by default).
        wall_clock: Unix seconds for createTime & co. and callback timestamps (``time.time``).
        lock: the one re-entrant lock guarding tasks, results, credits, files and links.

    """

    config: EmulatorConfig = attrs.field(factory=EmulatorConfig)
    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    lock: threading.RLock = attrs.field(factory=threading.RLock)


@attrs.define
class StoredFile:
    """An uploaded file (``/api/file-*-upload``), served at ``/files/{key}``.

    Attributes:
        key: ``uploadPath/fileName``.
        data: the bytes.
        mime_type: its MIME type.
        uploaded_at: ISO 8601 UTC upload time.

    """

    key: str
    data: bytes
    mime_type: str
    uploaded_at: str


@attrs.define
class TaskRecord:
    """One created task and everything needed to answer recordInfo about it.

    Attributes:
        task_id: the id (also the ``recordId``).
        model: the model id.
        param: recordInfo's ``param``: the createTask body as accepted (``model``,
            ``input``, ``callBackUrl``?) as compact JSON, its ``input`` itself a JSON
            string when ``double_encode_input`` was on at creation (the body is kept
            only in this form: one string a task).
        created: the emulator clock at creation, seconds.
        create_ms: wall-clock creation time, epoch milliseconds.
        phases: ``(waiting_s, queuing_s, generating_s)`` snapshot at creation.
        charged: credits taken at creation.
        duration: the result's length, seconds (video, audio; 0 for an image).
        resolution: the requested size's name (``"720p"``, ``"1K"``, ``"square_hd"``).
        width: the result's width, pixels (0 for audio).
        height: the result's height, pixels (0 for audio).
        base_url: the emulator's URL as the creating client saw it (for callbacks).
        category: the model's category: ``"video"``, ``"image"`` or ``"audio"``.
        mime: the result's media type (``"video/mp4"``, ``"image/png"``, ``"audio/mpeg"``, ...).
        callback_url: the ``callBackUrl``, if any.
        fail: the task must end in ``fail`` (an injected ``"fail_task"``).
        result: its render's key in the render store, once rendered (tasks asking for the same file share it).
        rendered_at: the emulator clock when its result was ready (or the render failed).
        render_error: why the render failed, if it did.
        final_state: ``"success"``/``"fail"`` once ended.
        finished_at: the emulator clock at the end.
        fail_code: the failCode of a failed task.
        fail_msg: the failMsg of a failed task.
        consumed: credits the ended task cost (0 when refunded).

    """

    task_id: str
    model: str
    param: str
    created: float
    create_ms: int
    phases: tuple[float, float, float]
    charged: float
    duration: float
    resolution: str
    width: int
    height: int
    base_url: str
    category: str = "video"
    mime: str = "video/mp4"
    callback_url: str | None = None
    fail: bool = False
    result: str | None = None
    rendered_at: float | None = None
    render_error: str | None = None
    final_state: str | None = None
    finished_at: float | None = None
    fail_code: str | None = None
    fail_msg: str | None = None
    consumed: float | None = None

    @property
    def body(self) -> dict[str, Any]:
        """The createTask body as accepted (decoded from ``param``, ``input`` an object again)."""
        body: dict[str, Any] = json.loads(self.param)
        if isinstance(body.get("input"), str):
            body["input"] = json.loads(body["input"])
        return body

    def wall_ms(self, at: float) -> int:
        """Convert an emulator clock reading to wall-clock epoch milliseconds."""
        return self.create_ms + round((at - self.created) * 1000)


@attrs.frozen
class TaskStatus:
    """A task's state at one instant: ``state``, ``progress`` (0-100) and ``since`` (clock, seconds)."""

    state: str
    progress: int
    since: float


def first_positive_int(*candidates: Any) -> int | None:
    """Return the first candidate that parses as an int > 0 (``"5"`` -> 5), or ``None``."""
    for value in candidates:
        try:
            number = int(str(value))
        except ValueError:
            continue
        if number > 0:
            return number
    return None


class ManualClock:
    """A clock that only moves when told to: inject it as ``EmulatorState(clock=...)`` or ``state.clock``.

    Args:
        start: the initial reading, seconds.

    Example:
        >>> clock = ManualClock()
        >>> emulator.state.clock = clock
        >>> clock.advance(30)  # every task created at 0 is now 30 s old
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        """Return the current reading, seconds."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward.

        Args:
            seconds: how far, >= 0.

        Returns:
            The new reading, seconds.

        Raises:
            ValueError: ``seconds`` is negative (the clock is monotonic).
        """
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds!r} s)")
        with self._lock:
            self._now += seconds
            return self._now


class RateWindow:
    """The account's sliding window of admitted createTask requests (``EmulatorConfig.rate_limit``).

    One per emulator: every client and every API key of it shares the limit, as
    every process of one kie.ai account does (API-FACTS.md, "Rate limits").

    Args:
        runtime: where the limit (read at each request) and the clock come from.

    Attributes:
        refused: requests answered 429 since the last reset (``rate_limited_count`` in the stats).

    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime
        self._admitted: collections.deque[float] = collections.deque()
        self.refused = 0

    def admit(self) -> float | None:
        """Count one request if the limit allows it.

        Returns:
            ``None`` when admitted (or no limit is set); else the seconds until
            the oldest admitted request leaves the window (the request is not counted).

        """
        limit = self._runtime.config.rate_limit
        if limit is None:
            return None
        count, period = limit
        with self._runtime.lock:
            now = self._runtime.clock()
            while self._admitted and self._admitted[0] <= now - period:
                self._admitted.popleft()
            if len(self._admitted) >= count:
                self.refused += 1
                return self._admitted[0] + period - now
            self._admitted.append(now)
        return None

    def reset(self) -> None:
        """Forget every admitted request and the count of refused ones."""
        with self._runtime.lock:
            self._admitted.clear()
            self.refused = 0
