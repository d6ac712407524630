"""``kie.journal``: records merge forward only, on every backend (SQLite and PostgreSQL), across threads and processes.

The contract tests run once per backend (``journal_url``: a SQLite file, then a
schema of a real PostgreSQL server started by ``tests/servers/postgres.py``).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import kie
from kie.callbacks import CallbackReceiver
from kie.emulator import Emulator
from kie.journal import JobRecord, JobState, Journal, SqliteJournal, open_journal
from tests.fakes import call, record

Opener = Callable[[], Journal]


def test_a_record_never_steps_back_and_keeps_what_it_knew(journals: Opener) -> None:
    """A late ``submitted`` does not undo ``downloaded``; fields the update lacks are kept."""
    journal = journals()
    job = journal.write(JobRecord.intent("m", {"model": "m", "input": {"prompt": "p"}}, "https://h"))
    journal.write(job.evolve(state=JobState.SUBMITTED, task_id="t1"))
    journal.write(JobRecord.for_task("t1", JobState.DOWNLOADED, path="/x.mp4", size=3))
    stored = journal.write(JobRecord.for_task("t1", JobState.SUBMITTED))
    assert (stored.job_id, stored.state, stored.path, stored.body) == (
        job.job_id,
        JobState.DOWNLOADED,
        "/x.mp4",
        job.body,
    )


def test_a_result_seen_first_by_task_id_joins_its_job(journals: Opener) -> None:
    """A callback written before the job's ``submitted`` record merges into that job: one record per task."""
    journal = journals()
    job = journal.write(JobRecord.intent("m", {"model": "m"}))
    journal.write(JobRecord.for_task("t1", JobState.SUCCESS, cost_seconds=5.0))
    journal.write(job.evolve(state=JobState.SUBMITTED, task_id="t1"))
    [only] = journal.records()
    assert (only.job_id, only.state, only.cost_seconds) == (job.job_id, JobState.SUCCESS, 5.0)


def test_threads_share_one_journal_without_losing_writes(journals: Opener) -> None:
    """8 threads and a second journal on the same store write 200 jobs: all are kept."""
    journal, other = journals(), journals()

    def work(index: int) -> None:
        for step in range(25):
            target = journal if step % 2 else other
            job = target.write(JobRecord.intent("m", {"n": index * 100 + step}))
            target.write(job.evolve(state=JobState.SUBMITTED, task_id=f"t{index}-{step}"))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(journal.records((JobState.SUBMITTED,))) == 200


def test_get_and_records_find_jobs_by_id_state_and_age(journals: Opener) -> None:
    """``get`` finds a job by job or task id; ``records`` filters states, oldest first; ``limit`` keeps the newest."""
    journal = journals()
    jobs = [journal.write(JobRecord.intent("m", {"n": n}).evolve(created_at=1000.0 + n)) for n in range(4)]
    journal.write(jobs[1].evolve(state=JobState.SUBMITTED, task_id="t1"))
    journal.write(JobRecord.for_task("t1", JobState.SUCCESS, cost_seconds=2.5))
    assert journal.get("t1") == journal.get(jobs[1].job_id)
    assert journal.get("t1").cost_seconds == 2.5  # type: ignore[union-attr]
    assert journal.get("nope") is None
    assert [job.job_id for job in journal.records()] == [job.job_id for job in jobs]
    assert [job.job_id for job in journal.records((JobState.INTENT,), limit=2)] == [jobs[2].job_id, jobs[3].job_id]
    assert [job.task_id for job in journal.records([JobState.SUCCESS, JobState.FAIL])] == ["t1"]
    assert journal.records((JobState.DOWNLOADED,)) == []
    assert journal.get(jobs[0].job_id).body == {"n": 0}  # type: ignore[union-attr]


def test_a_new_sqlite_journal_waits_while_another_connection_holds_the_file(tmp_path: Path) -> None:
    """The first use of a file another connection is writing waits its turn instead of failing.

    Switching a file to WAL needs its exclusive lock, and SQLite answers SQLITE_BUSY at
    once, without the busy handler, while another connection holds a write lock: threads
    or processes opening a new journal together lost jobs to "database is locked".
    """
    path = tmp_path / "journal.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE elsewhere (x)")
    other.execute("BEGIN IMMEDIATE")  # a writer of the file, still in rollback-journal mode
    other.execute("INSERT INTO elsewhere VALUES (1)")
    release = threading.Timer(0.5, other.execute, ("COMMIT",))
    release.start()
    try:
        with SqliteJournal(path) as journal:
            job = journal.write(JobRecord.intent("m", {"model": "m"}))
            assert journal.get(job.job_id) == job
        with contextlib.closing(sqlite3.connect(path)) as fresh:
            assert fresh.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        release.join()
        other.close()


def test_open_journal_takes_a_path_a_url_or_a_journal(tmp_path: Path) -> None:
    """A path, ``sqlite:///`` + path, ``postgresql://`` and a ``Journal`` are accepted; other schemes are refused."""
    assert open_journal(tmp_path / "a.db", env=False).path == tmp_path / "a.db"  # type: ignore[union-attr]
    assert open_journal(f"sqlite:///{tmp_path}/b.db", env=False).path == tmp_path / "b.db"  # type: ignore[union-attr]
    journal = SqliteJournal(tmp_path / "c.db")
    assert open_journal(journal) is journal
    for scheme in ("postgresql", "postgres"):
        opened = open_journal(f"{scheme}://kie:pw@db.example:6543/jobs", env=False)  # nothing connects yet
        assert isinstance(opened, kie.journal.PostgresJournal)
        assert (opened.host, opened.port, opened.url) == (
            "db.example",
            "6543",
            f"{scheme}://kie:***@db.example:6543/jobs",
        )
    with pytest.raises(kie.ConfigurationError, match="postgresql://"):
        open_journal("redis://localhost/0")


