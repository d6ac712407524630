"""``SqliteRateLimiter``: one account limit for the processes of one machine, through one SQLite file.

Built on pyrate-limiter's ``SQLiteBucket`` (an exact sliding log: one row per
permit, counted over the window before each insert). Its own cross-process file
lock needs the ``filelock`` package; SQLite's write lock does the same job with
nothing to install, so the bucket's lock here is a write transaction: ``BEGIN
IMMEDIATE`` before the count, ``COMMIT`` after the insert. Two processes never
both count 19 and both insert.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kie.journal._sqlite import use_wal

from ._shared import DEFAULT_CALLS, DEFAULT_PERIOD, SharedRateLimiter, require

if TYPE_CHECKING:
    import sqlite3

    from pyrate_limiter import AbstractBucket

__all__ = ["SqliteRateLimiter"]


class _WriteTransaction:
    """The bucket's lock: this process's threads one at a time, then SQLite's write lock across processes.

    Re-entrant; the outermost exit commits (or rolls back on an error).
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._threads = threading.RLock()
        self._depth = 0

    def __enter__(self) -> None:
        self._threads.acquire()
        try:
            if self._depth == 0:
                self.connection.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout for other processes
        except BaseException:
            self._threads.release()
            raise
        self._depth += 1

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self.connection.in_transaction:
                if exc_type is None:
                    self.connection.commit()
                else:
                    self.connection.rollback()
        finally:
            self._threads.release()


class SqliteRateLimiter(SharedRateLimiter):
    """At most ``calls`` createTask starts in any ``period`` seconds across the processes sharing one file.

    For several processes on one machine (a shared disk between machines is not
    safe for SQLite's locks: use ``RedisRateLimiter`` there). Times are this
    machine's clock, the same for every process. The file and its table are
    created on first use; a copy made by pickling opens its own connection.

    Args:
        path: the SQLite file (created with its folder if missing; WAL mode).
        calls: permits per window (the account's 20).
        period: the window, seconds (10.5: the API's 10 s plus margin, ``DEFAULT_PERIOD``).
        table: the table holding the log.
        busy_timeout: seconds a process waits for another's write transaction.

    Raises:
        ConfigurationError: ``pyrate-limiter`` is missing (``pip install 'kie[redis]'``).
        ValueError: ``calls`` < 1 or ``period`` <= 0.

    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        calls: int = DEFAULT_CALLS,
        period: float = DEFAULT_PERIOD,
        *,
        table: str = "kie_create_task",
        busy_timeout: float = 30.0,
    ) -> None:
        require("pyrate_limiter", "redis")
        if not table.replace("_", "").isalnum():
            raise ValueError(f"table must be letters, digits and _, got {table!r}")
        self.path = Path(path)
        self.table = table
        self.busy_timeout = busy_timeout
        super().__init__(calls, period)

    def __repr__(self) -> str:
        return f"SqliteRateLimiter({str(self.path)!r}, calls={self.calls}, period={self.period})"

    @property
    def where(self) -> str:
        """The SQLite file."""
        return str(self.path)

    def _errors(self) -> tuple[type[BaseException], ...]:
        import sqlite3

        return (sqlite3.Error, OSError)

    def _open(self) -> AbstractBucket:
        import sqlite3

        from pyrate_limiter import SQLiteBucket
        from pyrate_limiter.buckets.sqlite_bucket import Queries

        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            self.path, timeout=self.busy_timeout, isolation_level="DEFERRED", check_same_thread=False
        )
        try:
            use_wal(connection, self.busy_timeout)  # a new file's switch answers SQLITE_BUSY at once: wait here
            connection.execute("PRAGMA synchronous=NORMAL")  # a permit lost to a power cut costs nothing
            with connection:
                connection.execute(Queries.CREATE_BUCKET_TABLE.format(table=self.table))
                connection.execute(
                    Queries.CREATE_INDEX_ON_TIMESTAMP.format(index_name=f"idx_{self.table}_ts", table_name=self.table)
                )
        except BaseException:
            connection.close()
            raise
        lock: Any = _WriteTransaction(connection)
        bucket: AbstractBucket = SQLiteBucket([self._rate()], connection, self.table, lock=lock)
        return bucket

    def close(self) -> None:
        """Close the connection (a later ``reserve`` opens a new one)."""
        with self._io_lock:
            bucket, self._bucket = self._bucket, None
        if bucket is not None:  # not bucket.close(): its lock is a transaction on the connection it closes
            bucket.conn.close()  # type: ignore[attr-defined]
