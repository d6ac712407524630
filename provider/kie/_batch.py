"""Batches: the per-job outcome of ``generate_many`` (shared by both clients)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from ._tasks import TaskInfo
from .errors import KieError

__all__ = [
    "BatchInterrupted",
    "JobFailure",
    "JobResult",
    "JobSuccess",
    "check_jobs",
    "note_batch_interrupted",
    "split_job",
]

logger = logging.getLogger("kie")

WAIT_ARGUMENTS = ("timeout", "on_progress", "poll_interval", "receiver")
"""The keyword arguments of a job that go to ``wait``; the rest go to ``submit``."""


class BatchInterrupted(KieError):
    """The batch was interrupted (Ctrl-C, cancellation) before this job finished."""


def split_job(job: Mapping[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """Split a ``generate`` job into ``(model, submit_kwargs, wait_kwargs)``."""
    rest = dict(job)
    model = str(rest.pop("model"))
    waiting = {name: rest.pop(name) for name in WAIT_ARGUMENTS if name in rest}
    return model, rest, waiting


def note_batch_interrupted(error: BaseException, created: Mapping[int, str]) -> None:
    """Log at WARNING, and note on ``error``, every task id the interrupted batch had created (they go on)."""
    ids = [created[index] for index in sorted(created)]
    listed = ", ".join(ids) if ids else "none"
    logger.warning(
        "batch interrupted (%s): %d task(s) were created and go on: %s; resume each with client.wait(task_id)",
        type(error).__name__,
        len(ids),
        listed,
    )
    error.add_note(f"kie: the interrupted batch had created {len(ids)} task(s), which go on: {listed}")


@attrs.frozen
class _Job:
    """What every job result has: its position, its arguments and its task id."""

    index: int
    job: Mapping[str, Any] = attrs.field(repr=False)

    @property
    def task_id(self) -> str | None:
        """The task id, whenever the API returned one (also for failed and timed-out jobs)."""
        info: TaskInfo | None = getattr(self, "info", None)
        error: KieError | None = getattr(self, "error", None)
        if info is not None:
            return info.task_id
        return error.task_id if error is not None else None


@attrs.frozen
class JobSuccess(_Job):
    """A job of a batch that succeeded.

    Attributes:
        index: the job's position in the batch.
        job: the keyword arguments given for it (``model``, ``prompt``, ``image``, ...).
        info: its successful ``TaskInfo``.
        error: always ``None``.

    """

    info: TaskInfo = attrs.field(kw_only=True)
    error: None = attrs.field(default=None, kw_only=True)

    @property
    def ok(self) -> Literal[True]:
        """Always ``True``: a type checker narrows ``JobResult`` on it."""
        return True


@attrs.frozen
class JobFailure(_Job):
    """A job of a batch that failed.

    Attributes:
        index: the job's position in the batch.
        job: the keyword arguments given for it.
        info: always ``None``.
        error: the ``KieError`` that ended it (``TaskFailedError``, ``WaitTimeoutError``,
            ``SubmitUncertainError``, ...); ``task_id`` is set once the task existed.

    """

    info: None = attrs.field(default=None, kw_only=True)
    error: KieError = attrs.field(kw_only=True)

    @property
    def ok(self) -> Literal[False]:
        """Always ``False``: a type checker narrows ``JobResult`` on it."""
        return False


JobResult = JobSuccess | JobFailure
"""One job of ``generate_many``: after ``if result.ok:``, ``result.info`` is a ``TaskInfo``;
otherwise ``result.error`` is a ``KieError``. ``isinstance(x, kie.JobResult)`` works."""


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
