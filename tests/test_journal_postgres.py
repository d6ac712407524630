"""``PostgresJournal`` on a real server (``tests/servers/postgres.py``): what only the PostgreSQL backend has.

The password never shows, a server that cannot be reached is a clear error
before anything is sent, a forked child never touches the parent's sessions,
the table is made once when many journals start together, the pool stays small,
and a session the server dropped is replaced.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

import kie
from kie.emulator import Emulator
from kie.journal import JobRecord, JobState, JournalError, PostgresJournal, open_journal
from tests.fakes import FakeAPI, call
from tests.servers.postgres import PASSWORD, PostgresServer

Make = Callable[..., kie.Client | kie.AsyncClient]
WAN = "wan/2-5-image-to-video"
WAN_INPUT = {"prompt": "a cat", "image_url": "https://img.example/cat.png", "duration": "5", "resolution": "720p"}


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_the_password_never_shows(fresh_postgres_url: str, postgres_server: PostgresServer) -> None:
    """``repr``, ``str`` and ``url`` mask the password; a refused login names host and port, not the password."""
    journal = PostgresJournal(fresh_postgres_url)
    journal.write(JobRecord.intent(WAN, {"model": WAN}))  # the real password works
    for text in (repr(journal), str(journal), journal.url):
        assert PASSWORD not in text
        assert "postgres:***@127.0.0.1" in text
    journal.close()
    wrong = PostgresJournal(postgres_server.url(password="not-the-pw-7c1e"))
    with pytest.raises(JournalError) as caught:
        wrong.records()
    message = str(caught.value)
    assert f"host 127.0.0.1, port {postgres_server.port}" in message
    assert "password authentication failed" in message
    assert "not-the-pw-7c1e" not in message
    assert "not-the-pw-7c1e" not in repr(wrong)


async def test_an_unreachable_server_is_a_clear_error_and_nothing_is_sent(make_client: Make, api: FakeAPI) -> None:
    """No server at the URL: JournalError naming host and port (not the password) before createTask is sent."""
    port = _closed_port()
    client = make_client(journal=f"postgresql://kie:hunter2-secret@127.0.0.1:{port}/kie?connect_timeout=2")
    with pytest.raises(JournalError) as caught:
        await call(client.create_task(WAN, WAN_INPUT))
    assert f"host 127.0.0.1, port {port}" in str(caught.value)
    assert "hunter2-secret" not in str(caught.value)
    assert api.requests == []


def test_without_psycopg_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without psycopg: a ConfigurationError naming ``pip install 'kie[postgres]'`` (``import kie`` never needs it)."""
    monkeypatch.setitem(sys.modules, "psycopg", None)  # what ``import psycopg`` does when it is not installed
    with pytest.raises(kie.ConfigurationError, match=r"pip install 'kie\[postgres\]'"):
        open_journal("postgresql://kie@db.example/kie", env=False)


def test_a_malformed_url_or_pool_is_refused_at_once() -> None:
    """A URL libpq cannot parse, or ``pool_size=0``: ConfigurationError before any connection, password masked."""
    with pytest.raises(
        kie.ConfigurationError,
        match=r"postgresql://kie:\*\*\*@db.example/kie\?no_such_option=1 is not a PostgreSQL URL",
    ) as caught:
        PostgresJournal("postgresql://kie:pw-9d2f@db.example/kie?no_such_option=1")
    assert "pw-9d2f" not in str(caught.value)
    with pytest.raises(kie.ConfigurationError, match="pool_size must be at least 1, got 0"):
        PostgresJournal("postgresql://kie@db.example/kie", pool_size=0)


def _backend_pid(journal: PostgresJournal) -> int:
    """The server process of the connection the journal lends next (white box: which session is used)."""
    with journal._connection() as conn:
        pid: int = conn.info.backend_pid
    return pid


