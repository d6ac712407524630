"""Both clients with a journal: a record before each step, resume and reconcile never resubmit.

The tests of what a client stores run once per backend (``journal_url``: SQLite, then PostgreSQL).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import httpx
import pytest

import kie
from kie.journal import JobRecord, JobState, Journal, JournalError, PostgresJournal, SqliteJournal, body_sha256
from tests.fakes import FakeAPI, call, envelope, mp4, record

Make = Callable[..., kie.Client | kie.AsyncClient]
Opener = Callable[[], Journal]
WAN = "wan/2-5-image-to-video"
WAN_INPUT = {"prompt": "a cat", "image_url": "https://img.example/cat.png", "duration": "5", "resolution": "720p"}
BASE = "https://api.example"


class Recording(Journal):
    """A real journal (either backend) that also notes each write's state and how many requests had gone out by then."""

    def __init__(self, journal: Journal, api: FakeAPI) -> None:
        self.journal = journal
        self.api = api
        self.steps: list[tuple[str, int]] = []

    def write(self, record: JobRecord) -> JobRecord:
        """Note the step, then write it."""
        self.steps.append((record.state.value, len(self.api.requests)))
        return self.journal.write(record)

    def get(self, ref: str) -> JobRecord | None:
        """The journal's record of ``ref``."""
        return self.journal.get(ref)

    def records(self, states: Iterable[JobState] | None = None, *, limit: int | None = None) -> list[JobRecord]:
        """The journal's records."""
        return self.journal.records(states, limit=limit)


def _submitted(journal: Journal, task_id: str, **fields: object) -> JobRecord:
    """What a process that died while waiting leaves behind: an intent, then its task id."""
    job = journal.write(JobRecord.intent(WAN, {"model": WAN, "input": WAN_INPUT}, BASE))
    return journal.write(job.evolve(state=JobState.SUBMITTED, task_id=task_id, **fields))


async def test_generate_and_download_write_each_step_before_it(
    make_client: Make, api: FakeAPI, tmp_path: Path, journals: Opener
) -> None:
    """Intent before createTask is sent, submitted before the first poll, then success, then downloaded."""
    journal = Recording(journals(), api)
    api.push(envelope({"taskId": "t1"}), envelope(record("t1", "success")), httpx.Response(200, content=mp4()))
    client = make_client(journal=journal)
    info = await call(client.generate(WAN, prompt="a cat", image="https://img.example/cat.png", duration=5))
    path = await call(client.download(info, tmp_path / "out.mp4"))
    assert journal.steps == [("intent", 0), ("submitted", 1), ("success", 2), ("downloaded", 3)]
    [job] = journal.records()
    assert job.state is JobState.DOWNLOADED
    assert job.task_id == "t1"
    assert job.model == WAN
    assert job.body is not None
    assert job.body_sha256 == body_sha256(job.body)
    assert job.cost_seconds == pytest.approx(273.896)
    assert job.path == str(path.resolve())
    assert job.size == len(mp4())
    assert job.sha256 == hashlib.sha256(mp4()).hexdigest()
    assert job.base_url == BASE


async def test_a_lost_create_answer_is_outcome_unknown_and_never_resent(
    make_client: Make, api: FakeAPI, journals: Opener
) -> None:
    """A SubmitUncertainError leaves outcome_unknown with its body; resume and reconcile never send it again."""
    journal = journals()
    api.push(httpx.ReadTimeout("no answer"))
    client = make_client(journal=journal, max_retries=5)
    with pytest.raises(kie.SubmitUncertainError):
        await call(client.create_task(WAN, WAN_INPUT))
    [job] = journal.records(kie.journal.PENDING)
    assert job.state is JobState.OUTCOME_UNKNOWN
    assert job.task_id is None
    assert job.body is not None
    assert job.body["input"] == WAN_INPUT
    with pytest.raises(kie.SubmitUncertainError) as caught:
        await call(client.resume(job.job_id))
    assert caught.value.body == job.body
    assert await call(client.reconcile()) == []
    assert len(api.requests) == 1


async def test_a_refused_create_is_fail_without_a_task(make_client: Make, api: FakeAPI, journals: Opener) -> None:
    """CreateTask refused (402): no task exists, the job ends fail with the reason and no task id."""
    journal = journals()
    api.push(envelope(None, code=402, msg="insufficient credits"))
    with pytest.raises(kie.InsufficientCreditsError):
        await call(make_client(journal=journal).create_task(WAN, WAN_INPUT))
    [job] = journal.records()
    assert (job.state, job.task_id) == (JobState.FAIL, None)
    assert job.error is not None
    assert "InsufficientCreditsError" in job.error


