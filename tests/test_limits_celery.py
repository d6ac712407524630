"""``examples/celery_worker.py`` as a fleet: two real Celery workers, a real Redis, a real emulator, 20 jobs.

The workers (``celery -A examples.celery_worker worker -c 1``, one of them
running beat for ``reconcile``) share the Redis broker, the Redis rate limiter
and one SQLite journal; the example's callback receiver runs as its own process
and queues ``finalize``. Every job is created exactly once (counted by the
emulator), repeated submits return the same task, and every result is saved.
"""

from __future__ import annotations

import collections
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from celery import Celery  # type: ignore[import-untyped]  # Celery ships no type information

from kie.emulator import Emulator, EmulatorConfig
from kie.emulator.video import probe_mp4
from kie.journal import JobState, SqliteJournal

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "celery_worker.py"
JOBS = 20
MODEL = "wan/2-5-image-to-video"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _job(index: int) -> dict[str, object]:
    job_id = f"job-{index:02d}"
    return {"id": job_id, "model": MODEL, "prompt": f"celery {job_id}", "image": "https://example.com/cat.png"}


def _wait_listening(port: int, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the receiver exited"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port}")


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    """Warm shutdown (SIGTERM), then SIGKILL whatever is still running after 10 s."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def fleet(redis_clean: str, tmp_path: Path) -> Iterator[tuple[Emulator, dict[str, str], Path]]:
    """An emulator, the receiver and two workers (one with beat), all stopped at the end, even on failure."""
    emulator = Emulator(EmulatorConfig(fps=2, rate_limit=(20, 10.0))).start()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIE_", "CELERY_"))} | {
        "CELERY_BROKER_URL": redis_clean,
        "KIE_JOURNAL": str(tmp_path / "journal.sqlite3"),
        "KIE_BASE_URL": emulator.url,
        "KIE_API_KEY": "test-key",
        "CALLBACK_URL": f"http://127.0.0.1:{port}/",
        "RESULTS_DIR": str(tmp_path / "results"),
        "RECONCILE_SECONDS": "2",
        "PYTHONPATH": str(ROOT),
    }
    log = (tmp_path / "fleet.log").open("wb")
    worker = [sys.executable, "-m", "celery", "-A", "examples.celery_worker", "worker", "-c", "1", "--pool", "prefork"]
    quiet = ["--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        receiver = [sys.executable, str(EXAMPLE), "receiver", "--port", str(port)]
        processes.append(subprocess.Popen(receiver, cwd=ROOT, env=env, stdout=log, stderr=log))
        beat = ["-B", "--schedule", str(tmp_path / "beat-schedule")]
        for name, extra in (("w1", beat), ("w2", [])):
            command = [*worker, "-n", f"{name}@%h", *quiet, *extra]
            processes.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log))
        _wait_listening(port, processes[0])
        yield emulator, env, tmp_path
    finally:
        _stop(processes)
        log.close()
        emulator.stop()


def test_two_celery_workers_create_each_of_20_jobs_once(fleet: tuple[Emulator, dict[str, str], Path]) -> None:
    """20 queued jobs end downloaded, one task each; 5 repeated submits return the same tasks and create nothing."""
    emulator, env, folder = fleet
    (folder / "jobs.jsonl").write_text("".join(json.dumps(_job(i)) + "\n" for i in range(JOBS)))
    queued = subprocess.run(
        [sys.executable, str(EXAMPLE), "enqueue", str(folder / "jobs.jsonl")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert queued.stdout.strip() == f"queued {JOBS} jobs", queued.stderr
    journal = SqliteJournal(folder / "journal.sqlite3")
    deadline = time.monotonic() + 40
    while len(journal.records([JobState.DOWNLOADED])) < JOBS:
        assert time.monotonic() < deadline, (folder / "fleet.log").read_text(errors="replace")[-3000:]
        time.sleep(0.2)
    records = {record.job_id: record for record in journal.records()}
    with Celery(broker=env["CELERY_BROKER_URL"], backend=env["CELERY_BROKER_URL"]) as app:
        repeats = [app.send_task("kie_fleet.submit", args=[f"job-{i:02d}", MODEL], kwargs={}) for i in range(5)]
        assert [result.get(timeout=20) for result in repeats] == [records[f"job-{i:02d}"].task_id for i in range(5)]
    tasks = httpx.get(f"{emulator.url}/_emulator/tasks").json()["data"]["tasks"]
    assert len(tasks) == JOBS
    assert {task["state"] for task in tasks} == {"success"}
    prompts = collections.Counter(emulator.state.tasks[task["taskId"]].body["input"]["prompt"] for task in tasks)
    assert prompts == {f"celery job-{i:02d}": 1 for i in range(JOBS)}
    assert {records[f"job-{i:02d}"].state for i in range(JOBS)} == {JobState.DOWNLOADED}
    saved = sorted((folder / "results").glob("*.mp4"))
    assert [path.stem for path in saved] == sorted(task["taskId"] for task in tasks)
    assert all(probe_mp4(path.read_bytes()).frames > 0 for path in saved)
    journal.close()
