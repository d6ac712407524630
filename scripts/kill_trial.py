"""Kill ``kie batch run`` with SIGKILL at random moments, then run it to completion: is any job lost or paid twice?

A separate ``kie emulator`` process (``--task-seconds``) serves the API. The
batch (``--jobs`` Wan 2.5 jobs, 5 s and 10 s in turn, each prompt carrying its
job's marker) runs as a subprocess, killed ``--kills`` times, each after a
seeded-random 0.2-2 s; then one more run goes to the end. With ``--slow-create S``
the emulator creates each task at once but answers createTask S seconds later,
so more kills land while a createTask is in flight. The outcome comes
from the emulator and the files, not from the batch's own word: the tasks the
emulator created (``/_emulator/tasks``, each read back by recordInfo for its
prompt's marker), each saved MP4 probed with PyAV, the journal after each kill
(which jobs were left with createTask in flight) and ``kie tasks list --json``.

The bar (issue "Never lose a paid task", Done when): at most one task per job;
every job ``success`` with a playable MP4 of its duration, except jobs killed
with createTask in flight, ``outcome_unknown`` (listed by ``kie tasks list``,
never resent), at most one per kill.

    python scripts/kill_trial.py [--jobs 40] [--kills 5] [--seed 7] [--concurrency 4] [--slow-create S] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from kie.emulator.video import probe_mp4
from kie.journal import JobState, SqliteJournal

KIE = Path(sys.executable).with_name("kie")
MODEL = "wan/2-5-image-to-video"
IMAGE = "https://example.com/first-frame.png"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def start_emulator(task_seconds: float, env: dict[str, str], *options: str) -> tuple[subprocess.Popen[bytes], str]:
    """A ``kie emulator`` process (more ``options``, e.g. ``--rate-limit 20/10``) on a free loopback port.

    Returns it and its URL once it answers (``scripts/fleet_trial.py`` starts its emulator here too).
    """
    port = _free_port()
    command = [str(KIE), "emulator", "--port", str(port), "--task-seconds", str(task_seconds), *options]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/_emulator/stats", timeout=1).raise_for_status()
            return process, url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"kie emulator did not answer on {url}")


def write_jobs(path: Path, count: int) -> dict[str, int]:
    """``count`` jobs, 5 s and 10 s in turn; returns each job's requested seconds by id."""
    seconds = {f"job-{i:03d}": 5 if i % 2 == 0 else 10 for i in range(count)}
    with path.open("w", encoding="utf-8") as out:
        for job_id, duration in seconds.items():
            row = {"id": job_id, "model": MODEL, "prompt": f"kill trial {job_id}", "image": IMAGE}
            out.write(json.dumps({**row, "duration": duration, "resolution": "720p"}) + "\n")
    return seconds


def _unknown_jobs(journal: Path) -> set[str]:
    """Jobs of the journal left without a task id after a createTask went out (intent or outcome_unknown)."""
    if not journal.exists():
        return set()
    with SqliteJournal(journal) as opened:
        records = opened.records((JobState.INTENT, JobState.OUTCOME_UNKNOWN))
    return {r.job_id for r in records if r.task_id is None}


def tasks_by_job(url: str) -> collections.Counter[str]:
    """How many tasks the emulator created for each job (by the marker in each task's prompt)."""
    listed = httpx.get(f"{url}/_emulator/tasks", timeout=10).json()["data"]["tasks"]
    counts: collections.Counter[str] = collections.Counter()
    headers = {"Authorization": "Bearer trial"}
    for task in listed:
        record = httpx.get(f"{url}/api/v1/jobs/recordInfo", params={"taskId": task["taskId"]}, headers=headers)
        param = json.loads(record.json()["data"]["param"])
        data = param["input"] if isinstance(param["input"], dict) else json.loads(param["input"])
        counts[data["prompt"].removeprefix("kill trial ")] += 1
    return counts


def _batch(work: Path, url: str, concurrency: int) -> list[str]:
    return [
        str(KIE), "batch", "run", str(work / "jobs.jsonl"), "--out", str(work / "results.jsonl"),
        "--output-dir", str(work / "out"), "--journal", str(work / "journal.sqlite3"),
        "--provider", "emulator", "--base-url", url, "--concurrency", str(concurrency),
    ]  # fmt: skip


def _results(path: Path) -> dict[str, dict[str, Any]]:
    last: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        try:
            row = json.loads(line)
        except ValueError:  # a line a kill cut short
            continue
        last[row["id"]] = row
    return last


def _probe(row: dict[str, Any]) -> float | None:
    """The saved MP4's duration, seconds, or ``None`` when it is missing or does not play."""
    try:
        return probe_mp4(Path(row["path"]).read_bytes()).duration
    except (OSError, TypeError, ValueError):
        return None