async def test_resume_after_a_crash_waits_and_downloads(
    make_client: Make, api: FakeAPI, tmp_path: Path, journal_url: str, journals: Opener
) -> None:
    """A record left submitted by a dead process: a new client resumes it from the store, waits and downloads."""
    target = tmp_path / "video.mp4"
    with journals() as crashed:
        _submitted(crashed, "t9", path=str(target))
    api.push(envelope(record("t9", "success")), httpx.Response(200, content=mp4()))
    url = journal_url if "://" in journal_url else f"sqlite:///{journal_url}"
    client = make_client(journal=url)
    info = await call(client.resume("t9"))
    assert info.task_id == "t9"
    assert target.read_bytes() == mp4()
    assert "/api/v1/jobs/createTask" not in api.paths()
    job = journals().get("t9")
    assert job is not None
    assert job.state is JobState.DOWNLOADED
    api.push(envelope(record("t9", "success")))
    await call(client.resume("t9"))  # a second resume polls once and downloads nothing
    assert api.paths()[-2:] == ["/r.mp4", "/api/v1/jobs/recordInfo"]
    assert client.journal is not None
    client.journal.close()


async def test_reconcile_updates_every_unfinished_record(make_client: Make, api: FakeAPI, journals: Opener) -> None:
    """Each submitted task of this host is polled once; stale intents become outcome_unknown; nothing is sent."""
    journal = journals()
    for task_id in ("done", "running", "gone"):
        _submitted(journal, task_id)
    journal.write(JobRecord.for_task("elsewhere", JobState.SUBMITTED, base_url="https://other.example"))
    stale = journal.write(JobRecord.intent(WAN, {"model": WAN}, BASE).evolve(updated_at=time.time() - 3600))
    fresh = journal.write(JobRecord.intent(WAN, {"model": WAN}, BASE))

    def answer(request: httpx.Request) -> httpx.Response:
        task_id = request.url.params["taskId"]
        if task_id == "gone":
            return envelope(None, code=422, msg="recordInfo is null")
        return envelope(record(task_id, "success" if task_id == "done" else "generating"))

    api.default = answer
    changed = await call(make_client(journal=journal, max_retries=0).reconcile())
    states = {job.task_id or job.job_id: job.state for job in changed}
    assert states == {"done": JobState.SUCCESS, "gone": JobState.EXPIRED, stale.job_id: JobState.OUTCOME_UNKNOWN}
    assert sorted(r.url.params["taskId"] for r in api.requests) == ["done", "gone", "running"]
    assert {r.url.path for r in api.requests} == {"/api/v1/jobs/recordInfo"}
    assert journal.get("running").state is JobState.SUBMITTED  # type: ignore[union-attr]
    assert journal.get(fresh.job_id).state is JobState.INTENT  # type: ignore[union-attr]


async def test_a_journal_failure_never_loses_a_task_id(
    make_client: Make, api: FakeAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Before createTask a failed write raises JournalError (nothing sent); after it, the task id still returns."""

    class Failing(SqliteJournal):
        def __init__(self, path: Path, failing: JobState) -> None:
            super().__init__(path)
            self.failing = failing

        def write(self, record: JobRecord) -> JobRecord:
            if record.state is self.failing:
                raise JournalError("disk full")
            return super().write(record)

    with pytest.raises(JournalError):
        await call(make_client(journal=Failing(tmp_path / "a.db", JobState.INTENT)).create_task(WAN, WAN_INPUT))
    assert api.requests == []
    api.push(envelope({"taskId": "t1"}))
    with caplog.at_level(logging.ERROR, logger="kie"):
        task = await call(
            make_client(journal=Failing(tmp_path / "b.db", JobState.SUBMITTED)).create_task(WAN, WAN_INPUT)
        )
    assert task.task_id == "t1"
    assert "journal write failed for task t1" in caplog.text


async def test_the_journal_teaches_durations(make_client: Make, api: FakeAPI, journals: Opener) -> None:
    """Cost times the journal keeps feed the client's ``Durations`` (the polling planner's ``observe`` hook)."""
    journal = journals()
    for index in range(3):
        journal.write(JobRecord.for_task(f"old{index}", JobState.SUCCESS, model="some/model", cost_seconds=42.0))
    api.push(envelope(record("t1", "success")))
    client = make_client(journal=journal)
    await call(client.wait("t1"))
    assert client.durations.estimate("some/model") == 42.0


def test_the_journal_comes_from_kie_journal_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``journal=`` wins; else env ``KIE_JOURNAL`` (a path, sqlite:/// or postgresql:// URL; ``off``); default none."""
    monkeypatch.delenv("KIE_JOURNAL", raising=False)
    assert kie.Client(api_key="k").journal is None
    monkeypatch.setenv("KIE_JOURNAL", f"sqlite:///{tmp_path}/env.db")
    journal = kie.Client(api_key="k").journal
    assert isinstance(journal, SqliteJournal)
    assert journal.path == tmp_path / "env.db"
    monkeypatch.setenv("KIE_JOURNAL", "postgresql://kie:secret@db.example/kie")
    journal = kie.AsyncClient(api_key="k").journal
    assert isinstance(journal, PostgresJournal)
    assert journal.url == "postgresql://kie:***@db.example/kie"
    monkeypatch.setenv("KIE_JOURNAL", "off")
    assert kie.Client(api_key="k").journal is None
    with pytest.raises(kie.ConfigurationError, match="postgresql://"):
        kie.Client(api_key="k", journal="mysql://db/kie")
