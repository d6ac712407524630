"""Benchmark: batches under every injected fault kind, on both clients, and how fast a long task is noticed.

Prints figures as a markdown table; asserts nothing (run it, read it). For each
fault kind and each ``when`` the fault model allows (before createTask answers,
on status/download paths only, or after the task was created), a batch of
``--jobs`` generate() jobs runs through ``generate_many`` on ``kie.Client``
(threads) and ``kie.AsyncClient`` (tasks) against a fresh emulator whose fault
queue strikes ``--strikes`` requests. Each row counts:

* jobs with more than one created task (must be 0: createTask is never resent
  after an ambiguous failure);
* task ids lost: a created task whose id did not reach the caller although the
  createTask answer did (must be 0; a fault that destroys the answer itself is
  counted apart as "unknowable");
* errors outside ``KieError``'s tree (the generic wrapper for a surprise);
* emulator tracebacks (log records with exception info from the server).

Then a 60-second emulated task is waited for on a driven clock.

    python scripts/bench_faults.py [--jobs 1000] [--strikes 250] [--clients sync,async]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import time
from collections.abc import Callable
from typing import Any

import kie
from kie.emulator import Emulator, EmulatorConfig, ManualClock

MODEL = "wan/2-5-image-to-video"
# (kind, when): "before" strikes the first matching requests of any path (createTask first, as
# every job submits at once); "status" only recordInfo and result files; "after" createTask
# after the task was created (the ambiguous submit). 429/433/455 mean "not created" (vendor
# docs), so they have no "after".
KINDS: list[tuple[str, str]] = [
    ("429", "before"),
    ("455", "before"),
    ("500", "before"),
    ("drop", "before"),
    ("slow", "before"),
    ("malformed", "before"),
    ("500", "status"),
    ("drop", "status"),
    ("slow", "status"),
    ("malformed", "status"),
    ("500", "after"),
    ("drop", "after"),
    ("slow", "after"),
    ("malformed", "after"),
    ("fail_task", "before"),
]
STATUS_PATHS = ["/api/v1/jobs/recordInfo", "/files/"]
ANSWER_LOST = {("500", "after"), ("drop", "after"), ("malformed", "after")}  # the task exists, its id cannot arrive


class TracebackCounter(logging.Handler):
    """Counts log records that carry an exception (a traceback in the server's log)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count ``record`` when it has exception info."""
        if record.exc_info:
            self.count += 1


def _config() -> EmulatorConfig:
    return EmulatorConfig(waiting_s=0.05, queuing_s=0.05, generating_s=0.2, fps=1, credits=1e9)


def _inject(emulator: Emulator, kind: str, when: str, jobs: int, strikes: int) -> None:
    if kind == "fail_task":
        emulator.inject("fail_task", count=jobs // 10)
    elif when == "after":
        emulator.inject(kind, count=strikes, when="after", paths="/api/v1/jobs/createTask", seconds=0.3)
    else:
        paths = STATUS_PATHS if when == "status" else None
        emulator.inject(kind, count=strikes, paths=paths, retry_after=0.05, seconds=0.3)


def _jobs(count: int) -> list[dict[str, Any]]:
    return [
        {
            "model": MODEL,
            "prompt": f"job-{i}",
            "image": "https://example.com/a.png",
            "duration": 5,
            "resolution": "720p",
            "timeout": 120.0,
        }
        for i in range(count)
    ]


CLIENT_SETTINGS: dict[str, Any] = {
    "api_key": "bench",
    "timeout": 2.0,
    "max_retries": 4,
    "rate_limit": None,
    "poll_interval": 0.05,
}


def _run_sync(url: str, jobs: int) -> list[kie.JobResult]:
    with kie.Client(base_url=url, **CLIENT_SETTINGS) as client:
        return client.generate_many(_jobs(jobs), concurrency=25)


def _run_async(url: str, jobs: int) -> list[kie.JobResult]:
    async def run() -> list[kie.JobResult]:
        async with kie.AsyncClient(base_url=url, **CLIENT_SETTINGS) as client:
            return await client.generate_many(_jobs(jobs), concurrency=25)

    return asyncio.run(run())


RUNNERS: dict[str, Callable[[str, int], list[kie.JobResult]]] = {"sync": _run_sync, "async": _run_async}


def _judge(results: list[kie.JobResult], emulator: Emulator, answer_lost: bool) -> dict[str, Any]:
    tasks_by_job: dict[str, list[Any]] = collections.defaultdict(list)
    for task in emulator.state.tasks.values():
        tasks_by_job[task.body["input"]["prompt"]].append(task)
    outcomes: collections.Counter[str] = collections.Counter()
    lost = unknowable = outside = 0
    for result in results:
        created = tasks_by_job.get(f"job-{result.index}", [])
        outcomes["success" if result.ok else type(result.error).__name__] += 1
        outside += int(type(result.error) is kie.KieError)  # the wrapper for an error from outside the tree
        if created and result.task_id is None:
            uncertain = isinstance(result.error, kie.SubmitUncertainError)
            if uncertain and answer_lost:
                unknowable += 1
            else:
                lost += 1
    return {
        "outcomes": dict(outcomes),
        "more_than_one_task": sum(len(v) > 1 for v in tasks_by_job.values()),
        "ids_lost": lost,
        "unknowable": unknowable,
        "outside_kie_error": outside,
    }


def run_batch(client: str, kind: str, when: str, jobs: int, strikes: int) -> dict[str, Any]:
    """Run one batch under one fault kind on one client; return its figures."""
    counter = TracebackCounter()
    loggers = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.error", "starlette", "kie.emulator")]
    for logger in loggers:
        logger.addHandler(counter)
    try:
        with Emulator(_config()) as emulator:
            _inject(emulator, kind, when, jobs, strikes)
            started = time.monotonic()
            results = RUNNERS[client](emulator.url, jobs)
            elapsed = time.monotonic() - started
            figures = _judge(results, emulator, (kind, when) in ANSWER_LOST)
            created = emulator.state.stats()["created_count"]
    finally:
        for logger in loggers:
            logger.removeHandler(counter)
    return {
        "client": client,
        "fault": kind,
        "when": when,
        "jobs": jobs,
        "created": created,
        **figures,
        "tracebacks": counter.count,
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


COLUMNS = [
    "client",
    "fault",
    "when",
    "jobs",
    "created",
    "more_than_one_task",
    "ids_lost",
    "unknowable",
    "outside_kie_error",
    "tracebacks",
    "seconds",
    "outcomes",
]


def main() -> None:
    """Run every scenario and print a markdown table, one row per client and fault."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--strikes", type=int, default=250)
    parser.add_argument("--clients", default="sync,async")
    args = parser.parse_args()
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for kind, when in KINDS:
        for client in args.clients.split(","):
            row = run_batch(client, kind, when, args.jobs, args.strikes)
            print("| " + " | ".join(str(row[c]) for c in COLUMNS) + " |", flush=True)
    print()
    print(long_task())


if __name__ == "__main__":
    main()
