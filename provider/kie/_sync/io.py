"""What only the synchronous side does differently: sleeping, blocking work, concurrency, callback wake-up.

Hand-written; its twin is ``kie._async.io`` (see there). ``kie._sync.client``
is generated from ``kie._async.client`` and imports these names from here.
"""

from __future__ import annotations

import contextvars
import math
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from kie._batch import BatchInterrupted

if TYPE_CHECKING:
    from kie.callbacks import CallbackReceiver
    from kie.limits import RateLimiter

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

Sleep = Callable[[float], None]
"""A blocking sleep of a number of seconds."""

default_sleep: Sleep = time.sleep

SLOW_WRITE = math.inf
"""No write is too slow here: the sync client blocks on the disk anyway, so a download's chunks are always
written as they arrive (gathering them for a worker thread would only cost memory)."""


_BATCH_STOP: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar("kie_batch_stop", default=None)


class Gate:
    """The sync twin of ``kie._async.io.Gate``, with nothing to do.

    Threads are few (one per ``generate_many`` worker, or the caller's own), and
    a thread waiting for a pooled connection runs no timeout (requests carry no
    pool timeout), so a semaphore would only cost every request a lock round trip.
    """

    def __init__(self, size: int | None) -> None:
        self.size = size

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def pause(sleep: Sleep, seconds: float) -> None:
    """Sleep ``seconds`` with ``sleep`` (none for 0); inside an interrupted batch, stop instead.

    In a ``generate_many`` worker the default sleep waits on the batch's stop
    event, so Ctrl-C ends every job's wait at once.

    Raises:
        BatchInterrupted: the batch this job belongs to was interrupted.

    """
    stop = _BATCH_STOP.get()
    if stop is not None and stop.is_set():
        raise BatchInterrupted("the batch was interrupted: this job stopped here")
    if seconds <= 0:
        return
    if stop is not None and sleep is time.sleep:
        stop.wait(seconds)
    else:
        sleep(seconds)
    if stop is not None and stop.is_set():
        raise BatchInterrupted("the batch was interrupted: this job stopped here")


def reserve_permit(limiter: RateLimiter) -> float:
    """Book a createTask permit (``limiter.reserve()``, which may wait for a shared store); seconds to wait."""
    return limiter.reserve()


def run_blocking(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking work (disk reads and writes) right here: the sync client blocks anyway."""
    return function(*args, **kwargs)


def run_jobs(job: Callable[[int], T], count: int, concurrency: int) -> list[T]:
    """Run ``job(0) ... job(count - 1)`` on ``concurrency`` threads; results in order.

    On Ctrl-C (or any error in the caller) the batch stops at once: jobs not
    started are cancelled, running ones stop at their next sleep, and the
    exception is re-raised without waiting for them.
    """
    import concurrent.futures  # here, not at import: ``import kie`` stays light

    stop = threading.Event()

    def in_batch(index: int) -> T:
        _BATCH_STOP.set(stop)
        try:
            return job(index)
        except BaseException:  # an interrupt inside a job stops the batch too
            stop.set()
            raise

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="kie-batch")
    try:
        futures = [pool.submit(in_batch, index) for index in range(count)]
        concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_EXCEPTION)
        results = [future.result() for future in futures]
    except BaseException:
        stop.set()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return results


def wait_for_callback(receiver: CallbackReceiver, task_id: str, timeout: float) -> None:
    """Sleep up to ``timeout`` seconds, waking early when ``receiver`` has handled the task's callback."""
    receiver.wait_blocking(task_id, timeout)
