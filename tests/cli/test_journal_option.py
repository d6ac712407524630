"""`kie generate` keeps a journal by default (the user data folder), `--journal PATH`, or none with `--no-journal`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kie.emulator import Emulator
from kie.journal import JobState, SqliteJournal

from .helpers import error_line, on, run

WAN = "wan/2-5-image-to-video"


def _task_id(err: str) -> str:
    return err.splitlines()[0].split()[1]


def test_generate_journals_in_the_user_data_folder_by_default(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path
) -> None:
    """Without flags, each step goes to journal.sqlite3 under XDG_DATA_HOME/kie; kie tasks list shows the job."""
    out_file = tmp_path / "out.mp4"
    code, _, err = run(capsys, "generate", WAN, "--example", *on(emu), "--output", str(out_file))
    assert code == 0, err
    with SqliteJournal(Path(os.environ["XDG_DATA_HOME"]) / "kie" / "journal.sqlite3") as journal:
        record = journal.get(_task_id(err))
    assert record is not None
    assert record.state is JobState.DOWNLOADED
    assert record.path == str(out_file.resolve())
    code, out, _ = run(capsys, "tasks", "list")
    assert code == 0
    assert _task_id(err) in out


def test_generate_journal_flag_and_no_journal(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--journal PATH is used; --no-journal keeps none, even with KIE_JOURNAL set; both at once is bad input."""
    chosen = tmp_path / "chosen.sqlite3"
    code, _, err = run(
        capsys, "generate", WAN, "--example", *on(emu), "-o", str(tmp_path / "a.mp4"), "--journal", str(chosen)
    )
    assert code == 0, err
    with SqliteJournal(chosen) as journal:
        assert journal.get(_task_id(err)) is not None
    env_journal = tmp_path / "env.sqlite3"
    monkeypatch.setenv("KIE_JOURNAL", str(env_journal))
    code, _, err = run(capsys, "generate", WAN, "--example", *on(emu), "-o", str(tmp_path / "b.mp4"), "--no-journal")
    assert code == 0, err
    assert not env_journal.exists()
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "kie" / "journal.sqlite3").exists()
    code, _, err = run(capsys, "generate", WAN, "--example", *on(emu), "--journal", str(chosen), "--no-journal")
    assert code == 2
    assert "--journal and --no-journal" in error_line(err)
