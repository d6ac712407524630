"""1,000 concurrent ``create_task`` + ``wait`` on one ``AsyncClient`` against a raw httpx loop.

A canned server (its own process on 127.0.0.1) creates tasks that succeed
``--task-seconds`` (1.5 s) after creation. The library side is one
``kie.AsyncClient`` with default settings except ``rate_limit=None`` (the
account's 20 createTask per 10 s would make 1,000 jobs take 500 s on both
sides; pacing is measured by the tests, not here), running ``--jobs`` jobs of
``create_task`` then ``wait`` at once. The raw side is one ``httpx.AsyncClient``
with the same connection limit (httpx's default, 100, all kept alive) and a
semaphore of 100 around each request, as a careful hand-written loop has (without
it 1,000 requests queue inside httpcore's pool, whose bookkeeping is quadratic:
such a loop took 25-49 s a round here, 3x the library), doing the same requests at
the same instants as the library's schedule (first poll 2 s after create, then
10 s, then every 3.5 s) and checking each envelope. Figures: seconds until every
job is done; the notes count the library's failed jobs per round.

    python scripts/bench/concurrency.py [--rounds 5] [--jobs 1000] [--json]
"""

from __future__ import annotations

import asyncio
import collections
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from _common import canned_server, figure, interleave, parser, show

import kie

MODEL = "wan/2-5-image-to-video"
INPUT = {"prompt": "a cat surfing", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"}
RAW_SCHEDULE = (2.0, 8.0)  # the library's first two sleeps for a wan task (60 s typical); then 3.5 s


def library_round(base: str, jobs: int, failures: list[int]) -> Callable[[], float]:
    """A round of the library: a fresh client, ``jobs`` create+wait at once; seconds, failures noted."""

    async def job(client: kie.AsyncClient) -> str | None:
        try:
            task = await client.create_task(MODEL, INPUT)
            await client.wait(task.task_id)
        except kie.KieError as exc:
            return type(exc).__name__
        return None

    async def run() -> float:
        async with kie.AsyncClient(api_key="bench", base_url=base, rate_limit=None) as client:
            started = time.perf_counter()
            outcomes = await asyncio.gather(*(job(client) for _ in range(jobs)))
            seconds = time.perf_counter() - started
        errors = collections.Counter(o for o in outcomes if o is not None)
        failures.append(sum(errors.values()))
        if errors:
            print(f"  kie round with failures: {dict(errors)}")
        return seconds

    return lambda: asyncio.run(run())


def raw_round(base: str, jobs: int) -> Callable[[], float]:
    """A round of the raw loop: the same requests at the same instants, by hand."""

    async def job(http: httpx.AsyncClient, gate: asyncio.Semaphore) -> None:
        async with gate:
            answer = (await http.post(f"{base}/api/v1/jobs/createTask", json={"model": MODEL, "input": INPUT})).json()
        task_id = answer["data"]["taskId"]
        for poll in range(10_000):
            await asyncio.sleep(RAW_SCHEDULE[poll] if poll < len(RAW_SCHEDULE) else 3.5)
            async with gate:
                body = (await http.get(f"{base}/api/v1/jobs/recordInfo", params={"taskId": task_id})).json()
            if body["code"] != 200:
                raise RuntimeError(body)
            if body["data"]["state"] in ("success", "fail"):
                return

    async def run() -> float:
        headers = {"Authorization": "Bearer bench"}
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        async with httpx.AsyncClient(headers=headers, timeout=30.0, limits=limits) as http:
            gate = asyncio.Semaphore(100)
            started = time.perf_counter()
            await asyncio.gather(*(job(http, gate) for _ in range(jobs)))
            return time.perf_counter() - started

    return lambda: asyncio.run(run())


def main() -> None:
    """Run the figure and print it."""
    args = parser(__doc__, rounds=5)
    args.add_argument("--jobs", type=int, default=1000)
    args.add_argument("--task-seconds", type=float, default=1.5)
    options = args.parse_args()
    failures: list[int] = []
    with canned_server("--task-seconds", str(options.task_seconds)) as base:
        lib, raw = interleave(
            library_round(base, options.jobs, failures), raw_round(base, options.jobs), options.rounds
        )
    counted = failures[-options.rounds :]  # the warm-up round is not counted
    ratio = statistics.median(a / b for a, b in zip(lib, raw, strict=True))
    clean = sum(1 for f in counted if f == 0)
    notes: Any = f"rounds without a failed job: {clean} of {len(counted)} (failed jobs per round: {counted})"
    met = ratio <= 1.10 and clean == len(counted)
    fig = figure(
        f"{options.jobs} concurrent create+wait (async)",
        "s",
        lib,
        raw,
        target="<= 1.10x, 0 failures",
        met=met,
        notes=notes,
    )
    show([fig], options.json)


if __name__ == "__main__":
    main()
