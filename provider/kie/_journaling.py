"""What both clients do with a journal, without I/O of their own: the records of each step, the rules of resume.

The clients (``kie._async.api``, ``kie._async.client``, ``kie._async.recovery``
and their generated twins) call these and write the records through
``run_blocking``; the journal itself is ``kie.journal``.

Failure policy (issue 10): the ``intent`` write happens before createTask is
sent, so when it fails, ``JournalError`` is raised and nothing is sent (the
journal was asked for and cannot be had; no credits are spent on a job it would
not know). Every later write happens after a task exists: its failure is logged
at ERROR, naming the task id, and the job goes on, so the caller still gets the
task id and the result it paid for (raising there would end a wait for a task
that keeps running and is charged either way).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path

from ._tasks import TaskInfo
from ._waiting import Durations
from .errors import InputValidationError, KieError, SubmitUncertainError
from .journal import JobRecord, JobState, Journal, JournalError

__all__ = [
    "DURATIONS_READ",
    "already_saved",
    "downloaded",
    "feed_durations",
    "known_task_id",
    "refused",
    "report_failure",
    "resumable_task_id",
    "stale_intent",
    "written_before",
]

logger = logging.getLogger("kie")

DURATIONS_READ = 500
"""Finished jobs read from the journal to seed ``Durations`` (the newest)."""


def refused(job: JobRecord, error: KieError) -> JobRecord:
    """The record of a createTask that did not answer with a task: ``outcome_unknown`` or ``fail``.

    ``SubmitUncertainError``: the request went out and its answer was lost, so a task
    may exist (never resent). Any other error is a refusal where no task exists.
    """
    state = JobState.OUTCOME_UNKNOWN if isinstance(error, SubmitUncertainError) else JobState.FAIL
    return job.evolve(state=state, error=f"{type(error).__name__}: {error}")


def downloaded(info: TaskInfo, path: Path, base_url: str) -> JobRecord:
    """The ``downloaded`` record of ``info``'s result saved at ``path`` (reads the file for its SHA-256)."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    fields = {"model": info.model or None, "base_url": base_url, "path": str(path.resolve())}
    return JobRecord.for_task(info.task_id, JobState.DOWNLOADED, size=size, sha256=digest.hexdigest(), **fields)


def report_failure(record: JobRecord, error: Exception, *, strict: bool) -> None:
    """Handle a failed journal write (see the module docstring for the policy).

    Raises:
        JournalError: ``strict`` (the ``intent`` write: nothing was sent).

    """
    if strict:
        if isinstance(error, JournalError):
            raise error
        raise JournalError(f"cannot write the journal before createTask (nothing was sent): {error}") from error
    logger.error(
        "journal write failed for task %s (%s, state %s): %s: %s; the task goes on and its id is returned",
        record.task_id or "(none)",
        record.model or "?",
        record.state.value,
        type(error).__name__,
        error,
    )


def feed_durations(journal: Journal, durations: Durations) -> None:
    """Teach ``durations`` the cost times the journal keeps (its hook ``observe``); a read failure is logged."""
    try:
        done = journal.records((JobState.SUCCESS, JobState.DOWNLOADED), limit=DURATIONS_READ)
    except Exception as exc:
        logger.warning("could not read durations from the journal: %s: %s", type(exc).__name__, exc)
        return
    for record in done:
        if record.model and record.cost_seconds is not None:
            durations.observe(record.model, record.cost_seconds)


def resumable_task_id(ref: str | JobRecord, record: JobRecord | None) -> str:
    """The task id to resume ``ref`` with: never one whose createTask outcome is unknown.

    Args:
        ref: a task id, a job id, or a ``JobRecord``.
        record: the journal's record of ``ref``, or ``None`` (then ``ref`` is taken as a task id).

    Raises:
        SubmitUncertainError: the job has no task id (``outcome_unknown`` or a bare
            ``intent``): it is not resent; decide with its body.
        JournalError: the job was refused (``fail`` without a task).

    """
    if record is None:
        return ref.task_id or ref.job_id if isinstance(ref, JobRecord) else ref
    if record.task_id is not None:
        return record.task_id
    if record.state is JobState.FAIL:
        raise JournalError(f"job {record.job_id} was refused by createTask, no task exists: {record.error}")
    raise SubmitUncertainError(
        f"job {record.job_id} ({record.model}) has no task id: its createTask outcome is unknown "
        f"({record.state.value}); it is never resent: check your tasks, then submit its body yourself if need be",
        model=record.model or "",
        body=dict(record.body or {}),
        cause=record.error or record.state.value,
    )


def known_task_id(job_id: str, model: str, record: JobRecord) -> str:
    """The task id of the job the journal already holds as ``job_id``: a job is never created twice.

    A caller-chosen ``job_id`` (``submit(..., job_id=...)``, a batch row) maps to one
    journal record: once it exists, the job is followed, never sent again.

    Raises:
        InputValidationError: the record is a job of another model (the id was reused).
        SubmitUncertainError: the job has no task id (``intent`` or ``outcome_unknown``):
            its createTask may have gone out; it is not resent, the error carries its body.
        JournalError: the job was refused by createTask (no task exists); choose a new
            ``job_id`` to send it again.

    """
    if record.model is not None and record.model != model:
        raise InputValidationError(
            f"job_id {job_id!r} is already a job of {record.model} in the journal, not of {model}",
            model=model,
            field="job_id",
            value=job_id,
            limit=f"a new job_id, or the model {record.model}",
        )
    return resumable_task_id(job_id, record)


def stale_intent(record: JobRecord, stale_after: float, now: float | None = None) -> bool:
    """True for an ``intent`` older than ``stale_after`` seconds: its process died with createTask in flight."""
    current = time.time() if now is None else now
    return record.state is JobState.INTENT and current - record.updated_at > stale_after


def already_saved(record: JobRecord | None, target: str | os.PathLike[str] | None) -> bool:
    """True when the journal shows the job's result saved at ``target`` (default: its own path), still there."""
    if record is None or record.state is not JobState.DOWNLOADED or record.path is None:
        return False
    saved = Path(record.path)
    if target is not None and Path(target).resolve() != saved:
        return False
    return saved.is_file() and (record.size is None or saved.stat().st_size == record.size)


def written_before(stored: JobRecord, intent: JobRecord) -> bool:
    """True when ``stored`` (the journal's record after writing ``intent``) was begun by an earlier writer.

    The journal keeps the earliest ``created_at`` of a job: another process that wrote
    the same ``job_id`` first owns it, and this one must not send createTask. One
    millisecond of slack absorbs a backend's rounding of the time.
    """
    return stored.created_at < intent.created_at - 1e-3
