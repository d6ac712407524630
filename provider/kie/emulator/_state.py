"""The emulator's in-memory state: one object composed of a task store, a file store, a fault queue and callbacks.

``EmulatorState`` owns the parts and what they share (``Runtime``: the config,
the task clock, the wall clock and one lock); the routes reach the parts
(``state.tasks``, ``state.files``, ``state.faults``) and the few operations
that span them (``create_task``, ``stats``, ``reset``, ``wait_idle``).
Assigning ``state.config`` or ``state.clock`` takes effect in every part at
once: tests set ``state.clock = ManualClock()`` and ``advance()`` it instead
of sleeping.
"""

from __future__ import annotations

import collections
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from kie import MODELS

from ._callbacks import CallbackDispatcher
from ._faults import FaultQueue
from ._files import FileStore
from ._media import frame_urls
from ._records import EmulatorConfig, RateWindow, Runtime, TaskRecord
from ._tasks import TaskStore, result_url

__all__ = ["EmulatorState"]

logger = logging.getLogger("kie.emulator")


class EmulatorState:
    """Everything one emulator holds in memory; thread-safe (uvicorn, renderers and tests share it).

    Args:
        config: the behaviour; ``EmulatorConfig()`` by default.
        clock: monotonic seconds driving task states (inject a fake one in tests);
            ``time.monotonic`` by default. Assignable later as ``state.clock``.
        wall_clock: Unix seconds for createTime & co. and callback timestamps; ``time.time``.

    Attributes:
        runtime: the ``Runtime`` the parts share (config, clocks, lock).
        tasks: the ``TaskStore``: a read-only mapping of task id -> ``TaskRecord``.
        files: the ``FileStore``: a read-only mapping of ``uploadPath/fileName`` -> ``StoredFile``.
        faults: the ``FaultQueue``.
        callbacks: the ``CallbackDispatcher``.
        rate: the ``RateWindow`` of createTask requests (``EmulatorConfig.rate_limit``).
        requests: request counts by URL path (admin routes excluded).
        inject: queue a fault: ``faults.inject`` itself (see ``FaultQueue.inject``
            for the kinds and options); returns the queued ``Fault``.

    """

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        self.runtime = Runtime(
            config if config is not None else EmulatorConfig(),
            clock if clock is not None else time.monotonic,
            wall_clock if wall_clock is not None else time.time,
        )
        self.tasks = TaskStore(self.runtime)
        self.files = FileStore(self.runtime, self.tasks)
        self.faults = FaultQueue()
        self.callbacks = CallbackDispatcher(self.runtime, self.tasks.callback_payload)
        self.rate = RateWindow(self.runtime)
        self.requests: collections.Counter[str] = collections.Counter()
        self.inject = self.faults.inject

    # ------------------------------------------------------------------ shared settings

    @property
    def config(self) -> EmulatorConfig:
        """The ``EmulatorConfig`` in force (read when a task is created, a file served, a callback sent)."""
        return self.runtime.config

    @config.setter
    def config(self, value: EmulatorConfig) -> None:
        self.runtime.config = value

    @property
    def clock(self) -> Callable[[], float]:
        """The task clock, monotonic seconds (assign a ``ManualClock`` to drive it)."""
        return self.runtime.clock

    @clock.setter
    def clock(self, value: Callable[[], float]) -> None:
        self.runtime.clock = value

    @property
    def wall_clock(self) -> Callable[[], float]:
        """The wall clock, Unix seconds (createTime & co., callback timestamps)."""
        return self.runtime.wall_clock

    @wall_clock.setter
    def wall_clock(self, value: Callable[[], float]) -> None:
        self.runtime.wall_clock = value

    # ------------------------------------------------------------------ views of the parts

    @property
    def credits(self) -> float:
        """The account balance, credits (assignable, e.g. 0 to provoke 402)."""
        return self.tasks.credits

    @credits.setter
    def credits(self, value: float) -> None:
        self.tasks.credits = value

    @property
    def created_count(self) -> int:
        """Tasks created since the last reset."""
        return self.tasks.created_count

    @property
    def results(self) -> Mapping[str, bytes]:
        """Task id -> its rendered result's bytes (read from disk: ``TaskStore.results``)."""
        return self.tasks.results

    @property
    def callback_log(self) -> list[dict[str, Any]]:
        """One dict per callback delivery attempt (``task_id``, ``url``, ``status``, ``error``, ...)."""
        return self.callbacks.log

    def result_url(self, task_id: str, base_url: str) -> str:
        """Return a task's result URL: ``{base_url}/files/results/{task_id}.mp4`` (``.png``, ``.mp3``: its type's)."""
        task = self.tasks.get(task_id)
        return result_url(task_id, base_url, task.mime if task is not None else "video/mp4")

    # ------------------------------------------------------------------ operations across parts

    def count_request(self, path: str) -> None:
        """Count one request to ``path`` (for ``/_emulator/stats``)."""
        with self.runtime.lock:
            self.requests[path] += 1

    def create_task(self, body: dict[str, Any], base_url: str) -> TaskRecord | None:
        """Create, charge and start rendering a task from a validated createTask body.

        Its pictures are the uploaded images its ``image``, ``end_image`` and
        ``images`` fields name (``_media.frame_urls``; a test pattern otherwise:
        a video's first and last frame, an image's source); a queued
        ``"fail_task"`` fault makes it fail; its ``callBackUrl`` is watched for
        the callback.

        Args:
            body: the output of ``kie.spec.build_create_body`` (``model``, ``input``, ``callBackUrl``?).
            base_url: the emulator's URL as the client sees it (``http://127.0.0.1:PORT``).

        Returns:
            The new ``TaskRecord``, or ``None`` when the balance is below
            ``credits_per_task`` (the caller answers body code 402).

        """
        urls = frame_urls(MODELS[body["model"]], body["input"])
        frames = [self.files.local_file(url, base_url) for url in urls]
        task = self.tasks.create(body, base_url, frames=frames, fails=self.faults.take_task_failure)
        if task is not None and task.callback_url:
            self.callbacks.watch(task.task_id, task.callback_url)
        return task

    def stats(self) -> dict[str, Any]:
        """Return ``created_count``, ``rate_limited_count``, ``tasks_by_state``, ``requests`` by path and more.

        ``rate_limited_count`` counts createTask requests the rate limit answered 429
        (injected ``"429"`` faults are not counted); then credits, callbacks and faults.
        ``renders`` counts the renders started and ``render_cache_hits`` the tasks
        whose result was rendered (or rendering) already, since the last reset.
        """
        with self.runtime.lock:
            requests = dict(sorted(self.requests.items()))
            return {
                "created_count": self.tasks.created_count,
                "rate_limited_count": self.rate.refused,
                "tasks_by_state": self.tasks.states(),
                "requests": requests,
                "credits": round(self.tasks.credits, 2),
                "files": len(self.files),
                "results": len(self.tasks.results),
                "renders": self.tasks.media.renders,
                "render_cache_hits": self.tasks.media.hits,
                "callbacks": list(self.callbacks.log),
                "faults": [fault.describe() for fault in self.faults.pending()],
            }

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every started render and callback delivery has finished.

        Args:
            timeout: the longest wait, real seconds.

        Returns:
            True when idle before the deadline. Tasks still within their phases
            on the (possibly fake) clock do not count as busy.

        """
        deadline = time.monotonic() + timeout
        if not self.tasks.wait_renders(timeout):
            return False
        return self.callbacks.wait_deliveries(max(0.0, deadline - time.monotonic()))

    def reset(self) -> None:
        """Forget all tasks, files, results, links, faults, counters, callbacks and the rate window; refill credits."""
        with self.runtime.lock:
            self.rate.reset()
            self.tasks.reset()
            self.callbacks.clear()
            self.faults.clear()
            self.files.reset()
            self.requests.clear()

    def close(self) -> None:
        """Stop the render pool and the callback threads (queued work is cancelled)."""
        self.tasks.close()
        self.callbacks.close()
