"""`kie batch run` against real `kie emulator` processes: every job created once, whatever stops the run (issue 10).

The batch runs in-process (its client polling in milliseconds) except where a
signal or a kill is the point: then it is a `kie` subprocess. Creates are
counted by the emulator (`/_emulator/stats`, `/_emulator/tasks`), never by the batch.
"""

from __future__ import annotations

import functools
import json
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import kie
from kie import cli
from kie.emulator.video import probe_mp4
from kie.journal import JobRecord, JobState, SqliteJournal

from .helpers import KIE_SCRIPT, error_line, load_script, png_file, run

WAN = "wan/2-5-image-to-video"
PRO = "hailuo/02-image-to-video-pro"
UNPRICED = "hailuo/02-text-to-video-standard"  # not in kie/data/prices.yaml
IMAGE = "https://example.com/frame.png"


kill_trial = load_script("kill_trial")  # the full-size trial this file runs small


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A `kie emulator` process (tasks take 0.3 s) for the module; its URL."""
    env = {"PATH": str(KIE_SCRIPT.parent), "HOME": str(tmp_path_factory.mktemp("home"))}
    process, url = kill_trial.start_emulator(0.3, env)
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def emu(emulator: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """The emulator, reset; the batch's client polls every 20 ms; the test runs in its own folder."""
    httpx.post(f"{emulator}/_emulator/reset").raise_for_status()
    monkeypatch.setattr(cli, "AsyncClient", functools.partial(kie.AsyncClient, poll_interval=0.02))
    monkeypatch.chdir(tmp_path)
    return emulator