def _write_steps(url: str, role: str, task_ids: list[str], start: Any) -> None:
    """One of two processes writing the same jobs' steps at once (run in a spawned process).

    The receiver rewrites every job over and over (a callback delivered again, a late
    re-poll still saying submitted) while the client moves each job to downloaded once:
    a writer that merged into a stale read would put a job back to success.
    """
    journal = open_journal(url, env=False)
    assert journal is not None
    start.wait()
    if role == "client":
        for task_id in task_ids:
            time.sleep(0.05)
            journal.write(JobRecord(job_id=f"job-{task_id}", state=JobState.SUBMITTED, task_id=task_id))
            journal.write(JobRecord.for_task(task_id, JobState.DOWNLOADED, path=f"/v/{task_id}.mp4", size=7))
    else:
        for _ in range(50):
            for task_id in task_ids:
                journal.write(JobRecord.for_task(task_id, JobState.SUCCESS, cost_seconds=3.0))
                journal.write(JobRecord.for_task(task_id, JobState.SUBMITTED))
    journal.close()


def test_two_processes_writing_the_same_jobs_end_at_the_furthest_state(journal_url: str, journals: Opener) -> None:
    """A client process and a receiver process write 4 jobs' steps at once: one record each, downloaded."""
    journal = journals()
    task_ids = [f"t{n}" for n in range(4)]
    for task_id in task_ids:
        journal.write(JobRecord(job_id=f"job-{task_id}", state=JobState.INTENT, model="m", body={"id": task_id}))
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(2)  # both processes have imported kie and opened the journal: they write together
    workers = [
        spawn.Process(target=_write_steps, args=(journal_url, role, task_ids, start)) for role in ("client", "rx")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]
    jobs = journal.records()
    assert sorted(job.job_id for job in jobs) == sorted(f"job-{task_id}" for task_id in task_ids)
    for job in jobs:
        assert (job.state, job.task_id, job.path, job.size) == (
            JobState.DOWNLOADED,
            job.job_id[4:],
            f"/v/{job.job_id[4:]}.mp4",
            7,
        )
        assert (job.cost_seconds, job.body, job.model) == (3.0, {"id": job.job_id[4:]}, "m")


async def test_the_receiver_upserts_results_into_the_journal(journal_url: str, journals: Opener) -> None:
    """A callback's final result is written by task id (idempotent): another journal on the store sees it."""
    import httpx

    receiver = CallbackReceiver(journal=journal_url)
    transport = httpx.ASGITransport(app=receiver.app)
    body = json.dumps({"code": 200, "msg": "ok", "data": record("t7", "success")}).encode()
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        for _ in range(2):
            assert (await http.post("/", content=body)).status_code == 200
    assert isinstance(receiver.journal, Journal)
    receiver.journal.close()
    [job] = journals().records()
    assert (job.task_id, job.state, job.model) == ("t7", JobState.SUCCESS, "wan/2-5-image-to-video")
    assert job.cost_seconds == pytest.approx(273.896)


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, kie_client: kie.Client, kie_async_client: kie.AsyncClient) -> Any:
    """Each end-to-end scenario runs on both clients."""
    return kie_client if request.param == "sync" else kie_async_client


async def test_end_to_end_generate_then_resume_on_the_emulator(
    client: Any, kie_emulator: Emulator, tmp_path: Path, journals: Opener
) -> None:
    """Against the emulator: generate journals every step; a task only submitted is resumed to a real MP4, once."""
    client.journal = journals()
    info = await call(client.generate("wan/2-5-image-to-video", prompt="p", image="https://img.example/a.png"))
    await call(client.download(info, tmp_path / "a.mp4"))
    task = await call(client.create_task("wan/2-5-image-to-video", {"prompt": "q", "image_url": "https://i/b.png"}))
    client.journal.write(JobRecord.for_task(task.task_id, JobState.SUBMITTED, path=str(tmp_path / "b.mp4")))
    await call(client.resume(task.task_id))
    states = {job.task_id: job.state for job in client.journal.records()}
    assert states == {info.task_id: JobState.DOWNLOADED, task.task_id: JobState.DOWNLOADED}
    assert (tmp_path / "b.mp4").read_bytes()[4:8] == b"ftyp"
    assert kie_emulator.state.stats()["created_count"] == 2


def test_journal_off_keeps_none_even_where_kie_journal_is_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``journal="off"`` (any word of ``OFF``) is no journal, not a file named "off"; env KIE_JOURNAL is not read."""
    monkeypatch.setenv("KIE_JOURNAL", str(tmp_path / "env.sqlite3"))
    monkeypatch.chdir(tmp_path)
    for word in ("off", "OFF", "none", "0", "false", ""):
        assert open_journal(word) is None, word
    with kie.Client(api_key="k", base_url="http://127.0.0.1:9", journal="off") as client:
        assert client.journal is None
    assert open_journal(None) is not None  # the env's, when nothing is said
    assert not (tmp_path / "off").exists()
