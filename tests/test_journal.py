"""``kie.journal``: records merge forward only, the SQLite file is safe across threads, the receiver upserts."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

import kie
from kie.callbacks import CallbackReceiver
from kie.emulator import Emulator
from kie.journal import JobRecord, JobState, SqliteJournal, open_journal
from tests.fakes import call, record


def test_a_record_never_steps_back_and_keeps_what_it_knew(tmp_path: Path) -> None:
    """A late ``submitted`` does not undo ``downloaded``; fields the update lacks are kept."""
    journal = SqliteJournal(tmp_path / "j.db")
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


def test_a_result_seen_first_by_task_id_joins_its_job(tmp_path: Path) -> None:
    """A callback written before the job's ``submitted`` record merges into that job: one record per task."""
    journal = SqliteJournal(tmp_path / "j.db")
    job = journal.write(JobRecord.intent("m", {"model": "m"}))
    journal.write(JobRecord.for_task("t1", JobState.SUCCESS, cost_seconds=5.0))
    journal.write(job.evolve(state=JobState.SUBMITTED, task_id="t1"))
    [only] = journal.records()
    assert (only.job_id, only.state, only.cost_seconds) == (job.job_id, JobState.SUCCESS, 5.0)


def test_threads_share_one_journal_file_without_losing_writes(tmp_path: Path) -> None:
    """8 threads (one connection each) and a second journal on the same file write 200 jobs: all are kept."""
    journal, other = SqliteJournal(tmp_path / "j.db"), SqliteJournal(tmp_path / "j.db")

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
    journal.close()
    other.close()


def test_open_journal_takes_a_path_a_url_or_a_journal(tmp_path: Path) -> None:
    """A path, ``sqlite:///`` + path and a ``Journal`` are accepted; other schemes are a ConfigurationError."""
    assert open_journal(tmp_path / "a.db", env=False).path == tmp_path / "a.db"  # type: ignore[union-attr]
    assert open_journal(f"sqlite:///{tmp_path}/b.db", env=False).path == tmp_path / "b.db"  # type: ignore[union-attr]
    journal = SqliteJournal(tmp_path / "c.db")
    assert open_journal(journal) is journal
    with pytest.raises(kie.ConfigurationError):
        open_journal("redis://localhost/0")


async def test_the_receiver_upserts_results_into_the_journal(tmp_path: Path) -> None:
    """A callback's final result is written by task id (idempotent): another process reading the file sees it."""
    import httpx

    receiver = CallbackReceiver(journal=tmp_path / "j.db")
    transport = httpx.ASGITransport(app=receiver.app)
    body = json.dumps({"code": 200, "msg": "ok", "data": record("t7", "success")}).encode()
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        for _ in range(2):
            assert (await http.post("/", content=body)).status_code == 200
    [job] = SqliteJournal(tmp_path / "j.db").records()
    assert (job.task_id, job.state, job.model) == ("t7", JobState.SUCCESS, "wan/2-5-image-to-video")
    assert job.cost_seconds == pytest.approx(273.896)


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, kie_client: kie.Client, kie_async_client: kie.AsyncClient) -> Any:
    """Each end-to-end scenario runs on both clients."""
    return kie_client if request.param == "sync" else kie_async_client


async def test_end_to_end_generate_then_resume_on_the_emulator(
    client: Any, kie_emulator: Emulator, tmp_path: Path
) -> None:
    """Against the emulator: generate journals every step; a task only submitted is resumed to a real MP4, once."""
    client.journal = SqliteJournal(tmp_path / "j.db")
    info = await call(client.generate("wan/2-5-image-to-video", prompt="p", image="https://img.example/a.png"))
    await call(client.download(info, tmp_path / "a.mp4"))
    task = await call(client.create_task("wan/2-5-image-to-video", {"prompt": "q", "image_url": "https://i/b.png"}))
    client.journal.write(JobRecord.for_task(task.task_id, JobState.SUBMITTED, path=str(tmp_path / "b.mp4")))
    await call(client.resume(task.task_id))
    states = {job.task_id: job.state for job in client.journal.records()}
    assert states == {info.task_id: JobState.DOWNLOADED, task.task_id: JobState.DOWNLOADED}
    assert (tmp_path / "b.mp4").read_bytes()[4:8] == b"ftyp"
    assert kie_emulator.state.stats()["created_count"] == 2
