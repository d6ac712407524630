"""createTask pacing (20 per 10 s by default) holds across threads and asyncio tasks."""

from __future__ import annotations

import asyncio
import threading

from kie._pacing import Pacer


class Clock:
    """A fake monotonic clock shared by every thread."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        """The current fake time, seconds."""
        return self.now


def _window_ok(starts: list[float], max_calls: int, period: float) -> bool:
    starts = sorted(starts)
    return all(starts[i + max_calls] - starts[i] >= period - 1e-9 for i in range(len(starts) - max_calls))


def test_pacer_books_distinct_slots_across_threads() -> None:
    """Eight threads reserving at once never put more than 20 starts in any 10 s window."""
    clock = Clock()
    pacer = Pacer(20, 10.0, clock=clock)
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            delay = pacer.reserve()
            with lock:
                starts.append(clock() + delay)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(starts) == 80
    assert _window_ok(starts, 20, 10.0)
    assert max(starts) == 30.0


async def test_pacer_paces_asyncio_tasks() -> None:
    """Fifty asyncio tasks sharing one pacer start in windows of at most 20 per 10 s."""
    clock = Clock()
    pacer = Pacer(20, 10.0, clock=clock)

    async def one() -> float:
        await asyncio.sleep(0)
        return clock() + pacer.reserve()

    starts = await asyncio.gather(*(one() for _ in range(50)))
    assert _window_ok(list(starts), 20, 10.0)
    assert sorted(starts)[20] == 10.0


def test_pacer_frees_slots_as_time_passes() -> None:
    """Once the window has moved on, a reservation is free again."""
    clock = Clock()
    pacer = Pacer(2, 1.0, clock=clock)
    assert [pacer.reserve(), pacer.reserve(), pacer.reserve()] == [0.0, 0.0, 1.0]
    clock.now = 5.0
    assert pacer.reserve() == 0.0
