"""Four worker processes of the library on one machine share an SQLite limiter file (10 createTask per second).

Each process builds its own ``kie.Client`` (the sync one, ``reserve()``) and
creates tasks against one emulator that enforces the account limit for all of
them: with ``kie.limits.from_url("sqlite:///...")`` no request is refused and no
second of createTimes holds more than 10. The Redis limiter, and the 429s of
per-process pacers, are shown with real ``kie batch run`` processes in
``tests/cli/test_batch_fleet.py`` (``scripts/fleet_trial.py`` at full size).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kie.emulator import Emulator, EmulatorConfig
from tests.test_limits import most_in_window

PROCESSES = 4
JOBS = 5  # per process: 20 creates, twice the per-second limit

WORKER = textwrap.dedent(
    """
    import json, sys
    import kie, kie.limits

    base_url, where, calls, period, jobs = sys.argv[1:6]
    limiter = kie.limits.from_url(where, calls=int(calls), period=float(period))
    body = {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5"}
    created = refused = 0
    with kie.Client(base_url=base_url, api_key="k", rate_limiter=limiter, max_retries=5) as client:
        print("ready", flush=True)
        sys.stdin.readline()  # every process starts at the same moment
        for _ in range(int(jobs)):
            try:
                client.create_task("wan/2-5-image-to-video", body)
                created += 1
            except kie.RateLimitError:
                refused += 1
    print(json.dumps({"created": created, "refused": refused}), flush=True)
    """
)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    """The account: 10 createTask per second across every client, served on loopback."""
    with Emulator(EmulatorConfig(rate_limit=(10, 1.0), fps=2)) as emu:
        yield emu


def run_fleet(emulator: Emulator, where: str, period: float) -> dict[str, int]:
    """Start the processes on the limiter URL ``where``, release them together; the emulator's view of what they did."""
    httpx.post(f"{emulator.url}/_emulator/reset").raise_for_status()
    args = [emulator.url, where, "10", str(period), str(JOBS)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(PROCESSES)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            assert worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        outcomes = [json.loads(worker.communicate(timeout=60)[0].splitlines()[-1]) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    stats = httpx.get(f"{emulator.url}/_emulator/stats").json()["data"]
    tasks = httpx.get(f"{emulator.url}/_emulator/tasks").json()["data"]["tasks"]
    return {
        "created": sum(outcome["created"] for outcome in outcomes),
        "rate_limited": stats["rate_limited_count"],
        "most_per_second": most_in_window([task["createTime"] for task in tasks], 1000),
        "tasks": len(tasks),
    }


def test_four_processes_sharing_an_sqlite_file_get_no_429(emulator: Emulator, tmp_path: Path) -> None:
    """One SQLite limiter file for four processes: every create passes, none is refused, <= 10 in any second."""
    result = run_fleet(emulator, f"sqlite:///{tmp_path}/limits.db", period=1.25)  # 25 % margin: a loaded machine
    assert result == {"created": 20, "rate_limited": 0, "most_per_second": 10, "tasks": 20}
