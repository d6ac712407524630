"""What only the asyncio side does differently: sleeping, blocking work, concurrency, callback wake-up.

Hand-written; its twin is ``kie._sync.io``. Everything else of ``kie._async``
is turned into ``kie._sync`` by ``scripts/unasync``, so each difference between
the two clients lives here, once per side, instead of in ``if`` branches.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from kie.callbacks import CallbackReceiver

__all__ = ["Sleep", "default_sleep", "pause", "run_blocking", "run_jobs", "wait_for_callback"]

P = ParamSpec("P")
T = TypeVar("T")

Sleep = Callable[[float], Awaitable[None]]
"""An async sleep of a number of seconds."""

default_sleep: Sleep = asyncio.sleep


async def pause(sleep: Sleep, seconds: float) -> None:
    """Sleep ``seconds`` with ``sleep`` (none for 0); a cancelled batch stops here by cancellation."""
    if seconds > 0:
        await sleep(seconds)


async def run_blocking(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking work (disk reads and writes) in a worker thread, so the event loop never blocks on it."""
    return await asyncio.to_thread(function, *args, **kwargs)


async def run_jobs(job: Callable[[int], Awaitable[T]], count: int, concurrency: int) -> list[T]:
    """Run ``job(0) ... job(count - 1)`` as asyncio tasks, at most ``concurrency`` at once; results in order.

    Cancelling the caller (Ctrl-C under ``asyncio.run``, ``wait_for``) cancels every job at once.
    """
    gate = asyncio.Semaphore(concurrency)

    async def gated(index: int) -> T:
        async with gate:
            return await job(index)

    return list(await asyncio.gather(*(gated(i) for i in range(count))))


async def wait_for_callback(receiver: CallbackReceiver, task_id: str, timeout: float) -> None:
    """Sleep up to ``timeout`` seconds, waking early when ``receiver`` has handled the task's callback."""
    await receiver.wait_for(task_id, timeout)
