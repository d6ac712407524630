"""What only the synchronous side does differently: sleeping, blocking work, concurrency, callback wake-up.

Hand-written; its twin is ``kie._async.io`` (see there). ``kie._sync.client``
is generated from ``kie._async.client`` and imports these names from here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from kie.callbacks import CallbackReceiver

__all__ = ["Sleep", "default_sleep", "run_blocking", "run_jobs", "wait_for_callback"]

P = ParamSpec("P")
T = TypeVar("T")

Sleep = Callable[[float], None]
"""A blocking sleep of a number of seconds."""

default_sleep: Sleep = time.sleep


def run_blocking(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking work (disk reads and writes) right here: the sync client blocks anyway."""
    return function(*args, **kwargs)


def run_jobs(job: Callable[[int], T], count: int, concurrency: int) -> list[T]:
    """Run ``job(0) ... job(count - 1)`` on ``concurrency`` threads; results in order."""
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="kie-batch") as pool:
        return list(pool.map(job, range(count)))


def wait_for_callback(receiver: CallbackReceiver, task_id: str, timeout: float) -> None:
    """Sleep up to ``timeout`` seconds, waking early when ``receiver`` has handled the task's callback."""
    receiver.wait_blocking(task_id, timeout)
