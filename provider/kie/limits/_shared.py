"""What every shared limiter has: the ``RateLimiter`` protocol, its error, and the wait-until-admitted loop.

A shared limiter keeps its sliding log in a store other processes see (Redis,
an SQLite file), through a pyrate-limiter bucket. Such a bucket can only say
"admitted now" or "full: retry in N ms" (a permit is stamped with the time it
is granted, so it cannot be booked for later like ``Pacer`` does); so
``SharedRateLimiter.reserve()`` asks, sleeps the time the bucket names, and asks
again, one waiter per process at a time, and returns 0.0 once admitted.
"""

from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

from kie.errors import ConfigurationError, KieError

if TYPE_CHECKING:
    import asyncio

    from pyrate_limiter import AbstractBucket, Rate

__all__ = [
    "DEFAULT_CALLS",
    "DEFAULT_PERIOD",
    "RateLimiter",
    "RateLimiterError",
    "SharedRateLimiter",
    "redact_url",
    "require",
]

DEFAULT_CALLS = 20
"""createTask calls per window: the account limit (API-FACTS.md, "Rate limits": 20 per 10 s)."""

DEFAULT_PERIOD = 10.5
"""The window of a shared limiter, seconds: the API's 10 s plus a 0.5 s margin.

Four processes sharing an exact sliding log of 20 per 10 s *at send time*
still put 22-27 creates in some 10 s window *at arrival* (network jitter moves
requests closer together); 20 per 10.5 s gave none (issue 10, the side-by-side trial).
"""


@runtime_checkable
class RateLimiter(Protocol):
    """What ``Client(rate_limiter=...)`` / ``AsyncClient(rate_limiter=...)`` take: paces createTask.

    ``reserve()`` books one createTask start and returns the seconds the caller
    must sleep before sending it (0.0: send now); it is thread-safe. A limiter
    that books ahead (``Pacer``) returns at once; one that can only grant a permit
    now (``RedisRateLimiter``, ``SqliteRateLimiter``) waits inside until granted,
    then returns 0.0. ``areserve()`` is the same for an event loop and never
    blocks it (its store I/O is asyncio or runs in a worker thread).
    """

    def reserve(self) -> float:
        """Book one start; return the seconds to wait before using it (blocking I/O allowed)."""
        ...

    async def areserve(self) -> float:
        """Book one start without blocking the event loop; return the seconds to wait before using it."""
        ...


class RateLimiterError(KieError):
    """The shared limiter's store (Redis, the SQLite file) could not be used; no createTask was sent.

    The message names the store (a Redis URL without its password) and the cause.
    """


def require(module: str, extra: str) -> Any:
    """Import ``module`` for a limiter, or say which extra to install.

    Raises:
        ConfigurationError: ``module`` is not installed (``pip install 'kie[<extra>]'``).

    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ConfigurationError(
            f"this rate limiter needs the {module.split('.')[0]!r} package: pip install 'kie[{extra}]' ({exc})"
        ) from None


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (``redis://user:***@host:6379/0``), for reprs and errors."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


class _LoopState:
    """What a limiter keeps per event loop: a lock (one waiter per loop asks the store) and a bucket."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        import asyncio

        self.loop = loop
        self.lock = asyncio.Lock()
        self.bucket: AbstractBucket | None = None
        self.handle: Any = None  # what the subclass opened for this loop (an asyncio Redis client)


