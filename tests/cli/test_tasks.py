"""`kie tasks`: the journal's jobs listed, resumed without a second createTask, reconciled (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kie
from kie.emulator import Emulator
from kie.journal import JobRecord, JobState, SqliteJournal
from tests.servers.postgres import PASSWORD

from .helpers import closed_port, run

MODEL = "wan/2-5-image-to-video"
INPUT = {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"}


def _submit(emu: Emulator, journal: Path) -> str:
    with kie.Client(api_key="k", base_url=emu.url, journal=journal) as client:
        return client.create_task(MODEL, INPUT).task_id


def test_list_resume_and_reconcile_work_on_the_journal(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A submitted job is listed, resumed to a saved MP4 without a second task, and an unknown outcome never resent."""
    monkeypatch.chdir(tmp_path)
    journal = tmp_path / "journal.sqlite3"
    task_id = _submit(emu, journal)
    with SqliteJournal(journal) as opened:
        opened.write(JobRecord(job_id="lost", state=JobState.OUTCOME_UNKNOWN, model=MODEL, body={"model": MODEL}))
    created = emu.state.stats()["created_count"]
    code, out, _ = run(capsys, "tasks", "list", "--pending", "--json", "--journal", str(journal))
    rows = {row["job_id"]: row for row in json.loads(out)}
    assert code == 0
    assert rows["lost"]["state"] == "outcome_unknown"
    assert rows["lost"]["body"] == {"model": MODEL}
    assert [r["state"] for r in rows.values() if r["task_id"] == task_id] == ["submitted"]
    location = ["--journal", str(journal), "--provider", "emulator", "--base-url", emu.url]
    code, _, err = run(capsys, "tasks", "resume", "--all", *location)
    assert code == 0, err
    assert "job lost" in err
    assert "not resent" in err
    assert f"task {task_id} success" in err
    assert emu.state.stats()["created_count"] == created  # nothing was sent again
    code, _, err = run(capsys, "tasks", "reconcile", *location)
    assert code == 0, err
    with SqliteJournal(journal) as opened:
        done = opened.get(task_id)
    assert done is not None
    assert done.state is JobState.DOWNLOADED
    assert done.path is not None
    assert Path(done.path).read_bytes()[4:8] == b"ftyp"


def test_resume_needs_an_id_or_all(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`kie tasks resume` with neither an id nor --all is bad input (exit 2), naming both."""
    code, _, err = run(capsys, "tasks", "resume", "--journal", str(tmp_path / "j.sqlite3"))
    assert code == 2
    assert "give a task id, or --all" in err


def test_the_default_journal_lives_in_the_user_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --journal or KIE_JOURNAL, `kie tasks list` opens kie/journal.sqlite3 under XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("KIE_JOURNAL", raising=False)
    code, out, _ = run(capsys, "tasks", "list", "--json")
    assert code == 0
    assert json.loads(out) == []
    assert (tmp_path / "kie").is_dir()


def test_tasks_list_works_on_a_postgresql_journal(
    capsys: pytest.CaptureFixture[str], emu: Emulator, fresh_postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kie tasks list --journal postgresql://...` (and KIE_JOURNAL) lists a client's jobs, no password shown."""
    with kie.Client(api_key="k", base_url=emu.url, journal=fresh_postgres_url) as client:
        task_id = client.create_task(MODEL, INPUT).task_id
        assert client.journal is not None
        client.journal.close()
    code, out, err = run(capsys, "tasks", "list", "--json", "--journal", fresh_postgres_url)
    assert code == 0, err
    assert [(row["task_id"], row["state"], row["model"]) for row in json.loads(out)] == [(task_id, "submitted", MODEL)]
    monkeypatch.setenv("KIE_JOURNAL", fresh_postgres_url)
    code, out, err = run(capsys, "tasks", "list", "--pending")
    assert code == 0, err
    assert task_id in out
    assert PASSWORD not in out + err


def test_an_unreachable_postgresql_journal_is_one_clear_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A journal URL nothing answers: exit 3 and one line naming host and port, never the password."""
    port = closed_port()
    code, out, err = run(capsys, "tasks", "list", "--journal", f"postgresql://kie:s3cr3t-pw@127.0.0.1:{port}/kie")
    assert code == 3
    assert f"host 127.0.0.1, port {port}" in err
    assert len(err.strip().splitlines()) == 1
    assert "s3cr3t-pw" not in out + err
