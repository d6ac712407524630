"""``RedisRateLimiter``: one account limit for every process on every machine, through one Redis key.

Built on pyrate-limiter's ``RedisBucket``: an exact sliding log in a sorted set
(one member per permit, scored by its time in ms), checked and appended by one
Lua script, so two processes never both take the last permit. The bucket takes
each permit's timestamp from the caller; this limiter stamps it with the Redis
server's clock (``TIME``, read on first use and every ``clock_check`` seconds,
local monotonic time in between), so the clients' own clocks need not agree.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

from ._shared import DEFAULT_CALLS, DEFAULT_PERIOD, SharedRateLimiter, _LoopState, redact_url, require

if TYPE_CHECKING:
    from pyrate_limiter import AbstractBucket

__all__ = ["RedisRateLimiter"]


class _ServerTime:
    """The Redis server's clock, as an offset from this process's monotonic clock (milliseconds)."""

    def __init__(self, every: float) -> None:
        self.every = every
        self.offset_ms = 0.0
        self.checked = -math.inf

    def due(self) -> bool:
        return time.monotonic() - self.checked >= self.every

    def learn(self, before: float, reply: tuple[int, int], after: float) -> None:
        """Take a ``TIME`` reply (seconds, microseconds) read between two monotonic readings."""
        server_ms = reply[0] * 1000 + reply[1] / 1000
        self.offset_ms = server_ms - (before + after) * 500  # the reply is taken half-way
        self.checked = after

    def now_ms(self) -> int:
        return int(time.monotonic() * 1000 + self.offset_ms)


class RedisRateLimiter(SharedRateLimiter):
    """At most ``calls`` createTask starts in any ``period`` seconds across every process sharing ``key``.

    For several processes or machines on one kie.ai account (the limit is per
    account: 20 per 10 s, API-FACTS.md). Nothing connects until the first permit;
    a copy made by pickling (multiprocessing, Celery) opens its own connections.

    Times come from the Redis server's clock, so the clients' clocks need not be
    in sync; keep the Redis host itself on NTP. The default 0.5 s margin over the
    API's 10 s absorbs the network jitter between granting a permit and the
    request reaching the API (``DEFAULT_PERIOD``).

    Args:
        url: ``redis://[user:password@]host:port/db``, ``rediss://...`` (TLS) or
            ``unix:///path/redis.sock``; never shown with its password.
        calls: permits per window (the account's 20).
        period: the window, seconds (10.5: the API's 10 s plus margin).
        key: the Redis key of the log; every client of one account must use the same one.
        clock_check: seconds between readings of the server's clock.
        **redis_options: passed to ``redis.Redis.from_url`` (``ssl_ca_certs``, ...);
            ``socket_timeout`` and ``socket_connect_timeout`` default to 5 s.

    Raises:
        ConfigurationError: the ``redis`` or ``pyrate-limiter`` package is missing (``pip install 'kie[redis]'``).
        ValueError: ``calls`` < 1 or ``period`` <= 0.

    """

    _RUNTIME = SharedRateLimiter._RUNTIME | {"_redis", "_time"}

    def __init__(
        self,
        url: str,
        calls: int = DEFAULT_CALLS,
        period: float = DEFAULT_PERIOD,
        key: str = "kie:create_task",
        *,
        clock_check: float = 60.0,
        **redis_options: Any,
    ) -> None:
        require("redis", "redis")
        require("pyrate_limiter", "redis")
        self.url = url
        self.key = key
        self.clock_check = clock_check
        self.redis_options = {"socket_timeout": 5.0, "socket_connect_timeout": 5.0, **redis_options}
        super().__init__(calls, period)

    def _setup(self) -> None:
        super()._setup()
        self._redis: Any = None
        self._time = _ServerTime(self.clock_check)

    def __repr__(self) -> str:
        return f"RedisRateLimiter({self.where!r}, calls={self.calls}, period={self.period}, key={self.key!r})"

    @property
    def where(self) -> str:
        """The Redis URL without its password."""
        return redact_url(self.url)

    def _errors(self) -> tuple[type[BaseException], ...]:
        import redis

        return (redis.RedisError, OSError)

    def _open(self) -> AbstractBucket:
        import redis
        from pyrate_limiter import RedisBucket

        self._redis = redis.Redis.from_url(self.url, **self.redis_options)
        bucket: AbstractBucket = RedisBucket.init([self._rate()], self._redis, self.key)
        return bucket

    async def _aopen(self, state: _LoopState) -> AbstractBucket:
        import redis.asyncio
        from pyrate_limiter import RedisBucket

        state.handle = redis.asyncio.Redis.from_url(self.url, **self.redis_options)
        bucket: AbstractBucket = await RedisBucket.init([self._rate()], state.handle, self.key)
        return bucket

    def _now_ms(self) -> int:
        if self._time.due():
            before = time.monotonic()
            reply = self._redis.time()
            self._time.learn(before, reply, time.monotonic())
        return self._time.now_ms()

    async def _anow_ms(self, state: _LoopState) -> int:
        if self._time.due():
            before = time.monotonic()
            reply = await state.handle.time()
            self._time.learn(before, reply, time.monotonic())
        return self._time.now_ms()

    def _attempt(self) -> float | None:
        from redis.exceptions import NoScriptError

        try:
            return super()._attempt()
        except NoScriptError:  # the server restarted and forgot the script: load it again
            self.close()
            return super()._attempt()

    async def _aattempt(self, state: _LoopState) -> float | None:
        from redis.exceptions import NoScriptError

        try:
            return await super()._aattempt(state)
        except NoScriptError:
            state.bucket = None
            return await super()._aattempt(state)

    def close(self) -> None:
        """Close the sync connection pool (a later ``reserve`` reconnects)."""
        with self._io_lock:
            client, self._redis, self._bucket = self._redis, None, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the running loop's connections and the sync pool."""
        import asyncio

        state, self._loop_state = self._loop_state, None
        if state is not None and state.handle is not None and state.loop is asyncio.get_running_loop():
            await state.handle.aclose()  # another loop's connections cannot be closed from here: left to GC
        self.close()
