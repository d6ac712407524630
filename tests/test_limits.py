"""``kie.limits``: the createTask limit shared through a real Redis server or an SQLite file, on both clients."""

from __future__ import annotations

import asyncio
import contextlib
import pickle
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

import kie
import kie.journal
import kie.limits
from kie.emulator import Emulator, EmulatorConfig
from tests.cli.helpers import load_script

BODY: dict[str, Any] = {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5"}
MODEL = "wan/2-5-image-to-video"


most_in_window = load_script("fleet_trial").most_in_window  # the fleet trial's own count of a window


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    """One emulator enforcing 5 createTask per 0.5 s for every client, on loopback."""
    with Emulator(EmulatorConfig(rate_limit=(5, 0.5), fps=2)) as emu:
        yield emu


@pytest.fixture
def fresh(emulator: Emulator) -> Emulator:
    """The module's emulator with no tasks, no refusals and its rate window empty."""
    emulator.state.reset()
    return emulator


def png() -> bytes:
    """A small PNG image to upload."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "orange").save(buffer, "PNG")
    return buffer.getvalue()


def zcard(url: str, key: str = "kie:create_task") -> int:
    """How many permits the Redis log holds."""
    with redis.Redis.from_url(url) as client:
        count: int = client.zcard(key)
        return count


def test_threads_sharing_a_redis_limiter_never_exceed_the_account_limit(redis_clean: str, fresh: Emulator) -> None:
    """Eight threads, each with its own client, create 20 tasks through one Redis log: no 429, no window over 5."""
    limiter = kie.limits.RedisRateLimiter(redis_clean, calls=5, period=0.625)  # 25 % margin on a busy test machine

    def worker() -> None:
        with kie.Client(base_url=fresh.url, api_key="k", rate_limiter=limiter, max_retries=0) as client:
            for _ in range(2 if threading.current_thread().name != "w0" else 6):
                client.create_task(MODEL, BODY)

    threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert fresh.state.stats()["rate_limited_count"] == 0
    assert fresh.state.created_count == 20
    assert most_in_window([task.create_ms for task in fresh.state.tasks.values()], 500) <= 5
    limiter.close()


def test_status_polls_uploads_and_credits_never_take_a_permit(redis_clean: str, fresh: Emulator) -> None:
    """Only createTask counts: after one create, polls, a wait, an upload and a credits call, the log holds one."""
    with kie.Client(base_url=fresh.url, api_key="k", rate_limiter=redis_clean, poll_interval=0.05) as client:
        task = client.create_task(MODEL, BODY)
        for _ in range(5):
            client.get_task(task.task_id)
        assert client.wait(task.task_id, timeout=30).state is kie.TaskState.SUCCESS
        client.upload(png())
        client.get_credits()
    assert zcard(redis_clean) == 1


async def test_async_client_waits_for_a_permit_without_blocking_the_loop(redis_clean: str, fresh: Emulator) -> None:
    """While an ``AsyncClient`` waits ~0.5 s for a Redis permit, other coroutines of its loop keep running."""
    limiter = kie.limits.RedisRateLimiter(redis_clean, calls=1, period=0.5)
    ticks = 0
    done = asyncio.Event()

    async def heartbeat() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0.01)

    async with kie.AsyncClient(base_url=fresh.url, api_key="k", rate_limiter=limiter) as client:
        await client.create_task(MODEL, BODY)  # takes the only permit of the next 0.5 s
        beating = asyncio.create_task(heartbeat())
        started = time.monotonic()
        await client.create_task(MODEL, BODY)
        waited = time.monotonic() - started
        done.set()
        await beating
    await limiter.aclose()
    assert waited >= 0.3  # it did wait for the permit...
    assert ticks >= 5  # ...and the loop ran the heartbeat meanwhile (a blocked loop gives 1 or 2)
    assert fresh.state.stats()["rate_limited_count"] == 0


def test_permits_are_stamped_with_the_redis_servers_clock(redis_clean: str) -> None:
    """The log's timestamps are the Redis server's time (TIME), not the client's, so clients need no common clock."""
    limiter = kie.limits.RedisRateLimiter(redis_clean)
    assert limiter.reserve() == 0.0
    with redis.Redis.from_url(redis_clean) as client:
        ((_, stamp),) = client.zrange("kie:create_task", 0, -1, withscores=True)
        seconds, micros = client.time()
    assert abs(stamp - (seconds * 1000 + micros // 1000)) < 1000
    limiter.close()


def test_a_pickled_limiter_shares_the_same_log(redis_clean: str, tmp_path: Path) -> None:
    """A copy (multiprocessing, Celery) opens its own connection and counts in the same key; so does SQLite."""
    for limiter in (kie.limits.RedisRateLimiter(redis_clean, calls=2, period=30), kie.limits.from_url(tmp_path / "l")):
        assert limiter.reserve() == 0.0
        copy = pickle.loads(pickle.dumps(limiter))  # noqa: S301 - our own bytes, as multiprocessing sends them
        assert copy.reserve() == 0.0
        assert repr(copy) == repr(limiter)
        copy.close()
        limiter.close()
    assert zcard(redis_clean) == 2


def test_sqlite_limiter_counts_threads_of_one_process_exactly(tmp_path: Path) -> None:
    """Eight threads take 12 permits of 4 per 0.4 s from one SQLite file: the log never holds 5 in a window."""
    limiter = kie.limits.SqliteRateLimiter(tmp_path / "limits.db", calls=4, period=0.4)
    threads = [threading.Thread(target=lambda: [limiter.reserve() for _ in range(3)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    import sqlite3

    with sqlite3.connect(tmp_path / "limits.db") as db:
        stamps = [row[0] for row in db.execute("SELECT item_timestamp FROM kie_create_task")]
    limiter.close()
    assert 4 <= len(stamps) <= 12  # entries older than the window are dropped as it moves
    assert most_in_window(stamps, 400) <= 4


def test_from_url_picks_the_limiter_and_never_shows_a_password(tmp_path: Path) -> None:
    """redis:// and rediss:// give Redis, sqlite:/// and paths give SQLite; a password never reaches a repr."""
    redis_limiter = kie.limits.from_url("redis://user:s3cret@127.0.0.1:6379/2")
    assert isinstance(redis_limiter, kie.limits.RedisRateLimiter)
    assert (redis_limiter.calls, redis_limiter.period) == (20, 10.5)
    assert "s3cret" not in repr(redis_limiter)
    assert "user:***@127.0.0.1:6379" in repr(redis_limiter)
    assert isinstance(kie.limits.from_url("rediss://h:6380/0", key="acct-2"), kie.limits.RedisRateLimiter)
    sqlite_limiter = kie.limits.from_url(f"sqlite:///{tmp_path}/a.db", calls=3)
    assert isinstance(sqlite_limiter, kie.limits.SqliteRateLimiter)
    assert sqlite_limiter.path == tmp_path / "a.db"
    assert sqlite_limiter.calls == 3
    assert kie.limits.from_url(tmp_path / "b.db").path == tmp_path / "b.db"  # type: ignore[attr-defined]
    with pytest.raises(kie.ConfigurationError, match="redis://") as info:
        kie.limits.from_url("memcached://u:s3cret@host")
    assert "s3cret" not in str(info.value)
    for limiter in (kie.limits.Pacer(), redis_limiter, sqlite_limiter):
        assert isinstance(limiter, kie.limits.RateLimiter)


def test_from_url_reads_a_limit_other_than_the_accounts_from_the_query(tmp_path: Path) -> None:
    """``?calls=&period=&key=`` (``table=`` for SQLite) set the limiter; redis-py's own options stay in the URL."""
    limiter = kie.limits.from_url("redis://:pw@h:6379/0?calls=10&period=2.1&key=acct-2&socket_timeout=3")
    assert isinstance(limiter, kie.limits.RedisRateLimiter)
    assert (limiter.calls, limiter.period, limiter.key) == (10, 2.1, "acct-2")
    assert limiter.url == "redis://:pw@h:6379/0?socket_timeout=3"
    sqlite_limiter = kie.limits.from_url(f"sqlite:///{tmp_path}/c.db?calls=3&table=acct_2")
    assert isinstance(sqlite_limiter, kie.limits.SqliteRateLimiter)
    assert (sqlite_limiter.path, sqlite_limiter.calls, sqlite_limiter.table) == (tmp_path / "c.db", 3, "acct_2")
    with pytest.raises(kie.ConfigurationError, match="calls='x'"):
        kie.limits.from_url("redis://h/0?calls=x")


def test_an_unreachable_redis_fails_the_create_before_anything_is_sent(fresh: Emulator) -> None:
    """A Redis that does not answer raises ``RateLimiterError`` (no password in it) and no task is created."""
    url = "redis://user:s3cret@127.0.0.1:9/0"  # the discard port: nothing listens
    with (
        kie.Client(base_url=fresh.url, api_key="k", rate_limiter=url) as client,
        pytest.raises(kie.limits.RateLimiterError, match=r"127\.0\.0\.1:9") as info,
    ):
        client.create_task(MODEL, BODY)
    assert "s3cret" not in str(info.value)
    assert fresh.state.created_count == 0


def test_a_limiter_outage_leaves_the_job_free_to_be_sent_later(
    redis_clean: str, fresh: Emulator, tmp_path: Path
) -> None:
    """A limiter that is down records nothing: the same ``job_id`` is created once it is back.

    The permit comes before the journal's intent, so the outage is not taken for createTask saying no.
    """
    journal = tmp_path / "journal.sqlite3"
    down = "redis://127.0.0.1:9/0"  # the discard port: nothing listens
    with (
        kie.Client(base_url=fresh.url, api_key="k", rate_limiter=down, journal=journal) as client,
        pytest.raises(kie.limits.RateLimiterError),
    ):
        client.create_task(MODEL, BODY, job_id="row-1")
    with kie.journal.SqliteJournal(journal) as stored:
        assert stored.get("row-1") is None
    with kie.Client(base_url=fresh.url, api_key="k", rate_limiter=redis_clean, journal=journal) as client:
        task = client.create_task(MODEL, BODY, job_id="row-1")
    assert fresh.state.created_count == 1
    with kie.journal.SqliteJournal(journal) as stored:
        record = stored.get("row-1")
    assert record is not None
    assert record.task_id == task.task_id


def test_kie_rate_limit_url_is_read_when_the_client_is_built(
    redis_clean: str, fresh: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Env ``KIE_RATE_LIMIT_URL`` gives every new client the shared limiter; without it, an in-process ``Pacer``."""
    assert isinstance(kie.Client(base_url=fresh.url, api_key="k").rate_limiter, kie.limits.Pacer)
    monkeypatch.setenv("KIE_RATE_LIMIT_URL", redis_clean)
    with kie.Client(base_url=fresh.url, api_key="k") as client:
        assert isinstance(client.rate_limiter, kie.limits.RedisRateLimiter)
        client.create_task(MODEL, BODY)
    assert zcard(redis_clean) == 1
    shared = kie.limits.Pacer(1, 60)
    assert kie.AsyncClient(base_url=fresh.url, api_key="k", rate_limiter=shared).rate_limiter is shared


def test_a_missing_redis_package_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the ``redis`` package the limiter says which extra to install, at construction."""
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(kie.ConfigurationError, match=r"kie\[redis\]"):
        kie.limits.RedisRateLimiter("redis://127.0.0.1:6379/0")


def test_limits_refuse_nonsense() -> None:
    """A limit of no calls or no time is refused with the values in the message."""
    with pytest.raises(ValueError, match="calls=0"):
        kie.limits.RedisRateLimiter("redis://127.0.0.1/0", calls=0)
    with pytest.raises(ValueError, match="period=0"):
        kie.limits.SqliteRateLimiter("x.db", period=0)


def test_a_new_sqlite_limiter_file_waits_while_another_connection_holds_it(tmp_path: Path) -> None:
    """The first permit from a file another process is writing waits its turn instead of failing.

    Switching a new file to WAL needs its exclusive lock, and SQLite answers SQLITE_BUSY at once
    (no busy handler) while another connection holds a write lock: processes starting together
    on one new limiter file failed with "database is locked" (seen in CI, 4 processes).
    """
    path = tmp_path / "limits.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE elsewhere (x)")
    other.execute("BEGIN IMMEDIATE")  # a writer of the file, still in rollback-journal mode
    other.execute("INSERT INTO elsewhere VALUES (1)")
    release = threading.Timer(0.5, other.execute, ("COMMIT",))
    release.start()
    limiter = kie.limits.SqliteRateLimiter(path, calls=5, period=1.0)
    try:
        assert limiter.reserve() == 0.0
        with contextlib.closing(sqlite3.connect(path)) as fresh:
            assert fresh.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        limiter.close()
        release.join()
        other.close()