class SharedRateLimiter:
    """Base of the limiters on a pyrate-limiter bucket: at most ``calls`` permits in any ``period`` seconds.

    The log is exact (pyrate-limiter's sliding window log): a permit is refused
    while ``calls`` permits lie within the last ``period`` seconds, an entry exactly
    ``period`` old still counting. A subclass opens the bucket (``_open`` /
    ``_aopen``) and tells the time (``_now_ms`` / ``_anow_ms``); this class asks,
    sleeps and asks again. Picklable: a copy opens its own connections.

    Args:
        calls: permits per window, >= 1.
        period: the window, seconds, > 0 (whole milliseconds are used).

    Raises:
        ValueError: ``calls`` < 1 or ``period`` not a positive number of milliseconds.

    """

    def __init__(self, calls: int = DEFAULT_CALLS, period: float = DEFAULT_PERIOD) -> None:
        if calls < 1 or not 0.001 <= period < math.inf:
            raise ValueError(f"a rate limiter needs calls >= 1 and period >= 0.001 s, got calls={calls}, {period=}")
        self.calls = calls
        self.period = period
        self._setup()

    _RUNTIME = frozenset({"_wait_lock", "_io_lock", "_bucket", "_loop_state", "_last_leak"})
    """Attributes a pickled copy leaves behind (``_setup`` makes them anew)."""

    def _setup(self) -> None:
        self._wait_lock = threading.Lock()  # one thread of this process waits on the store at a time
        self._io_lock = threading.RLock()  # the sync bucket's last verdict is read right after its put
        self._bucket: AbstractBucket | None = None
        self._loop_state: _LoopState | None = None
        self._last_leak = -math.inf

    def __getstate__(self) -> dict[str, Any]:
        return {key: value for key, value in self.__dict__.items() if key not in self._RUNTIME}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._setup()

    # -- what a subclass provides -----------------------------------------------------------------

    @property
    def where(self) -> str:
        """The store, for messages (a URL without password, or a path)."""
        raise NotImplementedError

    def _open(self) -> AbstractBucket:
        """Open the sync bucket (called once, under the I/O lock)."""
        raise NotImplementedError

    async def _aopen(self, state: _LoopState) -> AbstractBucket:
        """Open a bucket for the running loop; by default the sync one (its calls then run in a worker thread)."""
        import asyncio

        return await asyncio.to_thread(self._sync_bucket)

    def _now_ms(self) -> int:
        """The store's time now, epoch milliseconds."""
        return time.time_ns() // 1_000_000

    async def _anow_ms(self, state: _LoopState) -> int:
        return self._now_ms()

    def _errors(self) -> tuple[type[BaseException], ...]:
        """The store's exceptions that mean "unavailable" (wrapped in ``RateLimiterError``)."""
        return (OSError,)

    # -- the loop ---------------------------------------------------------------------------------

    def _rate(self) -> Rate:
        from pyrate_limiter import Rate

        return Rate(self.calls, round(self.period * 1000))

    def _sync_bucket(self) -> AbstractBucket:
        with self._io_lock:
            if self._bucket is None:
                self._bucket = self._open()
            return self._bucket

    def _attempt(self) -> float | None:
        """One try on the sync bucket: ``None`` when admitted, else the seconds until a permit may be free."""
        from pyrate_limiter import RateItem

        with self._io_lock:
            bucket = self._sync_bucket()
            now = self._now_ms()
            decision = bucket.put_decision(RateItem("kie", now))
            assert not hasattr(decision, "__await__")  # noqa: S101 - a sync bucket answers at once
            if decision.allowed:
                self._leak(bucket, now)
                return None
            return _seconds(decision.retry_after_ms)

    def _leak(self, bucket: AbstractBucket, now: int) -> Any:
        """Drop entries older than the window, at most once per window (keeps the log small)."""
        if now - self._last_leak < self.period * 1000:
            return None
        self._last_leak = now
        return bucket.leak(now)

    def _wrap(self, exc: BaseException) -> RateLimiterError:
        return RateLimiterError(f"the rate limiter at {self.where} is unavailable: {type(exc).__name__}: {exc}")

    def reserve(self) -> float:
        """Wait (blocking this thread) until the store grants a permit; return 0.0.

        Raises:
            RateLimiterError: the store could not be reached or used; no permit was granted.

        """
        with self._wait_lock:
            while True:
                try:
                    wait = self._attempt()
                except self._errors() as exc:
                    raise self._wrap(exc) from exc
                if wait is None:
                    return 0.0
                time.sleep(wait)

    async def areserve(self) -> float:
        """Wait (``asyncio.sleep``, the loop stays free) until the store grants a permit; return 0.0.

        Raises:
            RateLimiterError: the store could not be reached or used; no permit was granted.

        """
        import asyncio

        state = self._state(asyncio.get_running_loop())
        async with state.lock:
            while True:
                try:
                    wait = await self._aattempt(state)
                except self._errors() as exc:
                    raise self._wrap(exc) from exc
                if wait is None:
                    return 0.0
                await asyncio.sleep(wait)

    def _state(self, loop: asyncio.AbstractEventLoop) -> _LoopState:
        state = self._loop_state
        if state is None or state.loop is not loop:  # a client may be used from one loop after another
            state = self._loop_state = _LoopState(loop)
        return state

    async def _aattempt(self, state: _LoopState) -> float | None:
        """One try from the event loop: the sync bucket's in a worker thread, unless ``_aopen`` gave an async one."""
        import asyncio

        from pyrate_limiter import RateItem

        if state.bucket is None:
            state.bucket = await self._aopen(state)
        if state.bucket is self._bucket:
            return await asyncio.to_thread(self._attempt)
        now = await self._anow_ms(state)
        decision = await state.bucket.put_decision(RateItem("kie", now))  # type: ignore[misc]
        if decision.allowed:
            leaked = self._leak(state.bucket, now)
            if leaked is not None:
                await leaked
            return None
        return _seconds(decision.retry_after_ms)

    def close(self) -> None:
        """Release the sync connection (a later ``reserve`` opens a new one)."""
        with self._io_lock:
            bucket, self._bucket = self._bucket, None
        if bucket is not None:
            bucket.close()

    async def aclose(self) -> None:
        """Release the connections this limiter opened, the running loop's included."""
        self.close()


def _seconds(retry_after_ms: int | None) -> float:
    """The wait a refusal names, seconds (at least 1 ms: an unknown or zero wait never spins)."""
    return max(retry_after_ms or 0, 1) / 1000
