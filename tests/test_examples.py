"""The runnable scripts in ``examples/``: each one runs as a user would run it and says what it promised."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from kie.emulator.video import probe_mp4

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
JOB_LINE = re.compile(r"^job +(\d+) +(\S+) +(.*?)  task_id=(\S+)$", re.MULTILINE)


def run_example(name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``examples/<name>`` with this interpreter in ``cwd``, free of ``KIE_*`` settings from the environment."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KIE_", "APIKLEY_"))}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_batch_prints_one_line_per_job_and_a_summary(tmp_path: Path) -> None:
    """The batch example runs ten jobs over all four models and reports each one's state and task id."""
    result = run_example("batch.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    jobs = JOB_LINE.findall(result.stdout)
    assert [int(index) for index, *_ in jobs] == list(range(10))
    assert {model for _, model, _, _ in jobs} == {
        "wan/2-5-image-to-video",
        "kling-2.6/image-to-video",
        "hailuo/02-image-to-video-standard",
        "hailuo/02-image-to-video-pro",
    }
    assert all(outcome == "success" and task_id != "-" for _, _, outcome, task_id in jobs)
    assert "summary: 10 jobs, 10 succeeded, 0 failed" in result.stdout


def test_batch_survives_failed_tasks(tmp_path: Path) -> None:
    """With three injected task failures the batch still exits 0, reporting exactly three failed jobs with ids."""
    result = run_example("batch.py", "--inject-fault", "fail_task", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    jobs = JOB_LINE.findall(result.stdout)
    assert len(jobs) == 10
    failed = [(outcome, task_id) for _, _, outcome, task_id in jobs if outcome != "success"]
    assert len(failed) == 3
    assert all(outcome.startswith("TaskFailedError: ") and task_id != "-" for outcome, task_id in failed)
    assert "summary: 10 jobs, 7 succeeded, 3 failed" in result.stdout


def test_batch_refuses_fault_injection_without_its_emulator(tmp_path: Path) -> None:
    """``--inject-fault`` against a real provider is a usage error (exit 2) before anything is sent."""
    result = run_example("batch.py", "--provider", "kie", "--inject-fault", "500", cwd=tmp_path)
    assert result.returncode == 2
    assert "--inject-fault needs the emulator" in result.stderr
    assert "job " not in result.stdout


def test_callback_receiver_handles_each_task_once_despite_duplicates(tmp_path: Path) -> None:
    """Every signed callback arrives twice, each task is handled exactly once, and no signature is rejected."""
    result = run_example("callback_receiver.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    tasks = re.findall(r"^task (\w+) \((\S+)\): success, handled (\d+) time\(s\)$", result.stdout, re.MULTILINE)
    assert len(tasks) == 2
    assert all(handled == "1" for _, _, handled in tasks)
    assert result.stdout.count("handler: TaskInfo(") == 2
    assert "callbacks arrived: 4, handled: 2, duplicates ignored: 2" in result.stdout
    assert "signatures verified: rejected 0" in result.stdout


def test_upload_and_generate_writes_a_six_second_512p_mp4(tmp_path: Path) -> None:
    """The upload example uploads two frames, prints each state, and downloads a 6 s, 512-pixel-high MP4."""
    result = run_example("upload_and_generate.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(re.findall(r"^uploaded \S+\.png: http://127\.0\.0\.1:\d+/\S+$", result.stdout, re.MULTILINE)) == 2
    assert "  state: success" in result.stdout
    output = tmp_path / "hailuo.mp4"
    assert f"wrote hailuo.mp4 ({output.stat().st_size} bytes)" in result.stdout
    video = probe_mp4(output.read_bytes())
    assert video.duration == 6.0
    assert video.height == 512
