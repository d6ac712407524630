"""Waiting for a task: the deadline, the poll intervals, progress and the outcome (no I/O).

The clients' ``wait`` loops ask a ``Waiter`` how long to sleep and hand it each
polled ``TaskInfo``; the policy lives here once (DESIGN.md, "Waiting").
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from ._tasks import TaskInfo, TaskState
from .errors import InputValidationError, ProgressCallbackError, TaskFailedError, WaitTimeoutError

__all__ = ["Waiter", "check_seconds"]

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
        if self.last is not None and self.last.state is TaskState.GENERATING:
            self._interval = min(self._interval, self.GENERATING_CAP)
        delay = min(self._interval, left)
        self._interval = min(self._interval * 1.5, self._max_interval)
        return delay
