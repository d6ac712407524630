"""Benchmark: batches under every injected fault kind, and how fast a long task is noticed.

Prints figures; asserts nothing (run it, read it). For each fault kind a batch
of ``--jobs`` generate() jobs runs through ``AsyncClient.generate_many`` against
a fresh emulator whose fault queue strikes ``--strikes`` requests (createTask,
recordInfo and result downloads alike). It reports each job's terminal state,
how many tasks the emulator created per job (never more than one: createTask is
not resent after an ambiguous failure), and whether any created task's id was
not reported to the caller. Then a 60-second emulated task is waited for on a
driven clock, and the status requests and the delay before it was noticed are
reported.

    python scripts/bench_faults.py [--jobs 100] [--strikes 25]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import time
from typing import Any

import kie
from kie.emulator import Emulator, EmulatorConfig, ManualClock

MODEL = "wan/2-5-image-to-video"
# (kind, where): "any" strikes the first matching requests of any path (createTask first, as
# every job submits at once); "status" only recordInfo and result downloads; "after" createTask
# after the task was created (the ambiguous submit).
KINDS: list[tuple[str, str]] = [
    ("429", "any"),
    ("455", "any"),
    ("500", "any"),
    ("drop", "any"),
    ("slow", "any"),
    ("malformed", "any"),
    ("500", "status"),
    ("drop", "status"),
    ("malformed", "status"),
    ("slow", "status"),
    ("fail_task", "any"),
    ("500", "after"),
    ("drop", "after"),
]
STATUS_PATHS = ["/api/v1/jobs/recordInfo", "/files/"]


def _config() -> EmulatorConfig:
    return EmulatorConfig(waiting_s=0.05, queuing_s=0.05, generating_s=0.2, fps=2, credits=1e9)


async def run_batch(kind: str, when: str, jobs: int, strikes: int) -> dict[str, Any]:
    """Run one batch under one fault kind; return its figures."""
    with Emulator(_config()) as emulator:
        if kind == "fail_task":
            emulator.inject("fail_task", count=jobs // 10)
        elif when == "after":
            emulator.inject(kind, count=strikes, when="after", paths="/api/v1/jobs/createTask")
        else:
            paths = STATUS_PATHS if when == "status" else None
            emulator.inject(kind, count=strikes, paths=paths, retry_after=0.05, seconds=0.3)
        async with kie.AsyncClient(
            api_key="bench",
            base_url=emulator.url,
            upload_base_url=emulator.url,
            timeout=2.0,
            max_retries=4,
            rate_limit=None,
            poll_interval=0.05,
        ) as client:
            started = time.monotonic()
            batch = [
                {
                    "model": MODEL,
                    "prompt": f"job-{i}",
                    "image": "https://example.com/a.png",
                    "duration": 5,
                    "resolution": "720p",
                    "timeout": 60.0,
                }
                for i in range(jobs)
            ]
            results = await client.generate_many(batch, concurrency=25)
            elapsed = time.monotonic() - started
        tasks_by_job: dict[str, list[Any]] = collections.defaultdict(list)
        for task in emulator.state.tasks.values():
            tasks_by_job[task.body["input"]["prompt"]].append(task)
        outcomes: collections.Counter[str] = collections.Counter()
        wrong = lost = 0
        for result in results:
            created = tasks_by_job.get(f"job-{result.index}", [])
            outcome = type(result.error).__name__ if result.error else "success"
            outcomes[outcome] += 1
            ids = {t.task_id for t in created}
            if result.task_id is None and ids:
                lost += 1
            expected_fail = any(t.fail for t in created)
            correct = (
                len(created) <= 1
                and (result.task_id is None or result.task_id in ids)
                and (
                    (outcome == "success" and not expected_fail)
                    or (outcome == "TaskFailedError" and expected_fail)
                    or outcome == "SubmitUncertainError"
                )
            )
            wrong += not correct
        stats = emulator.state.stats()
        return {
            "fault": {"any": kind, "status": f"{kind} on status/downloads", "after": f"{kind} after create"}[when],
            "jobs": jobs,
            "outcomes": dict(outcomes),
            "wrong": wrong,
            "created": stats["created_count"],
            "max_per_job": max((len(v) for v in tasks_by_job.values()), default=0),
            "ids_lost": lost,
            "status_requests": stats["requests"].get("/api/v1/jobs/recordInfo", 0),
            "seconds": round(elapsed, 1),
        }


def long_task() -> dict[str, Any]:
    """Wait for a 60 s emulated task on a driven clock; report polls and how late it was noticed."""
    clock = ManualClock()
    config = EmulatorConfig(waiting_s=5.0, queuing_s=5.0, generating_s=50.0, fps=1)
    with Emulator(config) as emulator:
        emulator.state.clock = clock

        def sleep(seconds: float) -> None:
            clock.advance(seconds)
            emulator.state.wait_idle(5.0)  # the MP4 render is real work; let it finish

        with kie.Client(api_key="bench", base_url=emulator.url, clock=clock, sleep=sleep) as client:
            task = client.create_task(MODEL, {"prompt": "long", "image_url": "https://example.com/a.png"})
            info = client.wait(task.task_id, timeout=900)
        record = emulator.state.tasks[task.task_id]
        return {
            "task_seconds": 60,
            "state": info.state.value,
            "status_requests": emulator.state.stats()["requests"]["/api/v1/jobs/recordInfo"],
            "noticed_after_end_s": round(clock() - (record.finished_at or 0.0), 2),
        }


def main() -> None:
    """Run every scenario and print one line of figures per scenario."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--strikes", type=int, default=25)
    args = parser.parse_args()
    for kind, when in KINDS:
        print(asyncio.run(run_batch(kind, when, args.jobs, args.strikes)), flush=True)
    print(long_task())


if __name__ == "__main__":
    main()
