"""The journal's records and the interface a backend implements (re-exported by ``kie.journal``)."""

from __future__ import annotations

import abc
import enum
import hashlib
import json
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs

from kie.errors import KieError

if TYPE_CHECKING:
    from kie._tasks import TaskInfo

__all__ = ["FINAL", "PENDING", "JobRecord", "JobState", "Journal", "JournalError", "body_sha256"]


class JobState(enum.StrEnum):
    """Where a job stands in the journal (``JobRecord.state``)."""

    INTENT = "intent"
    """createTask is about to be sent (or was, and the process died before its answer)."""
    SUBMITTED = "submitted"
    """The task exists (``task_id`` known); waiting for it."""
    SUCCESS = "success"
    """The task succeeded; its result is not downloaded (yet)."""
    FAIL = "fail"
    """The task failed, or createTask was refused and no task exists (``task_id`` is ``None``)."""
    DOWNLOADED = "downloaded"
    """The result is saved at ``path`` (``size`` bytes, ``sha256``)."""
    OUTCOME_UNKNOWN = "outcome_unknown"
    """createTask went out and its answer was lost: maybe a task exists. Never resent automatically."""
    EXPIRED = "expired"
    """The task or its result is gone at the host (not found, or the result URL expired twice)."""


PENDING = frozenset({JobState.INTENT, JobState.SUBMITTED, JobState.SUCCESS, JobState.OUTCOME_UNKNOWN})
"""States of a job that is not finished: ``kie tasks list --pending`` shows these."""
FINAL = frozenset({JobState.DOWNLOADED, JobState.FAIL, JobState.EXPIRED})
"""States after which nothing happens to a job."""

_RANK = {
    JobState.INTENT: 0,
    JobState.SUBMITTED: 1,
    JobState.OUTCOME_UNKNOWN: 1,
    JobState.SUCCESS: 2,
    JobState.FAIL: 2,
    JobState.EXPIRED: 2,
    JobState.DOWNLOADED: 3,
}
_TASK_KEY = "task:"  # the job id of a record first seen by its task id (a callback, a resume)


def body_sha256(body: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) of a createTask body's canonical JSON (sorted keys, compact, UTF-8).

    The same body always hashes the same, whatever its key order, so two jobs
    that would create the same task are recognisable.
    """
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@attrs.frozen(kw_only=True)
class JobRecord:
    """One job in the journal: the last step it reached and what that step left.

    Attributes:
        job_id: the client's reference for the job (a random hex id; ``task:<id>``
            for a job first seen by its task id).
        state: the ``JobState``.
        model: the model id.
        task_id: the task id, once createTask answered.
        body: the createTask body as sent (no credentials: the key travels in a header).
        body_sha256: ``body_sha256(body)``.
        base_url: the API host the task lives on.
        cost_seconds: seconds from creation to completion of a finished task.
        path: where the result is (or is to be) saved.
        size: the saved file's size, bytes.
        sha256: the saved file's SHA-256 (hex).
        error: why the job failed or its outcome is unknown.
        created_at: when the job was first written, seconds since the epoch.
        updated_at: when it was last written, seconds since the epoch.

    """

    job_id: str
    state: JobState = attrs.field(converter=JobState)
    model: str | None = None
    task_id: str | None = None
    body: dict[str, Any] | None = attrs.field(default=None, repr=False)
    body_sha256: str | None = None
    base_url: str | None = None
    cost_seconds: float | None = None
    path: str | None = None
    size: int | None = None
    sha256: str | None = None
    error: str | None = None
    created_at: float = attrs.field(factory=time.time)
    updated_at: float = attrs.field(factory=time.time)

    @property
    def is_pending(self) -> bool:
        """True while the job is not finished (``PENDING``)."""
        return self.state in PENDING

    @classmethod
    def intent(cls, model: str, body: Mapping[str, Any], base_url: str | None = None) -> JobRecord:
        """A new job about to send ``body`` to createTask (a fresh ``job_id``)."""
        import uuid  # here: ``import kie`` does not pay for it

        return cls(
            job_id=uuid.uuid4().hex,
            state=JobState.INTENT,
            model=model,
            body=dict(body),
            body_sha256=body_sha256(body),
            base_url=base_url,
        )

    @classmethod
    def for_task(cls, task_id: str, state: JobState, **fields: Any) -> JobRecord:
        """An update of the job of ``task_id`` (merged into its record by ``Journal.write``)."""
        return cls(job_id=_TASK_KEY + task_id, state=state, task_id=task_id, **fields)

    @classmethod
    def from_task(cls, info: TaskInfo, base_url: str | None = None) -> JobRecord:
        """An update from a polled or called-back ``TaskInfo``: success, fail, or still submitted."""
        from kie._waiting import took

        state = {"success": JobState.SUCCESS, "fail": JobState.FAIL}.get(info.state.value, JobState.SUBMITTED)
        error = (info.fail_msg or info.fail_code or "failed") if state is JobState.FAIL else None
        seconds = took(info) if info.is_done else None
        fields = {"model": info.model or None, "base_url": base_url, "cost_seconds": seconds, "error": error}
        return cls.for_task(info.task_id, state, **fields)

    def evolve(self, **changes: Any) -> JobRecord:
        """This record with ``changes`` (``updated_at`` set to now)."""
        return attrs.evolve(self, **{"updated_at": time.time(), **changes})

    def merged(self, newer: JobRecord) -> JobRecord:
        """This stored record updated by ``newer``: never a step back, and no known field forgotten.

        The state moves only forward (``intent`` < ``submitted`` / ``outcome_unknown`` <
        ``success`` / ``fail`` / ``expired`` < ``downloaded``); each field ``newer`` knows
        replaces the stored one; the stored job id wins over a ``task:`` one.
        """
        fields = {
            name: value
            for name, value in attrs.asdict(newer, recurse=False).items()
            if value is not None and name not in ("job_id", "state", "created_at")
        }
        keep_id = self.job_id if not self.job_id.startswith(_TASK_KEY) else newer.job_id
        state = newer.state if _RANK[newer.state] >= _RANK[self.state] else self.state
        created = min(self.created_at, newer.created_at)
        return attrs.evolve(self, **{**fields, "job_id": keep_id, "state": state, "created_at": created})

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON-ready dict (``kie tasks list --json``)."""
        return {**attrs.asdict(self, recurse=False), "state": self.state.value}