def _stats(url: str) -> dict[str, Any]:
    data: dict[str, Any] = httpx.get(f"{url}/_emulator/stats").json()["data"]
    return data


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _results(path: Path) -> list[dict[str, Any]]:
    """The RESULTS lines that are JSON (a line a crash cut short is not)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            continue
    return lines


def _batch(jobs: Path, url: str, *more: str) -> list[str]:
    where = ["--out", "results.jsonl", "--output-dir", "out", "--journal", "journal.sqlite3"]
    return ["batch", "run", str(jobs), *where, "--provider", "emulator", "--base-url", url, *more]


def _wan(job_id: str, seconds: int = 5) -> dict[str, Any]:
    return {
        "id": job_id,
        "model": WAN,
        "prompt": f"p {job_id}",
        "image": IMAGE,
        "duration": seconds,
        "resolution": "720p",
    }


def test_a_jsonl_batch_runs_each_job_once_and_a_rerun_skips_them(
    capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path
) -> None:
    """Vocabulary and raw-input rows end success with MP4s of their length; the same command again sends nothing."""
    raw = {"id": "raw", "model": WAN, "input": {"prompt": "raw", "image_url": IMAGE, "duration": "10"}}
    jobs = _jsonl(
        tmp_path / "jobs.jsonl", [_wan("a"), _wan("b", 10), raw, {"id": 4, "model": PRO, "prompt": "x", "image": IMAGE}]
    )
    code, _, err = run(capsys, *_batch(jobs, emu, "--concurrency", "3"))
    assert code == 0, err
    lines = {line["id"]: line for line in _results(tmp_path / "results.jsonl")}
    assert {line["state"] for line in lines.values()} == {"success"}
    assert list(lines["a"]) == ["id", "task_id", "state", "path", "error", "credits"]
    expected = {"a": 5, "b": 10, "raw": 10, "4": 6}
    for job_id, seconds in expected.items():
        assert Path(lines[job_id]["path"]) == (tmp_path / "out" / f"{job_id}.mp4").resolve()
        assert round(probe_mp4(Path(lines[job_id]["path"]).read_bytes()).duration) == seconds
    assert lines["a"]["credits"] == 10  # the task record's figure (the emulator charges 10)
    assert _stats(emu)["created_count"] == 4
    code, _, err = run(capsys, *_batch(jobs, emu))
    assert code == 0, err
    assert "4 finished before" in err
    assert _stats(emu)["created_count"] == 4
    assert len(_results(tmp_path / "results.jsonl")) == 4


def test_a_csv_batch_reads_cells_as_the_fields_types(
    capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path
) -> None:
    """CSV cells become an integer seed and a boolean; a local image is the JOBS folder's; an input cell is raw JSON."""
    folder = tmp_path / "batch"
    (folder / "frames").mkdir(parents=True)
    png_file(folder / "frames" / "cat.png")
    jobs = folder / "jobs.csv"
    jobs.write_text(
        "id,model,prompt,image,duration,seed,enable_prompt_expansion,input\n"
        f"c1,{WAN},a cat,frames/cat.png,10,42,false,\n"
        f'c2,{UNPRICED},,,,,,"{{""prompt"": ""a dog"", ""duration"": ""6""}}"\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, *_batch(jobs, emu))
    assert code == 0, err
    lines = {line["id"]: line for line in _results(tmp_path / "results.jsonl")}
    with kie.Client(api_key="k", base_url=emu) as client:
        sent = client.get_task(lines["c1"]["task_id"]).input
        raw = client.get_task(lines["c2"]["task_id"]).input
    assert sent["seed"] == 42
    assert sent["enable_prompt_expansion"] is False
    assert sent["duration"] == "10"
    assert sent["image_url"].startswith(emu)  # uploaded from batch/frames/cat.png
    assert raw == {"prompt": "a dog", "duration": "6"}


def test_bad_rows_fail_before_any_request(capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path) -> None:
    """Each bad row is named (line, id, field, value, limit), and nothing at all is sent."""
    rows = [
        _wan("ok"),
        {**_wan("long"), "duration": 7},
        {"id": "opt", "model": WAN, "prompt": "p", "image": IMAGE, "sound": True},
    ]
    jobs = _jsonl(tmp_path / "jobs.jsonl", [*rows, {"model": WAN}])
    code, _, err = run(capsys, *_batch(jobs, emu))
    assert code == 2
    assert "3 bad row(s), nothing was sent" in error_line(err)
    assert "line 2 (id 'long')" in err
    assert "field input.duration, value 7, limit: one of 5, 10" in err
    assert "line 3 (id 'opt')" in err
    assert "sound" in err
    assert "line 4: id is required" in err
    assert _stats(emu)["requests"] == {}
    assert not (tmp_path / "results.jsonl").exists()


def test_dry_run_estimates_each_row_and_shows_unknown_prices(
    capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path
) -> None:
    """Per-row estimates from the shipped table, unpriced rows as unknown (never 0), the total and its source."""
    raw = {"id": "t2v", "model": UNPRICED, "input": {"prompt": "a dog", "duration": "6"}}
    jobs = _jsonl(tmp_path / "jobs.jsonl", [_wan("w"), {"id": "h", "model": PRO, "prompt": "x", "image": IMAGE}, raw])
    code, out, err = run(capsys, "batch", "run", str(jobs), "--dry-run", "--no-journal")
    assert code == 0, err
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "60-200" in rows["w"]
    assert "57" in rows["h"]
    assert "unknown" in rows["t2v"]
    assert rows["t2v"].split()[-1] == "unknown"  # no source: never a price of 0
    assert "total: 117-257 credits for 2 priced job(s); 1 of 3 job(s) unpriced (unknown, not counted)" in out
    assert "compiled 2026-11-28" in out
    assert "api-facts: kie.ai prices" in out
    assert _stats(emu)["requests"] == {}


def test_max_credits_refuses_to_start_past_the_estimate(
    capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path
) -> None:
    """Three Hailuo pro jobs at 57 credits pass a budget of 150: refused, nothing sent; --dry-run says so too."""
    jobs = _jsonl(
        tmp_path / "jobs.jsonl", [{"id": f"h{i}", "model": PRO, "prompt": "x", "image": IMAGE} for i in range(3)]
    )
    code, _, err = run(capsys, *_batch(jobs, emu, "--max-credits", "150"))
    assert code == 2
    assert "--max-credits 150: the 3 job(s) to create are estimated at 171 credits" in error_line(err)
    assert _stats(emu)["requests"] == {}
    code, _, err = run(capsys, "batch", "run", str(jobs), "--dry-run", "--max-credits", "150")
    assert code == 2
    assert "would refuse to start" in err


def test_max_credits_stops_submitting_once_spent(capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path) -> None:
    """Unpriced jobs run until the task records' credits (10 each) reach the budget; the rest are not sent."""
    rows = [{"id": f"u{i}", "model": UNPRICED, "input": {"prompt": f"u{i}", "duration": "6"}} for i in range(5)]
    jobs = _jsonl(tmp_path / "jobs.jsonl", rows)
    code, _, err = run(capsys, *_batch(jobs, emu, "--max-credits", "25", "--concurrency", "1"))
    assert code == 1
    assert "--max-credits reached: 2 job(s) not submitted" in err
    assert _stats(emu)["created_count"] == 3
    assert [line["id"] for line in _results(tmp_path / "results.jsonl")] == ["u0", "u1", "u2"]


def test_a_rerun_resumes_a_partial_run_and_never_resends_an_unknown_outcome(
    capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path
) -> None:
    """A job with a task is resumed; one left with createTask in flight is outcome_unknown and listed, never resent."""
    jobs = _jsonl(tmp_path / "jobs.jsonl", [_wan("done"), _wan("created"), _wan("lost"), _wan("new")])
    journal = tmp_path / "journal.sqlite3"
    with kie.Client(api_key="k", base_url=emu, journal=journal) as client:  # what a killed run leaves
        created = client.submit(WAN, prompt="p created", image=IMAGE, duration=5, job_id="batch:jobs.jsonl:created")
    with SqliteJournal(journal) as opened:
        body = {"model": WAN, "input": {"prompt": "p lost", "image_url": IMAGE}}
        opened.write(JobRecord(job_id="batch:jobs.jsonl:lost", state=JobState.INTENT, model=WAN, body=body))
    (tmp_path / "results.jsonl").write_text(
        '{"id": "done", "task_id": "t0", "state": "success"}\n{"id": "cut', encoding="utf-8"
    )
    code, _, err = run(capsys, *_batch(jobs, emu))
    assert code == 1
    lines = {line["id"]: line for line in _results(tmp_path / "results.jsonl")[1:]}
    assert set(lines) == {"created", "lost", "new"}
    assert lines["created"]["task_id"] == created.task_id
    assert lines["created"]["state"] == lines["new"]["state"] == "success"
    assert lines["lost"]["state"] == "outcome_unknown"
    assert f"created: task {created.task_id} resumed" in err
    assert _stats(emu)["created_count"] == 2  # "created" before the run, "new" by it
    code, out, _ = run(capsys, "tasks", "list", "--json", "--journal", str(journal))
    listed = {row["job_id"]: row for row in json.loads(out)}
    assert listed["batch:jobs.jsonl:lost"]["state"] == "outcome_unknown"
    assert listed["batch:jobs.jsonl:lost"]["body"] == body
    code, out, _ = run(capsys, "tasks", "list", "--pending", "--journal", str(journal))
    assert [line.split()[:2] for line in out.splitlines()] == [["outcome_unknown", "batch:jobs.jsonl:lost"]]


def test_sigterm_stops_submitting_and_the_rerun_finishes(tmp_path: Path) -> None:
    """SIGTERM: the createTask in flight is answered and journaled, exit 130 with a summary; a re-run finishes."""
    env = {"PATH": str(KIE_SCRIPT.parent), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    process, url = kill_trial.start_emulator(1.0, env)
    try:
        jobs = _jsonl(tmp_path / "jobs.jsonl", [_wan(f"s{i}") for i in range(6)])
        command = [str(KIE_SCRIPT), *_batch(jobs, url, "--concurrency", "2")]
        batch = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
        assert batch.stderr is not None
        first = batch.stderr.readline()  # the first task exists
        batch.send_signal(signal.SIGTERM)
        _, rest = batch.communicate(timeout=60)
        assert "created" in first
        assert batch.returncode == 130, rest
        assert "interrupted" in rest
        assert "re-run the same command to resume" in rest
        with SqliteJournal(tmp_path / "journal.sqlite3") as journal:
            assert journal.records((JobState.INTENT, JobState.OUTCOME_UNKNOWN)) == []
        again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        assert _stats(url)["created_count"] == 6
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_sigkill_at_random_moments_never_creates_a_job_twice(tmp_path: Path) -> None:
    """10 jobs, 3 seeded SIGKILLs, then a full run: at most one task per job (issue 10, Done when).

    createTask answers come 0.3 s late (the task exists at once), so kills land in flight.
    Every job ends success with an MP4 of its length, except jobs killed with createTask in
    flight: outcome_unknown, listed by kie tasks list, never resent, at most one per kill.
    """
    trial = kill_trial.run_trial(tmp_path, jobs=10, kills=3, seed=2024, task_seconds=1.0, slow_create=0.3)
    assert max(trial["tasks"].values()) == 1
    assert all(len(kill["left_unknown"]) <= 1 for kill in trial["kills"])
    unknown = {job for job, line in trial["results"].items() if line["state"] == "outcome_unknown"}
    assert {f"batch:jobs.jsonl:{job}" for job in unknown} == {
        k for kill in trial["kills"] for k in kill["left_unknown"]
    }
    listed = {row["job_id"]: row["state"] for row in trial["listed"]}
    for job, seconds in trial["seconds"].items():
        if job in unknown:
            assert listed[f"batch:jobs.jsonl:{job}"] == "outcome_unknown"
            assert trial["tasks"].get(job, 0) <= 1
        else:
            assert trial["results"][job]["state"] == "success"
            assert round(trial["durations"][job]) == seconds
    assert trial["final_exit"] == (1 if unknown else 0)
    assert kill_trial.verdict(trial) == []


def test_rate_limit_url_paces_creates_through_a_shared_limiter(
    capsys: pytest.CaptureFixture[str], emu: str, tmp_path: Path
) -> None:
    """--rate-limit-url sqlite:///PATH takes each createTask's permit from that file; a bad URL sends nothing."""
    jobs = _jsonl(tmp_path / "jobs.jsonl", [_wan("r1"), _wan("r2")])
    limits = tmp_path / "limits.sqlite3"
    code, _, err = run(capsys, *_batch(jobs, emu, "--rate-limit-url", f"sqlite:///{limits}"))
    assert code == 0, err
    assert limits.stat().st_size > 0
    assert _stats(emu)["created_count"] == 2
    other = _jsonl(tmp_path / "other.jsonl", [_wan("r3")])
    code, _, err = run(capsys, *_batch(other, emu, "--rate-limit-url", "ftp://limits.example"))
    assert code == 2
    assert "ftp://" in error_line(err)
    assert _stats(emu)["created_count"] == 2


def test_the_journal_is_required_except_for_a_dry_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--no-journal is refused for a real run (exit 2, nothing written), allowed with --dry-run."""
    monkeypatch.chdir(tmp_path)
    jobs = _jsonl(tmp_path / "jobs.jsonl", [_wan("n1")])
    code, _, err = run(capsys, "batch", "run", str(jobs), "--out", "r.jsonl", "--output-dir", "o", "--no-journal")
    assert code == 2
    assert "--no-journal only with --dry-run" in error_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jobs.jsonl"]
    code, out, _ = run(capsys, "batch", "run", str(jobs), "--dry-run", "--no-journal")
    assert code == 0
    assert out.splitlines()[1].split()[0] == "n1"