def _write_in_child(journal: PostgresJournal, parent_session: int, answer: Any) -> None:
    """In a forked child: write through the inherited journal, note its session, close it."""
    journal.write(JobRecord.for_task("from-child", JobState.SUBMITTED))
    answer.put(_backend_pid(journal) != parent_session)
    journal.close()


def test_a_forked_child_opens_its_own_session_and_leaves_the_parents_alone(fresh_postgres_url: str) -> None:
    """After fork the child writes on a session of its own; its close() does not end the parent's session."""
    journal = PostgresJournal(fresh_postgres_url, pool_size=1)
    journal.write(JobRecord.for_task("from-parent", JobState.SUBMITTED))
    parent_session = _backend_pid(journal)
    fork = multiprocessing.get_context("fork")
    answer = fork.Queue()
    child = fork.Process(target=_write_in_child, args=(journal, parent_session, answer))
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0
    assert answer.get(timeout=5) is True  # the child did not use the parent's session
    assert _backend_pid(journal) == parent_session  # the parent's session is alive and still its own
    journal.write(JobRecord.for_task("from-parent", JobState.SUCCESS))
    assert {job.task_id: job.state for job in journal.records()} == {
        "from-parent": JobState.SUCCESS,
        "from-child": JobState.SUBMITTED,
    }
    journal.close()


def test_many_journals_starting_together_make_the_table_once(fresh_postgres_url: str) -> None:
    """Eight journals on an empty schema write at once: the table is created once, no writer fails."""
    journals = [PostgresJournal(fresh_postgres_url) for _ in range(8)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(journals))

    def first_write(index: int) -> None:
        start.wait()
        try:
            journals[index].write(JobRecord.for_task(f"t{index}", JobState.SUBMITTED))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_write, args=(index,)) for index in range(len(journals))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(journals[0].records()) == 8
    for journal in journals:
        journal.close()


def _sessions(postgres_server: PostgresServer, application: str) -> int:
    with psycopg.connect(postgres_server.url(), autocommit=True) as admin:
        row = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (application,))
        found = row.fetchone()
    assert found is not None
    count: int = found[0]
    return count


def test_threads_share_a_small_pool_and_a_dropped_session_is_replaced(
    fresh_postgres_url: str, postgres_server: PostgresServer
) -> None:
    """Eight threads write through at most ``pool_size`` sessions; after the server ends them, writes go on."""
    journal = PostgresJournal(f"{fresh_postgres_url}&application_name=kie-pool-test", pool_size=2)

    def work(index: int) -> None:
        for step in range(10):
            journal.write(JobRecord.for_task(f"t{index}-{step}", JobState.SUBMITTED))

    threads = [threading.Thread(target=work, args=(index,)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 1 <= _sessions(postgres_server, "kie-pool-test") <= 2
    with psycopg.connect(postgres_server.url(), autocommit=True) as admin:  # as a server restart would
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kie-pool-test'")
    journal.write(JobRecord.for_task("t0-0", JobState.SUCCESS))
    assert len(journal.records()) == 80
    assert journal.get("t0-0").state is JobState.SUCCESS  # type: ignore[union-attr]
    journal.close()


def test_a_client_closes_the_journal_it_opened_from_a_url_and_not_one_it_was_given(
    fresh_postgres_url: str, postgres_server: PostgresServer, kie_emulator: Emulator
) -> None:
    """``close()`` ends the sessions of a journal the client opened from a URL; a ``Journal`` passed in stays open."""
    url = f"{fresh_postgres_url}&application_name=kie-owned"
    with kie.Client(api_key="test-key", base_url=kie_emulator.url, journal=url) as client:
        client.create_task(WAN, WAN_INPUT)
        assert _sessions(postgres_server, "kie-owned") >= 1
    assert _sessions(postgres_server, "kie-owned") == 0
    given = PostgresJournal(f"{fresh_postgres_url}&application_name=kie-given")
    with kie.Client(api_key="test-key", base_url=kie_emulator.url, journal=given) as client:
        client.create_task(WAN, WAN_INPUT)
    assert _sessions(postgres_server, "kie-given") >= 1
    given.close()
