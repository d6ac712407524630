"""Batches: the per-job outcome of ``generate_many`` (shared by both clients)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ._tasks import TaskInfo
from .errors import KieError

__all__ = ["JobResult", "check_jobs"]


@attrs.frozen
class JobResult:
    """One job of a batch: its arguments and either its ``TaskInfo`` or its error.

    Attributes:
        index: the job's position in the batch.
        job: the keyword arguments given for it (``model``, ``prompt``, ``image``, ...).
        info: the successful ``TaskInfo``, or ``None``.
        error: the exception that ended it (``TaskFailedError``, ``WaitTimeoutError``,
            ``SubmitUncertainError``, ...), or ``None``.
    """

    index: int
    job: Mapping[str, Any] = attrs.field(repr=False)
    info: TaskInfo | None = None
    error: KieError | None = None

    @property
    def ok(self) -> bool:
        """True when the job succeeded."""
        return self.info is not None

    @property
    def task_id(self) -> str | None:
        """The task id, whenever the API returned one (also for failed and timed-out jobs)."""
        if self.info is not None:
            return self.info.task_id
        return self.error.task_id if self.error is not None else None


def check_jobs(jobs: Sequence[Mapping[str, Any]], concurrency: int) -> None:
    """Check a batch's shape before anything is sent.

    Raises:
        ValueError: ``concurrency`` < 1, or a job without ``model``.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    for i, job in enumerate(jobs):
        if "model" not in job:
            raise ValueError(f"job {i} has no 'model'")
