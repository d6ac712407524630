"""``job_id=``: a caller's stable key maps a job to one journal record, so a job is never created twice.

Both clients, over real HTTP against the emulator, with a real SQLite journal.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

import kie
from kie.emulator import Emulator
from kie.journal import JobRecord, JobState, JournalError, SqliteJournal
from tests.fakes import call

WAN = "wan/2-5-image-to-video"
IMAGE = "https://img.example/cat.png"
Make = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
async def make(request: pytest.FixtureRequest, kie_emulator: Emulator) -> AsyncIterator[Make]:
    """Build a ``Client`` or an ``AsyncClient`` bound to the emulator, with the given journal; each is closed after."""
    built: list[Any] = []

    def build(journal: Any = None) -> Any:
        kind = kie.Client if request.param == "sync" else kie.AsyncClient
        client = kind(api_key="k", base_url=kie_emulator.url, poll_interval=0.02, journal=journal)
        built.append(client)
        return client

    yield build
    for client in built:
        await call(client.close())  # and the journal it opened from a path


def _created(emu: Emulator) -> int:
    return int(emu.state.stats()["created_count"])


async def test_the_same_job_id_never_creates_a_second_task(make: Make, kie_emulator: Emulator, tmp_path: Path) -> None:
    """generate(job_id=...) twice, even from a new client: one task, the same result."""
    journal = tmp_path / "journal.sqlite3"
    first = await call(make(journal).generate(WAN, prompt="a cat", image=IMAGE, job_id="row-1"))
    again = await call(make(journal).generate(WAN, prompt="a cat", image=IMAGE, job_id="row-1"))
    task = await call(make(journal).submit(WAN, prompt="a cat", image=IMAGE, job_id="row-1"))
    assert again.task_id == first.task_id == task.task_id
    assert again.state is kie.TaskState.SUCCESS
    assert _created(kie_emulator) == 1
    with SqliteJournal(journal) as opened:
        record = opened.get("row-1")
    assert record is not None
    assert record.task_id == first.task_id


async def test_a_submitted_job_is_waited_for_not_resent(make: Make, kie_emulator: Emulator, tmp_path: Path) -> None:
    """A job left submitted (its process died while waiting) is followed by generate(job_id=...)."""
    journal = tmp_path / "journal.sqlite3"
    task = await call(make(journal).create_task(WAN, {"prompt": "a", "image_url": IMAGE}, job_id="row-2"))
    info = await call(make(journal).generate(WAN, prompt="a", image=IMAGE, job_id="row-2"))
    assert info.task_id == task.task_id
    assert info.state is kie.TaskState.SUCCESS
    assert _created(kie_emulator) == 1


@pytest.mark.parametrize("state", [JobState.INTENT, JobState.OUTCOME_UNKNOWN])
async def test_an_unknown_outcome_is_refused_with_its_body(
    make: Make, kie_emulator: Emulator, tmp_path: Path, state: JobState
) -> None:
    """A job whose createTask may have gone out is never sent again: SubmitUncertainError carries its body."""
    journal = SqliteJournal(tmp_path / "journal.sqlite3")
    body = {"model": WAN, "input": {"prompt": "lost", "image_url": IMAGE}}
    journal.write(JobRecord(job_id="row-3", state=state, model=WAN, body=body))
    with pytest.raises(kie.SubmitUncertainError) as caught:
        await call(make(journal).generate(WAN, prompt="lost", image=IMAGE, job_id="row-3"))
    assert caught.value.body == body
    assert "never resent" in str(caught.value)
    with pytest.raises(kie.SubmitUncertainError):
        await call(make(journal).create_task(WAN, body["input"], job_id="row-3"))
    assert _created(kie_emulator) == 0


async def test_a_failed_job_raises_its_failure_again(make: Make, kie_emulator: Emulator, tmp_path: Path) -> None:
    """A job whose task failed raises TaskFailedError again, for the same task, without a new one."""
    journal = tmp_path / "journal.sqlite3"
    kie_emulator.inject("fail_task")
    with pytest.raises(kie.TaskFailedError) as first:
        await call(make(journal).generate(WAN, prompt="p", image=IMAGE, job_id="row-4"))
    with pytest.raises(kie.TaskFailedError) as again:
        await call(make(journal).generate(WAN, prompt="p", image=IMAGE, job_id="row-4"))
    assert again.value.task_id == first.value.task_id
    assert _created(kie_emulator) == 1


async def test_a_refused_job_is_not_sent_again(make: Make, kie_emulator: Emulator, tmp_path: Path) -> None:
    """A job createTask refused (402: no task exists) stays refused under its job_id: JournalError names it."""
    journal = tmp_path / "journal.sqlite3"
    kie_emulator.state.credits = 0
    with pytest.raises(kie.InsufficientCreditsError):
        await call(make(journal).generate(WAN, prompt="p", image=IMAGE, job_id="row-5"))
    kie_emulator.state.credits = 100
    with pytest.raises(JournalError, match="row-5 was refused"):
        await call(make(journal).generate(WAN, prompt="p", image=IMAGE, job_id="row-5"))
    assert _created(kie_emulator) == 0


async def test_job_id_needs_a_journal_and_its_own_model(make: Make, kie_emulator: Emulator, tmp_path: Path) -> None:
    """job_id without a journal is a configuration error; a job id reused for another model is refused."""
    with pytest.raises(kie.ConfigurationError, match="job_id needs a journal"):
        await call(make().submit(WAN, prompt="p", image=IMAGE, job_id="row-6"))
    journal = tmp_path / "journal.sqlite3"
    await call(make(journal).submit(WAN, prompt="p", image=IMAGE, job_id="row-6"))
    with pytest.raises(kie.InputValidationError, match="already a job of wan/2-5-image-to-video"):
        await call(make(journal).submit("kling-2.6/image-to-video", prompt="p", image=IMAGE, job_id="row-6"))
    assert _created(kie_emulator) == 1


async def test_generate_many_takes_a_job_id_per_job(make: Make, kie_emulator: Emulator, tmp_path: Path) -> None:
    """A batch run twice with the same job ids creates each task once and returns the same task ids."""
    journal = tmp_path / "journal.sqlite3"
    jobs = [{"model": WAN, "prompt": f"p{i}", "image": IMAGE, "job_id": f"many-{i}"} for i in range(3)]
    first = await call(make(journal).generate_many(jobs, concurrency=3))
    again = await call(make(journal).generate_many(jobs, concurrency=3))
    assert [r.task_id for r in again] == [r.task_id for r in first]
    assert all(r.ok for r in again)
    assert _created(kie_emulator) == 3


class _Rival(SqliteJournal):
    """A journal where another process writes the same job id between this client's look-up and its intent."""

    def get(self, ref: str) -> JobRecord | None:
        if ref == "row-7" and super().get(ref) is None:
            rival = JobRecord(job_id="row-7", state=JobState.INTENT, model=WAN, created_at=1.0, updated_at=1.0)
            super().write(rival)
            return None
        return super().get(ref)


async def test_a_job_id_another_process_wrote_first_is_not_sent(
    make: Make, kie_emulator: Emulator, tmp_path: Path
) -> None:
    """Two writers of one job id: the later one sends nothing and reports the job's unknown outcome."""
    journal = _Rival(tmp_path / "journal.sqlite3")
    with pytest.raises(kie.SubmitUncertainError):
        await call(make(journal).create_task(WAN, {"prompt": "p", "image_url": IMAGE}, job_id="row-7"))
    assert _created(kie_emulator) == 0
