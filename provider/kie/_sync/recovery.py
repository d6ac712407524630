# Generated from provider/kie/_async/recovery.py by scripts/unasync: do not edit.
"""``resume`` and ``reconcile``: journaled jobs picked up where they stopped (generated from ``kie._async.recovery``).

``AsyncRecovery`` is a mixin of ``kie.Client``: it uses the client's
``get_task``, ``wait`` and ``download`` (typed by ``_Journaled``). Neither
method ever sends createTask: a job whose createTask outcome is unknown is
reported with its body, never resent (issue 10, "Resume, never resubmit").
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kie._journaling import already_saved, resumable_task_id, stale_intent
from kie._requests import Timeout
from kie._tasks import TaskInfo
from kie.errors import ConfigurationError, KieError, TaskNotFoundError
from kie.journal import JobRecord, JobState, Journal

from .io import run_blocking

__all__ = ["SyncRecovery"]

logger = logging.getLogger("kie")


class _Journaled(Protocol):
    """What ``AsyncRecovery`` needs of the client it is mixed into."""

    journal: Journal | None
    base_url: str

    def get_task(self, task_id: str, *, timeout: Timeout | None = None, max_retries: int | None = None) -> TaskInfo: ...

    def wait(
        self, task_id: str, *, timeout: float = 900.0, on_progress: Callable[[TaskInfo], object] | None = None
    ) -> TaskInfo: ...

    def download(self, source: TaskInfo | str, path: str | os.PathLike[str] | None = None) -> Path: ...

    def _note(self, record: JobRecord | None, *, strict: bool = False) -> JobRecord | None: ...


def _find(journal: Journal | None, job: str | JobRecord) -> JobRecord | None:
    """The journal's current record of ``job`` (a task id, a job id or a record), or ``None``."""
    if journal is None:
        return job if isinstance(job, JobRecord) else None
    ref = job.job_id if isinstance(job, JobRecord) else job
    found = run_blocking(journal.get, ref)
    return found if found is not None or not isinstance(job, JobRecord) else job


def _reconciled(client: _Journaled, record: JobRecord, stale_after: float) -> JobRecord | None:
    """The update one unfinished record needs now, or ``None`` when it stays as it is."""
    if record.task_id is None:
        if not stale_intent(record, stale_after):
            return None  # another process may be sending it right now
        return record.evolve(state=JobState.OUTCOME_UNKNOWN, error="the process died with createTask in flight")
    try:
        info = client.get_task(record.task_id)
    except TaskNotFoundError as exc:
        return JobRecord.for_task(record.task_id, JobState.EXPIRED, error=str(exc))
    except KieError as exc:
        logger.warning("reconcile: task %s could not be polled (%s); left as it is", record.task_id, exc)
        return None
    return JobRecord.from_task(info, client.base_url) if info.is_done else None


class SyncRecovery:
    """``resume`` and ``reconcile`` for ``kie.Client`` (a mixin; see the module docstring)."""

    def resume(
        self: _Journaled,
        job: str | JobRecord,
        path: str | os.PathLike[str] | None = None,
        *,
        download: bool = True,
        timeout: float = 900.0,
        on_progress: Callable[[TaskInfo], object] | None = None,
    ) -> TaskInfo:
        """Finish a job from where it stopped: wait for its task, then download its result. Never resubmits.

        Args:
            job: a task id, a journal job id, or a ``kie.journal.JobRecord``. Without a
                journal, a task id is simply waited for.
            path: where to save the result. Default: the path the journal holds for the
                job, else ``download``'s default (``./<task_id>.mp4``, ``.png``, ``.mp3``...).
            download: save the result (skipped when the journal shows it saved there already).
            timeout: the wait deadline, seconds.
            on_progress: called with each new ``TaskInfo``.

        Returns:
            The successful ``TaskInfo`` (the journal records ``success`` and ``downloaded``).

        Raises:
            SubmitUncertainError: the job has no task id (its createTask outcome is unknown):
                it is not resent; the error carries its body for you to decide.
            JournalError: the job was refused by createTask (no task exists).
            TaskFailedError, WaitTimeoutError, APIError, DownloadError: as ``wait`` and ``download``.

        """
        record = _find(self.journal, job)
        task_id = resumable_task_id(job, record)
        info = self.wait(task_id, timeout=timeout, on_progress=on_progress)
        target = path if path is not None else (record.path if record is not None else None)
        if download and not run_blocking(already_saved, record, target):
            self.download(info, target)
        return info

    def reconcile(self: _Journaled, *, stale_after: float = 600.0) -> list[JobRecord]:
        """Re-poll every unfinished job in the journal (a safety net for lost callbacks and crashes).

        Each ``submitted`` job of this client's host is polled once: a finished task
        is recorded ``success`` / ``fail``, a task the host no longer knows ``expired``.
        An ``intent`` older than ``stale_after`` (its process died with createTask in
        flight) becomes ``outcome_unknown``. Nothing is resent or downloaded.

        Args:
            stale_after: seconds after which an ``intent`` left without an answer is given up.

        Returns:
            The records it moved on, as stored.

        Raises:
            ConfigurationError: the client has no journal.
            JournalError: the journal could not be read.

        """
        journal = self.journal
        if journal is None:
            raise ConfigurationError("reconcile needs a journal: pass journal=... or set KIE_JOURNAL")
        updated: list[JobRecord] = []
        for record in run_blocking(journal.records, (JobState.INTENT, JobState.SUBMITTED)):
            if record.base_url not in (None, self.base_url):
                continue  # another host's task: a client of that host reconciles it
            change = _reconciled(self, record, stale_after)
            if change is not None:
                updated.append(self._note(change) or change)
        return updated
