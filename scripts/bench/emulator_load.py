"""A test suite's load on ``kie emulator``: 10,000 tasks created over HTTP until every one reports ``success``.

``kie emulator`` runs as its own process (``--port 0 --task-seconds 0.1``), as
a test suite or a CI job starts it. One ``httpx.AsyncClient`` creates
``--tasks`` tasks through ``POST /api/v1/jobs/createTask`` with at most
``--concurrency`` workers (4: httpx's pool bookkeeping grows with its
connections, and one loop of 4 keeps the emulator busy), cycling over every
bundled model's request example (each distinct size, length and format is
rendered once: the emulator does not draw prompts by default), then polls
``GET /_emulator/stats`` until every task is ``success``
(``--poll record-info`` asks each task's recordInfo instead, as a client
would), and checks a sample of records (``resultJson`` ``{"resultUrls": [...]}``,
the file answering with the media). Figures: the wall time from the first
createTask to the last success, seconds, against a 30 s budget, and the
emulator's peak resident memory (``VmHWM`` of ``/proc/PID/status``), MiB,
against 150 MiB; the notes give the emulator's render count and cache hits, and
the CPU seconds of the emulator and of this client (the machine is shared: its
other load shows in the wall time only).

    python scripts/bench/emulator_load.py [--tasks 10000] [--concurrency 4] [--poll stats|record-info] [--json]
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from _common import figure, parser, show

import kie

MODELS = tuple(kie.MODELS)
WALL_BUDGET_S = 30.0
RSS_BUDGET_MIB = 150.0
_BANNER = re.compile(r"kie emulator on (http://\S+)")


@contextlib.contextmanager
def emulator_process(task_seconds: float) -> Iterator[tuple[str, int]]:
    """Start ``kie emulator --port 0`` in its own process; yield ``(base_url, pid)``; stop it after."""
    command = [sys.executable, "-m", "kie.cli", "emulator", "--port", "0", "--task-seconds", str(task_seconds)]
    command += ["--credits", "1e9"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None  # noqa: S101 - Popen was given stderr=PIPE
        for line in process.stderr:
            found = _BANNER.search(line)
            if found:
                break
        else:
            raise RuntimeError("kie emulator exited before it served")
        print(f"kie emulator pid {process.pid} on {found.group(1)}", file=sys.stderr, flush=True)
        yield found.group(1), process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident set (``VmHWM``), MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    kib = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE).group(1))  # type: ignore[union-attr]
    return kib / 1024


def cpu_seconds(pid: int) -> float:
    """The process's CPU time so far (user + system, all threads), seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def requests(count: int) -> list[dict[str, Any]]:
    """``count`` createTask bodies over the bundled models' request examples."""
    bodies = []
    for index in range(count):
        model = MODELS[index % len(MODELS)]
        example = kie.MODELS[model].example or {"input": {}}
        bodies.append({"model": model, "input": dict(example["input"])})
    return bodies


async def create_all(http: httpx.AsyncClient, bodies: list[dict[str, Any]], concurrency: int) -> list[str]:
    """Create every task with ``concurrency`` workers (one request in flight each); their ids, in order.

    Workers pulling from one list keep httpx's pool small and its queue empty: 10,000
    requests gathered at once make the pool's per-request bookkeeping the bottleneck.
    """
    task_ids = [""] * len(bodies)
    upcoming = iter(range(len(bodies)))

    async def worker() -> None:
        for index in upcoming:
            answer = (await http.post("/api/v1/jobs/createTask", json=bodies[index])).json()
            if answer.get("code") != 200:
                raise RuntimeError(f"createTask refused: {answer}")
            task_ids[index] = str(answer["data"]["taskId"])

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return task_ids


async def record(http: httpx.AsyncClient, task_id: str) -> dict[str, Any]:
    """One task's recordInfo ``data``."""
    answer = (await http.get("/api/v1/jobs/recordInfo", params={"taskId": task_id})).json()
    if answer.get("code") != 200:
        raise RuntimeError(f"recordInfo refused: {answer}")
    data: dict[str, Any] = answer["data"]
    return data


