"""``PostgresJournal``: the journal in a PostgreSQL table, shared by processes on several machines (psycopg 3).

Install with ``pip install 'kie[postgres]'``; ``psycopg`` is imported when a
``PostgresJournal`` is made, so ``import kie`` does not pay for it.

Each ``write`` is one transaction: a transaction-scoped advisory lock on the
record's job id and task id (so two writers of a job that is not stored yet
cannot both insert it), ``SELECT ... FOR UPDATE`` of the stored rows, the merge
of ``JobRecord.merged`` in Python (``merge_stored``: the state never moves
back, no known field is forgotten), then an ``INSERT ... ON CONFLICT DO UPDATE``.
A transaction that PostgreSQL rolls back (deadlock, unique key) is run again,
and so is one whose connection broke (the merge is idempotent).

Connections: a small pool (``pool_size``, autocommit, one transaction per
``write``) shared by the threads of a process; in a forked child the parent's
connections are left alone (never used, never closed: closing one would end
the parent's session) and the child opens its own. The table ``kie_jobs`` is
created on first use under an advisory lock, so processes starting together
do not race.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kie.errors import ConfigurationError

from ._records import COLUMNS, JobRecord, JobState, Journal, JournalError, merge_stored

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresJournal"]

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS kie_jobs (
    job_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    model TEXT,
    task_id TEXT UNIQUE,
    body JSON,
    body_sha256 TEXT,
    base_url TEXT,
    cost_seconds DOUBLE PRECISION,
    path TEXT,
    size BIGINT,
    sha256 TEXT,
    error TEXT,
    created_at DOUBLE PRECISION NOT NULL,
    updated_at DOUBLE PRECISION NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS kie_jobs_state ON kie_jobs (state, created_at)",
)
_SCHEMA_LOCK = 0x6B69655F6A6F6273  # "kie_jobs": the advisory lock the table's creation runs under
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM kie_jobs"  # noqa: S608 - fixed column names, no user text
_UPSERT = (
    f"INSERT INTO kie_jobs ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))}) "  # noqa: S608
    f"ON CONFLICT (job_id) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in COLUMNS[1:])}"
)
_ATTEMPTS = 5  # a transaction rolled back by PostgreSQL (deadlock, unique key, lost connection) is run again
_INHERITED: list[object] = []  # pools a forked child inherited: kept, never closed (that would end the parent's)


def _psycopg() -> Any:
    """The ``psycopg`` module, imported on first use.

    Raises:
        ConfigurationError: psycopg is not installed.

    """
    try:
        import psycopg
    except ImportError as exc:
        raise ConfigurationError(
            f"the PostgreSQL journal needs psycopg 3: pip install 'kie[postgres]' ({exc})"
        ) from None
    return psycopg


def redact(url: str) -> str:
    """``url`` (a ``postgresql://`` URL or a ``key=value`` conninfo) with its password shown as ``***``."""
    if "://" not in url:
        params = _psycopg().conninfo.conninfo_to_dict(url)
        if "password" in params:
            params["password"] = "***"  # noqa: S105 - the mask, not a password
        return str(_psycopg().conninfo.make_conninfo(**params))
    parts = urlsplit(url)
    userinfo, at, hosts = parts.netloc.rpartition("@")
    if ":" in userinfo:
        userinfo = userinfo.split(":", 1)[0] + ":***"
    query = [(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(netloc=f"{userinfo}{at}{hosts}", query=urlencode(query, safe="/*")))


def _lock_key(text: str) -> int:
    """A signed 64-bit advisory-lock key for ``text``."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


class _Pool:
    """The connections of one process: idle ones, and how many are lent out."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.ready = threading.Condition()
        self.idle: list[psycopg.Connection[Any]] = []
        self.lent = 0


class PostgresJournal(Journal):
    """The journal in the table ``kie_jobs`` of the PostgreSQL database at ``url`` (created on first use).

    Args:
        url: a libpq connection string: ``postgresql://user:password@host:5432/dbname``
            (``postgres://`` too; query parameters such as ``sslmode`` or
            ``options=-csearch_path%3Dmyschema`` pass through) or ``key=value`` pairs.
            The password never appears in ``repr``, logs or errors (``url`` keeps it masked).
        pool_size: connections this process keeps open at most (threads beyond wait their turn).
        connect_timeout: seconds to wait for a connection (libpq ``connect_timeout``,
            unless the URL sets it).

    Raises:
        ConfigurationError: psycopg is not installed (``pip install 'kie[postgres]'``),
            the URL cannot be parsed, or ``pool_size`` is below 1.

    """

    def __init__(self, url: str, *, pool_size: int = 4, connect_timeout: float = 10.0) -> None:
        pg = _psycopg()
        try:
            params = pg.conninfo.conninfo_to_dict(url)
        except pg.ProgrammingError as exc:
            shown = redact(url) if "://" in url else "the connection string"
            raise ConfigurationError(
                f"journal: {shown} is not a PostgreSQL URL: {redact_text(str(exc).strip(), url)}"
            ) from None
        if pool_size < 1:
            raise ConfigurationError(f"journal: pool_size must be at least 1, got {pool_size}")
        self._conninfo = url
        self._password = str(params.get("password") or "")
        self.url = redact(url)
        self.host = str(params.get("host") or params.get("hostaddr") or os.environ.get("PGHOST") or "localhost")
        self.port = str(params.get("port") or os.environ.get("PGPORT") or "5432")
        self.pool_size = pool_size
        self._options = {"connect_timeout": max(1, round(connect_timeout)), "application_name": "kie-journal"}
        self._options = {key: value for key, value in self._options.items() if key not in params}
        self._pool = _Pool()
        self._generation = 0  # close() moves it on: connections of an older generation are closed when returned
        self._schema_ready = False

    def __repr__(self) -> str:
        return f"PostgresJournal({self.url!r})"

    def _scrub(self, error: BaseException) -> str:
        """``error``'s text on one line, the password masked (libpq does not echo it; this makes sure)."""
        return redact_text(" ".join(str(error).split()), self._password)

    # -- connections -----------------------------------------------------------------------------

    def _here(self) -> _Pool:
        """This process's pool: a forked child leaves the parent's connections alone and opens its own."""
        pool = self._pool
        if pool.pid != os.getpid():
            _INHERITED.append(pool)
            pool = self._pool = _Pool()
        return pool

    def _connect(self) -> psycopg.Connection[Any]:
        pg = _psycopg()
        try:
            conn: psycopg.Connection[Any] = pg.connect(self._conninfo, autocommit=True, **self._options)
        except pg.Error as exc:
            raise JournalError(
                f"cannot connect to the journal {self.url} (host {self.host}, port {self.port}): {self._scrub(exc)}"
            ) from None
        if not self._schema_ready:
            try:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                    for statement in _SCHEMA:
                        conn.execute(statement)
            except pg.Error as exc:
                conn.close()
                raise JournalError(f"cannot create the journal's table in {self.url}: {self._scrub(exc)}") from None
            self._schema_ready = True
        return conn

    @contextlib.contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        """Lend a connection of the pool (opened if none is idle); it goes back unless it broke."""
        pool, generation = self._here(), self._generation
        with pool.ready:
            while not pool.idle and pool.lent >= self.pool_size:
                pool.ready.wait()
            pool.lent += 1
            conn = pool.idle.pop() if pool.idle else None
        try:
            if conn is None:
                conn = self._connect()
            yield conn
        finally:
            self._give_back(pool, conn, generation)

    def _give_back(self, pool: _Pool, conn: psycopg.Connection[Any] | None, generation: int) -> None:
        """Return a lent connection; close it if it broke or ``close()`` ran meanwhile.

        A broken one (the server restarted, or ended the session) takes the idle ones
        with it: they most likely broke too, and the next call opens a fresh one.
        """
        broken = conn is not None and (conn.closed or conn.broken)
        idle = conn is not None and not broken and conn.info.transaction_status == _psycopg().pq.TransactionStatus.IDLE
        keep = idle and generation == self._generation
        with pool.ready:
            pool.lent -= 1
            stale, pool.idle = (pool.idle, []) if broken else ([], pool.idle)
            if keep and conn is not None:
                pool.idle.append(conn)
            pool.ready.notify_all()
        for old in [*stale, *([conn] if conn is not None and not keep else [])]:
            old.close()

    # -- the Journal interface ---------------------------------------------------------------------

    def write(self, record: JobRecord) -> JobRecord:
        """Merge ``record`` into its stored job in one transaction (see ``Journal.write`` and the module docstring).

        Raises:
            JournalError: the database could not be reached or written (the error names
                the host and port, never the password).

        """
        pg = _psycopg()
        retry = (pg.errors.TransactionRollback, pg.errors.UniqueViolation, pg.OperationalError)
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                with self._connection() as conn, conn.transaction():
                    return self._merge(conn, record)
            except retry as exc:
                if attempt == _ATTEMPTS:
                    raise self._failed("write", exc) from None
            except pg.Error as exc:
                raise self._failed("write", exc) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _merge(self, conn: psycopg.Connection[Any], record: JobRecord) -> JobRecord:
        keys = sorted({_lock_key(key) for key in (record.job_id, record.task_id) if key is not None})
        conn.execute(f"SELECT {', '.join(['pg_advisory_xact_lock(%s)'] * len(keys))}", keys)
        rows = conn.execute(
            f"{_SELECT} WHERE job_id = %s OR task_id = %s FOR UPDATE", (record.job_id, record.task_id)
        ).fetchall()
        merged, joined = merge_stored(record, (_record(row) for row in rows))
        if joined:  # a job first seen by its task id, now joined to its own record
            conn.execute("DELETE FROM kie_jobs WHERE job_id = ANY(%s)", (joined,))
        conn.execute(_UPSERT, _row(merged))
        return merged

    def get(self, ref: str) -> JobRecord | None:
        """The job whose ``job_id`` or ``task_id`` is ``ref``, or ``None``."""
        rows = self._read(f"{_SELECT} WHERE job_id = %s OR task_id = %s LIMIT 1", (ref, ref))
        return _record(rows[0]) if rows else None

    def records(self, states: Iterable[JobState] | None = None, *, limit: int | None = None) -> list[JobRecord]:
        """The jobs in ``states`` (default: all), oldest first; with ``limit``, the newest ``limit`` of them."""
        wanted = [JobState(state).value for state in states] if states is not None else None
        where = " WHERE state = ANY(%s)" if wanted is not None else ""
        order = f" ORDER BY created_at DESC LIMIT {int(limit)}" if limit is not None else " ORDER BY created_at"
        rows = [_record(row) for row in self._read(_SELECT + where + order, (wanted,) if wanted is not None else ())]
        return rows[::-1] if limit is not None else rows

    def _read(self, query: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        pg = _psycopg()
        for attempt in (1, 2):  # an idle connection the server dropped is replaced once
            try:
                with self._connection() as conn:
                    rows: list[tuple[Any, ...]] = conn.execute(query, params).fetchall()
                    return rows
            except pg.OperationalError as exc:
                if attempt == 2:
                    raise self._failed("read", exc) from None
            except pg.Error as exc:
                raise self._failed("read", exc) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _failed(self, action: str, error: BaseException) -> JournalError:
        return JournalError(
            f"cannot {action} the journal {self.url} (host {self.host}, port {self.port}): "
            f"{type(error).__name__}: {self._scrub(error)}"
        )

    def close(self) -> None:
        """Close this process's idle connections, and each lent one when it comes back (a later call reconnects)."""
        pool = self._here()
        with pool.ready:
            self._generation += 1
            idle, pool.idle = pool.idle, []
        for conn in idle:
            conn.close()


def redact_text(text: str, password: str) -> str:
    """``text`` with every occurrence of ``password`` shown as ``***`` (nothing to hide: ``text`` itself)."""
    return text.replace(password, "***") if password else text


def _row(record: JobRecord) -> tuple[Any, ...]:
    from psycopg.types.json import Json

    values = [getattr(record, name) for name in COLUMNS]
    values[COLUMNS.index("state")] = record.state.value
    values[COLUMNS.index("body")] = None if record.body is None else Json(record.body)
    return tuple(values)


def _record(row: tuple[Any, ...]) -> JobRecord:
    return JobRecord(**dict(zip(COLUMNS, row, strict=True)))
