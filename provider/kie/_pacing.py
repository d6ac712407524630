"""createTask pacing: the account allows 20 new tasks per 10 s (API-FACTS.md, "Rate limits").

Over the limit the API answers 429 and drops the request, so the client books
slots before sending instead of finding out afterwards. ``Pacer`` is the
in-process ``kie.limits.RateLimiter``; ``kie.limits`` has the ones shared by
processes and machines.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

__all__ = ["Pacer"]


class Pacer:
    """A sliding-window pacer: at most ``max_calls`` starts per ``period`` seconds.

    Thread-safe; ``reserve()`` never blocks, it books the next free slot and
    returns how long the caller must sleep, so threads and asyncio tasks share it
    (``areserve()`` is the same for an event loop). The API drops (does not
    queue) createTask calls over 20 per 10 s (API-FACTS.md). One ``Pacer``
    passed as ``rate_limiter=`` to several clients of one process paces them together.

    Args:
        max_calls: starts allowed per window.
        period: the window, seconds.
        clock: a monotonic clock, seconds.

    Raises:
        ValueError: ``max_calls`` < 1 or ``period`` <= 0.

    """

    def __init__(self, max_calls: int = 20, period: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        if max_calls < 1 or period <= 0:
            raise ValueError(f"pacing needs max_calls >= 1 and period > 0, got {max_calls}, {period}")
        self.max_calls = max_calls
        self.period = period
        self._clock = clock
        self._starts: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book a slot; return the seconds to wait before using it (0.0 if free now)."""
        with self._lock:
            now = self._clock()
            while self._starts and self._starts[0] <= now - self.period:
                self._starts.popleft()
            slot = now
            if len(self._starts) >= self.max_calls:
                slot = max(now, self._starts[-self.max_calls] + self.period)
            self._starts.append(slot)
            return slot - now

    async def areserve(self) -> float:
        """``reserve()`` for an event loop (it never blocks, so it runs right here)."""
        return self.reserve()
