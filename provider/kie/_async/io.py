"""What only the asyncio side does differently: sleeping, blocking work, concurrency, callback wake-up.

Hand-written; its twin is ``kie._sync.io``. Everything else of ``kie._async``
is turned into ``kie._sync`` by ``scripts/unasync``, so each difference between
the two clients lives here, once per side, instead of in ``if`` branches.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    import asyncio

    from kie.callbacks import CallbackReceiver
    from kie.limits import RateLimiter

# asyncio is imported where it is used, not here: ``import kie`` does not pay for it (12 ms) in a
# program that only uses ``kie.Client``; an asyncio program has imported it already.

__all__ = [
    "SLOW_WRITE",
    "Gate",
    "Sleep",
    "default_sleep",
    "pause",
    "reserve_permit",
    "run_blocking",
    "run_jobs",
    "wait_for_callback",
]

P = ParamSpec("P")
T = TypeVar("T")

Sleep = Callable[[float], Awaitable[None]]
"""An async sleep of a number of seconds."""

SLOW_WRITE = 0.005
"""Seconds a download's chunk may take to write on the event loop: past that (thrice), writes move to a worker
thread in batches (``kie._downloads.WriteBatch``)."""


async def default_sleep(seconds: float) -> None:
    """``asyncio.sleep``."""
    import asyncio

    await asyncio.sleep(seconds)


class Gate:
    """At most ``size`` requests in flight at once (``None``: no bound); the others wait here, untimed.

    Sized to the connection pool, so a request never queues inside httpx, where
    the wait for a connection would count against its timeout (1,000 concurrent
    waits on 100 connections once failed with ``APITimeoutError``). A semaphore
    per event loop: a client may be used from one loop after another.
    """

    def __init__(self, size: int | None) -> None:
        self.size = size
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None

    async def __aenter__(self) -> None:
        if self.size is None:
            return
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._semaphore is None:
            self._loop, self._semaphore = loop, asyncio.Semaphore(self.size)
        await self._semaphore.acquire()

    async def __aexit__(self, *exc: object) -> None:
        if self._semaphore is not None:
            self._semaphore.release()


async def pause(sleep: Sleep, seconds: float) -> None:
    """Sleep ``seconds`` with ``sleep`` (none for 0); a cancelled batch stops here by cancellation."""
    if seconds > 0:
        await sleep(seconds)


async def reserve_permit(limiter: RateLimiter) -> float:
    """Book a createTask permit without blocking the event loop (``limiter.areserve()``); seconds to wait."""
    return await limiter.areserve()


async def run_blocking(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking work (disk reads and writes) in a worker thread, so the event loop never blocks on it."""
    import asyncio

    return await asyncio.to_thread(function, *args, **kwargs)


async def run_jobs(job: Callable[[int], Awaitable[T]], count: int, concurrency: int) -> list[T]:
    """Run ``job(0) ... job(count - 1)`` as asyncio tasks, at most ``concurrency`` at once; results in order.

    Cancelling the caller (Ctrl-C under ``asyncio.run``, ``wait_for``) cancels every job at once.
    """
    import asyncio

    gate = asyncio.Semaphore(concurrency)

    async def gated(index: int) -> T:
        async with gate:
            return await job(index)

    return list(await asyncio.gather(*(gated(i) for i in range(count))))


async def wait_for_callback(receiver: CallbackReceiver, task_id: str, timeout: float) -> None:
    """Sleep up to ``timeout`` seconds, waking early when ``receiver`` has handled the task's callback."""
    await receiver.wait_for(task_id, timeout)
