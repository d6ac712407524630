"""Four worker processes on one account (issue 10, "Done when", scaled down to 10 createTask per second).

Each process builds its own client and creates tasks against one emulator that
enforces the account limit for all of them. With one shared limiter (Redis, or
an SQLite file on one machine) no request is refused and no second of
createTimes holds more than 10; with a ``Pacer`` per process (the default)
the same run is refused with 429s. ``scripts/fleet_trial.py`` runs the full size.
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

    base_url, kind, where, calls, period, jobs = sys.argv[1:7]
    if kind == "pacer":
        limiter = kie.limits.Pacer(int(calls), float(period))
    else:
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


def run_fleet(emulator: Emulator, kind: str, where: str, period: float) -> dict[str, int]:
    """Start the processes, release them together, and return the emulator's view of what they did."""
    httpx.post(f"{emulator.url}/_emulator/reset").raise_for_status()
    args = [emulator.url, kind, where, "10", str(period), str(JOBS)]
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


def test_four_processes_sharing_redis_get_no_429_and_no_second_over_the_limit(
    emulator: Emulator, redis_clean: str
) -> None:
    """One RedisRateLimiter URL for four processes: every create passes, none is refused, <= 10 in any second."""
    result = run_fleet(emulator, "shared", redis_clean, period=1.25)  # 25 % margin: a loaded test machine jitters
    assert result == {"created": 20, "rate_limited": 0, "most_per_second": 10, "tasks": 20}


def test_four_processes_with_their_own_pacers_are_refused(emulator: Emulator) -> None:
    """The same run with a ``Pacer`` per process sends up to 40 a second: the account answers 429."""
    result = run_fleet(emulator, "pacer", "", period=1.0)
    assert result["rate_limited"] > 0
    assert result["most_per_second"] == 10  # the emulator let no more through, refusing the rest


def test_four_processes_sharing_an_sqlite_file_get_no_429(emulator: Emulator, tmp_path: Path) -> None:
    """On one machine an SQLite file does the same as Redis: no 429, <= 10 creates in any second."""
    result = run_fleet(emulator, "shared", f"sqlite:///{tmp_path}/limits.db", period=1.25)
    assert result == {"created": 20, "rate_limited": 0, "most_per_second": 10, "tasks": 20}