def run_trial(work: Path, *, jobs: int = 10, kills: int = 3, seed: int = 7, concurrency: int = 4,
              task_seconds: float = 1.0, slow_create: float = 0.0) -> dict[str, Any]:  # fmt: skip
    """Run the trial in ``work``; return what happened (see ``verdict`` for the bar).

    Returns:
        ``seconds`` (requested, by job), ``kills`` (each: the delay, whether the
        batch was still running, the jobs newly left without a task id), ``final_exit``,
        ``tasks`` (created tasks by job), ``results`` (each job's last RESULTS line),
        ``durations`` (each saved MP4's probed seconds), ``listed`` (``kie tasks list --json``).

    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIE_")} | {"XDG_DATA_HOME": str(work / "data")}
    emulator, url = start_emulator(task_seconds, env)
    try:
        if slow_create > 0:  # the task is created (and charged) at once; its answer comes slow_create s later
            slow = {"fault": "slow", "count": 100 * jobs, "paths": ["/api/v1/jobs/createTask"], "when": "after"}
            httpx.post(f"{url}/_emulator/faults", json={**slow, "seconds": slow_create}).raise_for_status()
        seconds = write_jobs(work / "jobs.jsonl", jobs)
        rng = random.Random(seed)  # noqa: S311 - kill moments, not secrets: seeded to be replayed
        log = (work / "batch.log").open("ab")
        killed: list[dict[str, Any]] = []
        unknown: set[str] = set()
        for _ in range(kills):
            delay = rng.uniform(0.2, 2.0)
            batch = subprocess.Popen(_batch(work, url, concurrency), env=env, stdout=log, stderr=log)
            time.sleep(delay)
            running = batch.poll() is None
            batch.send_signal(signal.SIGKILL)
            batch.wait()
            now = _unknown_jobs(work / "journal.sqlite3")
            killed.append({"after_s": round(delay, 2), "running": running, "left_unknown": sorted(now - unknown)})
            unknown |= now
        final = subprocess.run(_batch(work, url, concurrency), env=env, stdout=log, stderr=log, timeout=600)
        listed = subprocess.run(
            [str(KIE), "tasks", "list", "--json", "--journal", str(work / "journal.sqlite3")],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        results = _results(work / "results.jsonl")
        return {
            "seconds": seconds,
            "kills": killed,
            "final_exit": final.returncode,
            "tasks": dict(tasks_by_job(url)),
            "results": results,
            "durations": {job_id: _probe(row) for job_id, row in results.items() if row["state"] == "success"},
            "listed": json.loads(listed.stdout),
        }
    finally:
        emulator.terminate()
        emulator.wait(timeout=30)


def verdict(trial: dict[str, Any]) -> list[str]:
    """What broke the bar (empty: the trial passed)."""
    problems = [f"{job}: {n} tasks" for job, n in trial["tasks"].items() if n > 1]
    problems += [
        f"kill {i + 1} left {k['left_unknown']}" for i, k in enumerate(trial["kills"]) if len(k["left_unknown"]) > 1
    ]
    listed = {row["job_id"]: row for row in trial["listed"]}
    for job, seconds in trial["seconds"].items():
        row = trial["results"].get(job, {})
        key = f"batch:jobs.jsonl:{job}"
        if row.get("state") == "outcome_unknown":
            if listed.get(key, {}).get("state") != "outcome_unknown":
                problems.append(f"{job}: outcome_unknown but kie tasks list shows {listed.get(key)}")
        elif row.get("state") != "success":
            problems.append(f"{job}: ended {row.get('state')} ({row.get('error')})")
        elif trial["durations"].get(job) is None or round(trial["durations"][job]) != seconds:
            problems.append(f"{job}: MP4 of {trial['durations'].get(job)} s, asked {seconds} s")
    return problems


def main() -> int:
    """Run the trial once and print its outcome; exit 1 when it broke the bar."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=40)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--task-seconds", type=float, default=1.0)
    parser.add_argument(
        "--slow-create", type=float, default=0.0, help="seconds the emulator holds each createTask answer"
    )
    parser.add_argument("--json", action="store_true", help="print the whole outcome as JSON")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kie-kill-trial-") as folder:
        trial = run_trial(Path(folder), jobs=args.jobs, kills=args.kills, seed=args.seed, concurrency=args.concurrency,
                          task_seconds=args.task_seconds, slow_create=args.slow_create)  # fmt: skip
    problems = verdict(trial)
    if args.json:
        print(json.dumps({**trial, "problems": problems}, indent=2, default=str))
    states = collections.Counter(row["state"] for row in trial["results"].values())
    slow = f", createTask answered {args.slow_create:g} s late" if args.slow_create else ""
    took = time.monotonic() - started
    print(f"kill trial: {args.jobs} jobs, {args.kills} SIGKILLs (seed {args.seed}){slow}, {took:.1f} s")
    for i, kill in enumerate(trial["kills"], start=1):
        left = kill["left_unknown"] or "none"
        print(f"  kill {i} after {kill['after_s']} s (batch running: {kill['running']}): left unknown: {left}")
    print(f"  final run exit {trial['final_exit']}; states {dict(states)}")
    print(f"  tasks created {sum(trial['tasks'].values())} for {len(trial['tasks'])} jobs; most for one job: "
          f"{max(trial['tasks'].values(), default=0)}")  # fmt: skip
    print("  PASS" if not problems else "  FAIL: " + "; ".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
