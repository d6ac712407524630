"""Four real `kie batch run` processes on one account: a shared Redis limiter against per-process pacers (issue 10).

Done when: "Four `kie batch run` processes on four shards sharing `--rate-limit-url redis://...`
against `kie emulator --rate-limit 20/10`: 0 answers 429, and no window holds more than the
limit (from `/_emulator/tasks`). With per-process limiters instead, the same run gets 429s."
This runs ``scripts/fleet_trial.py``'s own code small: 4 shards of 5 jobs against a separate
``kie emulator --rate-limit 10/3`` process (one window for every client), a real Redis server.
The outcome comes from the emulator (``rate_limited_count``, ``/_emulator/tasks``) and each
job's RESULTS line, never from the batches' own word.

Why these sizes make the per-process half fail for the right reason: each process's own
pacer is the CLI's default (20 per 10 s), so it sends its 5 jobs at once; 5 alone never
passes the account's 10 per 3 s, so a 429 can only come from the processes not knowing of
each other (20 creates in all). The four start together and, even on a loaded 2-core machine,
send their creates within about 1 s of each other: a third of the window.
"""

from __future__ import annotations

import argparse
import collections
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .helpers import KIE_SCRIPT, load_script

fleet_trial = load_script("fleet_trial")

LIMIT, WINDOW = 10, 3.0  # the account: 10 createTask per 3 s (kie.ai's 20 per 10 s, scaled down)
PROCESSES, JOBS = 4, 20  # 5 jobs per process: each alone within the limit, twice the limit in all
SHARED_PERIOD = 3.75  # the shared limiter's window: 25 % over the account's (a loaded machine jitters)


@pytest.fixture(scope="module")
def account(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A ``kie emulator --rate-limit 10/3`` process (tasks take 0.3 s) for the module; its URL."""
    env = {"PATH": str(KIE_SCRIPT.parent), "HOME": str(tmp_path_factory.mktemp("home"))}
    process, url = fleet_trial.start_emulator(f"{LIMIT}/{WINDOW:g}", 0.3, 1000.0, env)
    yield url
    process.terminate()
    process.wait(timeout=30)


def run_fleet(work: Path, url: str, mode: str, rate_limit_url: str | None) -> dict[str, Any]:
    """Run the four shards at once (``fleet_trial.run_mode``); add the task of each job from the RESULTS lines."""
    args = argparse.Namespace(jobs=JOBS, processes=PROCESSES, concurrency=8, rate_limit=f"{LIMIT}/{WINDOW:g}")
    run: dict[str, Any] = fleet_trial.run_mode(work, url, mode, args, rate_limit_url)
    task_of: dict[str, str | None] = {}
    for results in sorted((work / mode).glob("*.results.jsonl")):
        for line in results.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            task_of[row["id"]] = row["task_id"]
    listed = httpx.get(f"{url}/_emulator/tasks").json()["data"]["tasks"]
    return {**run, "task_of": task_of, "task_ids": collections.Counter(task["taskId"] for task in listed)}


def test_four_batches_sharing_a_redis_limiter_get_no_429_and_one_task_per_job(
    account: str, redis_clean: str, tmp_path: Path
) -> None:
    """One ``--rate-limit-url redis://...?calls=10&period=3.75``: no 429, <= 10 creates per 3 s, each job once."""
    run = run_fleet(tmp_path, account, "shared", f"{redis_clean}?calls={LIMIT}&period={SHARED_PERIOD}")
    assert run["rate_limited_count"] == 0
    assert run["most_in_window"] <= LIMIT
    assert run["exits"] == [0] * PROCESSES
    assert run["states"] == {"success": JOBS}
    assert run["created"] == JOBS
    assert len(run["task_of"]) == JOBS
    assert sorted(run["task_of"].values()) == sorted(run["task_ids"])  # each job's task, and no other task
    assert set(run["task_ids"].values()) == {1}


def test_four_batches_with_their_own_pacers_are_refused(account: str, tmp_path: Path) -> None:
    """The same run without ``--rate-limit-url``: each process paces only itself, and the account answers 429."""
    assert JOBS // PROCESSES <= LIMIT  # one process alone never passes the limit: the 429s come from the fleet
    run = run_fleet(tmp_path, account, "local", None)
    assert run["rate_limited_count"] > 0
    assert run["most_in_window"] <= LIMIT  # the account let no more through: it refused the rest
    assert run["created"] <= JOBS  # a refused create is not a task: a job resent after a 429 is still created once
    assert all(count == 1 for count in run["task_ids"].values())
