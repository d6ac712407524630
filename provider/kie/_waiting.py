"""Waiting for a task: the deadline, the poll intervals, progress and the outcome (no I/O).

The clients' ``wait`` loops ask a ``Waiter`` how long to sleep and hand it each
polled ``TaskInfo``; the policy lives here once (DESIGN.md, "Waiting").

Two schedules:

* with an estimate of the task's duration (the model's typical seconds, learned
  from finished tasks by ``Durations``, else the spec's ``x-kie-typical-seconds``)
  and its age (created by this client, or a recent ``createTime``): a few early
  polls for fast failures, few in the middle, every ``DENSE`` seconds around the
  expected end, then intervals of ``OVERRUN`` of the task's age, so a task
  that overruns is still noticed within about 10 % of its duration;
* without one, or with an explicit ``poll_interval``: 2 s backing off by x1.5
  to 30 s (5 s while generating), the vendor's advice.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import math
from collections.abc import Callable

from ._models import MODELS
from ._tasks import TaskInfo, TaskState
from .errors import InputValidationError, ProgressCallbackError, TaskFailedError, WaitTimeoutError

__all__ = ["Durations", "Waiter", "check_seconds", "planned_delay"]

logger = logging.getLogger("kie")


def check_seconds(name: str, value: object, *, allow_none: bool = False) -> None:
    """Refuse a duration that is not a positive, finite number of seconds (``timeout="60"``, ``nan``, ``-1``).

    Raises:
        InputValidationError: naming the argument, the value and the limit; nothing was sent.

    """
    if value is None and allow_none:
        return
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if number is None or not math.isfinite(number) or number <= 0:
        raise InputValidationError.about(
            None,
            name,
            value,
            "a positive number of seconds",
            f"{name} = {value!r} must be a positive number of seconds",
        )


class Durations:
    """How long each model's tasks take, from creation to success: learned in-process, seeded by the spec.

    ``Waiter`` feeds it every success it sees; ``estimate`` is the median of the
    last ``KEEP`` durations of the model together with the spec's
    ``x-kie-typical-seconds`` (one vote), so one odd task moves it little.
    This is also the hook for a store that outlives the process (a journal of
    finished tasks): call ``observe(model, seconds)`` for each one it kept.
    """

    KEEP = 20

    def __init__(self) -> None:
        self._seen: dict[str, collections.deque[float]] = {}

    def observe(self, model: str, seconds: float) -> None:
        """Record that a task of ``model`` took ``seconds`` from creation to success."""
        if model and math.isfinite(seconds) and seconds > 0:
            self._seen.setdefault(model, collections.deque(maxlen=self.KEEP)).append(seconds)

    def estimate(self, model: str | None) -> float | None:
        """The expected seconds from creation to success of a ``model`` task, or ``None`` when nothing says."""
        if not model:
            return None
        votes = list(self._seen.get(model, ()))
        info = MODELS.get(model)
        if info is not None and info.typical_seconds is not None:
            votes.append(info.typical_seconds)
        if not votes:
            return None
        votes.sort()
        middle = len(votes) // 2
        return votes[middle] if len(votes) % 2 else (votes[middle - 1] + votes[middle]) / 2


def took(info: TaskInfo) -> float | None:
    """Seconds from creation to completion of a finished task (the timestamps, else ``costTime``)."""
    if info.create_time is not None and info.complete_time is not None:
        return (info.complete_time - info.create_time).total_seconds()
    return info.cost_time.total_seconds() if info.cost_time is not None else None


DENSE = 3.5  # seconds between polls around the expected end: noticed about 1.8 s late on median
SPAN = 0.05  # the expected end, +-5 % of the estimate, is polled every DENSE seconds
APPROACH = 0.9  # before that, each sleep covers 90 % of the way to the dense window
EARLY = 10.0  # seconds: a second early poll, for tasks that fail fast
OVERRUN = 0.08  # past the window, sleep 8 % of the task's age: an overrun is noticed within 10 %
OVERRUN_CAP = 60.0  # seconds: the longest sleep of an overrunning task
RECENT = 24 * 3600.0  # seconds: a record's createTime older than this (or in the future) is not trusted


def planned_delay(elapsed: float, estimate: float, first: float = 2.0) -> float:
    """Seconds until the next poll of a task ``elapsed`` seconds old, expected to end at ``estimate``.

    The first poll is ``first`` seconds after creation (``Waiter.first_delay``).
    """
    start, end = estimate * (1 - SPAN), estimate * (1 + SPAN)
    if elapsed < EARLY < start / 2:
        return EARLY - elapsed
    if elapsed < start:
        gap = start - elapsed
        return max(DENSE, gap if gap <= 2 * DENSE else APPROACH * gap)
    if elapsed <= end:
        return DENSE
    return min(max(DENSE, OVERRUN * elapsed), OVERRUN_CAP)


class Waiter:
    """The wait policy for one task: deadline, poll intervals, progress, outcome.

    With an estimate (``durations`` knows the model, and the task's age is known)
    polls follow ``planned_delay``. Otherwise, or when ``poll_interval`` is given,
    intervals start at ``poll_interval`` (default 2 s) and back off by state:
    x1.5 up to 30 s while waiting or queuing (the vendor's advice: start at 2-3 s,
    back off, give up after 10-15 min), but at most ``GENERATING_CAP`` (5 s) once
    the task is generating, so a finished task is noticed within about 5 s.

    Args:
        task_id: the task.
        timeout: the deadline, seconds from now.
        clock: a monotonic clock, seconds.
        on_progress: called with each new ``TaskInfo``.
        poll_interval: the first interval, seconds; ``None`` for the planned schedule when possible.
        max_interval: the longest interval of the backing-off schedule, seconds.
        model: the task's model, when known before the first poll.
        created: the ``clock`` reading when the task was created, when known.
        durations: the estimates to plan with and to teach; ``None``: always back off.

    """

    MIN_REQUEST_TIMEOUT = 1.0  # seconds: the shortest timeout of the last poll
    GENERATING_CAP = 5.0  # seconds: the longest interval while a task is generating
    FIRST = 2.0  # seconds: the first interval, and a just-created task's first poll

    def __init__(
        self,
        task_id: str,
        *,
        timeout: float,
        clock: Callable[[], float],
        on_progress: Callable[[TaskInfo], object] | None = None,
        poll_interval: float | None = None,
        max_interval: float = 30.0,
        model: str | None = None,
        created: float | None = None,
        durations: Durations | None = None,
    ) -> None:
        self.task_id = task_id
        self.timeout = timeout
        self.polls = 0
        self.last: TaskInfo | None = None
        self._clock = clock
        self._deadline = clock() + timeout
        self._on_progress = on_progress
        self._planned = poll_interval is None and durations is not None
        self._interval = self.FIRST if poll_interval is None else poll_interval
        self._max_interval = max_interval
        self._model = model
        self._created = created
        self._durations = durations

    def first_delay(self) -> float:
        """Seconds to sleep before the first poll: none, unless the task was just created here and has an estimate.

        Polling a task the moment it was created only learns that it is waiting
        (and 1,000 tasks created at once would poll 1,000 times at once).
        """
        if self._created is None or self._plan() is None:
            return 0.0
        return max(0.0, min(self._interval - (self._clock() - self._created), self.remaining()))

    def _learn(self, info: TaskInfo) -> None:
        """Take the model and, from a recent ``createTime``, the age of a task not created here; teach successes."""
        self._model = self._model or info.model or None
        if self._created is None and info.create_time is not None:
            age = (dt.datetime.now(dt.UTC) - info.create_time).total_seconds()
            if 0 <= age <= RECENT:
                self._created = self._clock() - age
        seconds = took(info) if info.state is TaskState.SUCCESS else None
        if seconds is not None and self._durations is not None and self._model:
            self._durations.observe(self._model, seconds)

    def _plan(self) -> float | None:
        """The planned sleep, or ``None`` when there is no estimate (or an explicit ``poll_interval``)."""
        if not self._planned or self._created is None or self._durations is None:
            return None
        estimate = self._durations.estimate(self._model)
        if estimate is None:
            return None
        return planned_delay(self._clock() - self._created, estimate, self.FIRST)

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
        self._learn(info)
        last = self.last
        if last is None or (info.state_raw, info.progress) != (last.state_raw, last.progress):
            logger.debug("task %s is %s", info.task_id, info.state_raw)
            if self._on_progress is not None:
                try:
                    self._on_progress(info)
                except Exception as exc:
                    raise ProgressCallbackError(self.task_id, exc) from exc
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
        planned = self._plan()
        if planned is not None:
            return min(planned, left)
        if self.last is not None and self.last.state is TaskState.GENERATING:
            self._interval = min(self._interval, self.GENERATING_CAP)
        delay = min(self._interval, left)
        self._interval = min(self._interval * 1.5, self._max_interval)
        return delay