COLUMNS = tuple(field.name for field in attrs.fields(JobRecord))
"""A backend's columns, one per ``JobRecord`` field, in field order."""


def merge_stored(record: JobRecord, stored: Iterable[JobRecord]) -> tuple[JobRecord, list[str]]:
    """``record`` merged into the stored rows of its job id and task id; and the job ids of the rows to delete.

    The row of ``record.job_id`` merges first, then a ``task:`` row of the same
    task, which joins its job (its row is deleted). Every backend's ``write``
    runs this inside one transaction, with those rows locked.
    """
    rows = sorted(stored, key=lambda old: old.job_id != record.job_id)
    merged = record
    for old in rows:
        merged = old.merged(merged)
    return merged, [old.job_id for old in rows if old.job_id != merged.job_id]


class JournalError(KieError):
    """The journal could not be written or read (before createTask: nothing was sent)."""


class Journal(abc.ABC):
    """Where ``JobRecord`` s are kept: the interface a backend implements.

    Every method may be called from several threads at once (the sync client's
    ``generate_many``) and from several processes sharing the store. Methods block:
    ``kie.AsyncClient`` calls them in a worker thread.
    """

    @abc.abstractmethod
    def write(self, record: JobRecord) -> JobRecord:
        """Merge ``record`` into the stored job with its ``job_id`` or its ``task_id`` (``JobRecord.merged``).

        Atomic (a read and a write in one transaction) and idempotent; a new job is
        inserted. Returns the record as stored.

        Raises:
            JournalError: the store could not be written.

        """

    @abc.abstractmethod
    def get(self, ref: str) -> JobRecord | None:
        """The job whose ``job_id`` or ``task_id`` is ``ref``, or ``None``."""

    @abc.abstractmethod
    def records(self, states: Iterable[JobState] | None = None, *, limit: int | None = None) -> list[JobRecord]:
        """The jobs in ``states`` (default: all), oldest first; with ``limit``, the newest ``limit`` of them."""

    def close(self) -> None:  # noqa: B027 - a backend without resources has nothing to close
        """Release the store's connections (the journal can be used again: it reconnects)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
