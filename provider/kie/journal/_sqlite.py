"""``SqliteJournal``: the journal in one SQLite file (the standard library's ``sqlite3``, WAL).

One connection per thread (``threading.local``), so the sync client's
``generate_many`` threads and ``asyncio.to_thread`` workers never share one; WAL
lets readers run beside the one writer, and ``busy_timeout`` makes a writer of
another process wait its turn instead of failing. Switching a new file to WAL is
the one step SQLite's busy handler does not cover (it answers SQLITE_BUSY at once
while another connection holds a write lock), so ``use_wal`` retries it until
``busy_timeout``. Each ``write`` is one
``BEGIN IMMEDIATE`` transaction (read, merge, replace), so concurrent writers of
the same job never lose each other's fields.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._records import COLUMNS, JobRecord, JobState, Journal, JournalError, merge_stored

if TYPE_CHECKING:
    import sqlite3

__all__ = ["SqliteJournal"]

_COLUMNS = COLUMNS
_SCHEMA = """
CREATE TABLE IF NOT EXISTS kie_jobs (
    job_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    model TEXT,
    task_id TEXT UNIQUE,
    body TEXT,
    body_sha256 TEXT,
    base_url TEXT,
    cost_seconds REAL,
    path TEXT,
    size INTEGER,
    sha256 TEXT,
    error TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS kie_jobs_state ON kie_jobs (state, created_at);
"""
_WAL_RETRY = 0.01  # seconds between two tries to switch a new file to WAL
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM kie_jobs"  # noqa: S608 - fixed column names, no user text


def _row(record: JobRecord) -> tuple[Any, ...]:
    values = [getattr(record, name) for name in _COLUMNS]
    values[_COLUMNS.index("state")] = record.state.value
    values[_COLUMNS.index("body")] = None if record.body is None else json.dumps(record.body, ensure_ascii=False)
    return tuple(values)


def use_wal(db: sqlite3.Connection, timeout: float) -> None:
    """Put the database in WAL mode (a no-op once it is), retrying SQLITE_BUSY for up to ``timeout`` seconds.

    Leaving rollback-journal mode takes the file's exclusive lock; when another
    connection (a thread or a process opening the same new file) holds or wants a
    write lock, SQLite sees a possible deadlock and answers SQLITE_BUSY without
    calling the busy handler (sqlite.org/c3ref/busy_handler.html), so the wait is here.
    """
    import sqlite3

    deadline = time.monotonic() + timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                raise
        time.sleep(_WAL_RETRY)


def _record(row: tuple[Any, ...]) -> JobRecord:
    fields = dict(zip(_COLUMNS, row, strict=True))
    fields["body"] = None if fields["body"] is None else json.loads(fields["body"])
    return JobRecord(**fields)


class SqliteJournal(Journal):
    """The journal in the SQLite file at ``path`` (created, with its folder, on first use).

    Args:
        path: the database file.
        synchronous: SQLite's ``PRAGMA synchronous``: ``"FULL"`` (default: each
            write is on disk before createTask is sent, even across a power cut)
            or ``"NORMAL"`` (faster; a power cut, not a crash, may lose the last writes).
        busy_timeout: seconds a writer waits for another process's transaction.

    """

    def __init__(self, path: str | os.PathLike[str], *, synchronous: str = "FULL", busy_timeout: float = 30.0):
        if synchronous.upper() not in ("FULL", "NORMAL", "EXTRA"):
            raise ValueError(f"synchronous must be FULL, NORMAL or EXTRA, got {synchronous!r}")
        self.path = Path(path)
        self.synchronous = synchronous.upper()
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._ready = False

    def __repr__(self) -> str:
        return f"SqliteJournal({str(self.path)!r})"

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            return db
        import sqlite3  # here: ``import kie`` does not pay for it

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False)
            db.execute(f"PRAGMA synchronous={self.synchronous}")
            with self._lock:  # this process's threads switch to WAL one at a time; other processes: use_wal
                use_wal(db, self.busy_timeout)
                if not self._ready:
                    db.executescript(_SCHEMA)
                    self._ready = True
                self._connections.append(db)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"cannot open the journal {self.path}: {exc}") from exc
        self._local.db = db
        return db

    def write(self, record: JobRecord) -> JobRecord:
        """Merge ``record`` into its stored job, in one ``BEGIN IMMEDIATE`` transaction (see ``Journal.write``).

        Raises:
            JournalError: the file could not be written.

        """
        import sqlite3

        db = self._connection()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                rows = db.execute(
                    f"{_SELECT} WHERE job_id = ? OR (task_id IS NOT NULL AND task_id = ?)",
                    (record.job_id, record.task_id),
                ).fetchall()
                merged, joined = merge_stored(record, (_record(row) for row in rows))
                for job_id in joined:  # a job first seen by its task id, now joined to its own record
                    db.execute("DELETE FROM kie_jobs WHERE job_id = ?", (job_id,))
                marks = ", ".join("?" * len(_COLUMNS))
                db.execute(f"INSERT OR REPLACE INTO kie_jobs ({', '.join(_COLUMNS)}) VALUES ({marks})", _row(merged))  # noqa: S608
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise JournalError(f"cannot write the journal {self.path}: {exc}") from exc
        return merged

    def get(self, ref: str) -> JobRecord | None:
        """The job whose ``job_id`` or ``task_id`` is ``ref``, or ``None``."""
        row = self._read(f"{_SELECT} WHERE job_id = ? OR task_id = ? LIMIT 1", (ref, ref))
        return _record(row[0]) if row else None

    def records(self, states: Iterable[JobState] | None = None, *, limit: int | None = None) -> list[JobRecord]:
        """The jobs in ``states`` (default: all), oldest first; with ``limit``, the newest ``limit`` of them."""
        wanted = [JobState(state).value for state in states] if states is not None else None
        where = f" WHERE state IN ({', '.join('?' * len(wanted))})" if wanted is not None else ""
        order = f" ORDER BY created_at DESC LIMIT {int(limit)}" if limit is not None else " ORDER BY created_at"
        rows = [_record(row) for row in self._read(_SELECT + where + order, tuple(wanted or ()))]
        return rows[::-1] if limit is not None else rows

    def _read(self, query: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        import sqlite3

        try:
            return self._connection().execute(query, params).fetchall()
        except sqlite3.Error as exc:
            raise JournalError(f"cannot read the journal {self.path}: {exc}") from exc

    def close(self) -> None:
        """Close every thread's connection (a later call reconnects)."""
        with self._lock:
            connections, self._connections = self._connections, []
            self._local = threading.local()
        for db in connections:
            db.close()