async def wait_stats(http: httpx.AsyncClient, count: int) -> dict[str, Any]:
    """Poll ``/_emulator/stats`` until ``count`` tasks are ``success``; the last stats."""
    while True:
        stats: dict[str, Any] = (await http.get("/_emulator/stats")).json()["data"]
        states = stats["tasks_by_state"]
        if states.get("fail"):
            raise RuntimeError(f"tasks failed: {states}")
        if states.get("success", 0) >= count:
            return stats
        await asyncio.sleep(0.25)


async def wait_records(http: httpx.AsyncClient, task_ids: list[str], concurrency: int) -> None:
    """Poll each task's recordInfo (``concurrency`` in flight) until all are ``success``."""
    gate = asyncio.Semaphore(concurrency)

    async def wait(task_id: str) -> None:
        while True:
            async with gate:
                state = (await record(http, task_id))["state"]
            if state == "success":
                return
            if state == "fail":
                raise RuntimeError(f"task {task_id} failed")
            await asyncio.sleep(0.2)

    await asyncio.gather(*(wait(task_id) for task_id in task_ids))


async def check_sample(http: httpx.AsyncClient, task_ids: list[str], size: int = 20) -> None:
    """A sample of records has ``resultJson`` ``{"resultUrls": [...]}`` whose file answers with media."""
    for task_id in random.sample(task_ids, min(size, len(task_ids))):
        data = await record(http, task_id)
        url = json.loads(data["resultJson"])["resultUrls"][0]
        body = (await http.get(url)).content
        if kie.media.sniff_mime(body[:16]) is None:
            raise RuntimeError(f"{url} answered {body[:16]!r}, not media")


async def run(base: str, options: Any) -> tuple[float, dict[str, Any]]:
    """Create the tasks and wait for them; ``(wall seconds, the emulator's last stats)``."""
    bodies = requests(options.tasks)
    limits = httpx.Limits(max_connections=options.concurrency, max_keepalive_connections=options.concurrency)
    headers = {"Authorization": "Bearer bench"}
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=60.0) as http:
        started = time.perf_counter()
        task_ids = await create_all(http, bodies, options.concurrency)
        print(f"  created {len(task_ids):,} tasks in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        if options.poll == "record-info":
            await wait_records(http, task_ids, options.concurrency)
        stats = await wait_stats(http, len(task_ids))
        seconds = time.perf_counter() - started
        await check_sample(http, task_ids)
    return seconds, stats


def main() -> None:
    """Run the load once and print the two figures."""
    args = parser(__doc__, rounds=1)
    args.add_argument("--tasks", type=int, default=10_000)
    args.add_argument("--concurrency", type=int, default=4, help="requests in flight (default 4)")
    args.add_argument("--task-seconds", type=float, default=0.1, help="the emulator's task clock (default 0.1)")
    args.add_argument("--poll", choices=("stats", "record-info"), default="stats")
    options = args.parse_args()
    walls: list[float] = []
    peaks: list[float] = []
    for _ in range(options.rounds):
        with emulator_process(options.task_seconds) as (base, pid):
            started = (cpu_seconds(pid), time.process_time())
            seconds, stats = asyncio.run(run(base, options))
            walls.append(seconds)
            peaks.append(peak_rss_mib(pid))
            cpu = (cpu_seconds(pid) - started[0], time.process_time() - started[1])
    notes = (
        f"renders {stats.get('renders', '?')}, render cache hits {stats.get('render_cache_hits', '?')}; "
        f"CPU of the last round: emulator {cpu[0]:.1f} s, this client {cpu[1]:.1f} s"
    )
    name = f"emulator: {options.tasks:,} tasks to success"
    figures = [
        figure(name, "s", walls, [WALL_BUDGET_S] * len(walls), raw_name="budget",
               target=f"<= {WALL_BUDGET_S:g} s", met=max(walls) <= WALL_BUDGET_S, notes=notes),
        figure("emulator: peak RSS under that load", "MiB", peaks, [RSS_BUDGET_MIB] * len(peaks),
               raw_name="budget", target=f"<= {RSS_BUDGET_MIB:g} MiB", met=max(peaks) <= RSS_BUDGET_MIB),
    ]  # fmt: skip
    show(figures, options.json)


if __name__ == "__main__":
    main()
