"""The emulator's configuration and in-memory state: tasks, files, credits, faults, clock.

A task's state is a function of the emulator's clock (``waiting`` ->
``queuing`` -> ``generating`` -> ``success``/``fail``, the five states of the
newer common docs page, ``API-FACTS.md``); it reaches ``success`` once the
configured phases have elapsed AND its MP4, rendered in a background thread
pool from the moment the task is created, is ready. Every field of the
recordInfo record follows ``API-FACTS.md`` and seed 000 (``param`` as a JSON
string with a double-encoded ``input``, ``resultJson`` ``""`` until success,
``costTime`` in seconds, epoch-millisecond times).
"""

from __future__ import annotations

import collections
import concurrent.futures
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kie import MODELS

from ._callbacks import CallbackDispatcher
from ._faults import Fault, FaultQueue, When
from ._files import FilesMixin
from ._records import EmulatorConfig, StoredFile, TaskRecord, TaskStatus, compact_json, first_positive_int
from ._video import output_size, render_mp4

__all__ = ["EmulatorConfig", "EmulatorState"]

logger = logging.getLogger("kie.emulator")


class EmulatorState(FilesMixin):
    """Everything one emulator holds in memory; thread-safe (uvicorn, renderers and tests share it).

    Args:
        config: the behaviour; ``EmulatorConfig()`` by default.
        clock: monotonic seconds driving task states (inject a fake one in tests);
            ``time.monotonic`` by default. Assignable later as ``state.clock``.
        wall_clock: Unix seconds for createTime & co. and callback timestamps; ``time.time``.

    Attributes:
        config: the ``EmulatorConfig`` in force (read when a task is created).
        clock: the task clock.
        wall_clock: the wall clock.
        tasks: task id -> ``TaskRecord``.
        files: ``uploadPath/fileName`` -> ``StoredFile``.
        results: task id -> rendered MP4 bytes.
        created_count: tasks created since the last reset.
        requests: request counts by URL path (admin routes excluded).
        credits: the account balance, credits.
        callback_log: one dict per callback delivery attempt.
        faults: the ``FaultQueue``.

    """

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        self.config = config if config is not None else EmulatorConfig()
        self.clock: Callable[[], float] = clock if clock is not None else time.monotonic
        self.wall_clock: Callable[[], float] = wall_clock if wall_clock is not None else time.time
        self.faults = FaultQueue()
        self._lock = threading.RLock()
        self._renderer: concurrent.futures.ThreadPoolExecutor | None = None
        self._renders: dict[str, concurrent.futures.Future[None]] = {}
        self._callbacks = CallbackDispatcher(self)
        self._links: dict[str, tuple[str, float]] = {}
        self.tasks: dict[str, TaskRecord] = {}
        self.files: dict[str, StoredFile] = {}
        self.results: dict[str, bytes] = {}
        self.created_count = 0
        self.requests: collections.Counter[str] = collections.Counter()
        self.credits = self.config.credits
        self.callback_log: list[dict[str, Any]] = []

    # ------------------------------------------------------------------ faults & counters

    def inject(
        self,
        fault: str,
        count: int = 1,
        *,
        paths: Iterable[str] | str | None = None,
        when: When = "before",
        retry_after: float = 1.0,
        seconds: float = 1.0,
        http_status: int | None = None,
    ) -> Fault:
        """Queue a fault; see ``FaultQueue.inject`` (kinds: 429, 455, 500, drop, slow, malformed, fail_task).

        Args:
            fault: the kind.
            count: how many matching requests (tasks, for ``"fail_task"``) it strikes.
            paths: only these request paths (``None``: every API and ``/files/`` path).
            when: ``"after"``: createTask creates (and charges) the task, then the fault answers.
            retry_after: ``Retry-After`` of a 429, seconds.
            seconds: delay of a ``"slow"`` answer, seconds.
            http_status: HTTP status instead of the fault's own code.

        Returns:
            The queued ``Fault``.

        Raises:
            ValueError: a bad kind or option.

        """
        return self.faults.inject(
            fault, count, paths=paths, when=when, retry_after=retry_after, seconds=seconds, http_status=http_status
        )

    def count_request(self, path: str) -> None:
        """Count one request to ``path`` (for ``/_emulator/stats``)."""
        with self._lock:
            self.requests[path] += 1

    def log_callback(self, entry: Mapping[str, Any]) -> None:
        """Record one callback delivery attempt (``task_id``, ``url``, ``status``, ``error``, ...)."""
        with self._lock:
            self.callback_log.append(dict(entry))

    # ------------------------------------------------------------------ tasks

    def create_task(self, body: dict[str, Any], base_url: str) -> TaskRecord | None:
        """Create, charge and start rendering a task from a validated createTask body.

        Args:
            body: the output of ``build_create_body`` (``model``, ``input``, ``callBackUrl``?).
            base_url: the emulator's URL as the client sees it (``http://127.0.0.1:PORT``).

        Returns:
            The new ``TaskRecord``, or ``None`` when the balance is below
            ``credits_per_task`` (the caller answers body code 402).

        """
        model, input_ = body["model"], body["input"]
        info = MODELS[model]
        defaults = {name: f.default for name, f in info.fields.items() if f.has_default}
        duration = (
            first_positive_int(input_.get("duration"), info.output.get("duration"), defaults.get("duration")) or 5
        )
        resolution = next(
            (
                str(r)
                for r in (input_.get("resolution"), info.output.get("resolution"), defaults.get("resolution"))
                if isinstance(r, str) and r
            ),
            "720p",
        )
        try:
            width, height = output_size(resolution)
        except ValueError:
            width, height = output_size("720p")
        urls: list[str] = []
        for field in info.image_fields:
            value = input_.get(field.name)
            urls.extend(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v)
        frames = [self.local_file(url, base_url) for url in urls[:2]]
        config = self.config
        with self._lock:
            if self.credits < config.credits_per_task:
                return None
            task = TaskRecord(
                task_id=uuid.uuid4().hex,
                model=model,
                body=body,
                created=self.clock(),
                create_ms=round(self.wall_clock() * 1000),
                phases=(config.waiting_s, config.queuing_s, config.generating_s),
                charged=config.credits_per_task,
                duration=duration,
                resolution=resolution,
                width=width,
                height=height,
                base_url=base_url,
                callback_url=body.get("callBackUrl"),
                fail=self.faults.take_task_failure(),
            )
            self.credits -= task.charged
            self.tasks[task.task_id] = task
            self.created_count += 1
            if not task.fail:
                if self._renderer is None:
                    self._renderer = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="kie-emulator-render")
                first = frames[0] if frames else None
                last = frames[1] if len(frames) > 1 else None
                self._renders[task.task_id] = self._renderer.submit(self._render, task, first, last)
            if task.callback_url:
                self._callbacks.watch(task.task_id, task.callback_url)
        logger.info("task %s created (%s, %ss %s)", task.task_id, model, duration, resolution)
        return task

    def _render(self, task: TaskRecord, first: bytes | None, last: bytes | None) -> None:
        data: bytes | None = None
        error: str | None = None
        try:
            data = render_mp4(
                duration=task.duration,
                width=task.width,
                height=task.height,
                first_frame=first,
                last_frame=last,
                fps=self.config.fps,
                label=f"{task.model} {task.task_id[:8]}",
            )
        except Exception as exc:  # a render failure fails the task, never the emulator
            logger.warning("task %s: render failed: %s", task.task_id, exc)
            error = str(exc)
        with self._lock:
            self._renders.pop(task.task_id, None)
            if self.tasks.get(task.task_id) is not task:
                return  # reset meanwhile
            if data is not None:
                self.results[task.task_id] = data
            task.render_error = error
            task.rendered_at = self.clock()

    def get(self, task_id: str) -> TaskRecord | None:
        """Return the task with this id, or ``None``."""
        with self._lock:
            return self.tasks.get(task_id)

    def status(self, task: TaskRecord) -> TaskStatus:
        """Compute a task's state now, ending it (once) when its time is up and its MP4 is ready.

        Args:
            task: the task.

        Returns:
            Its ``TaskStatus``.

        """
        with self._lock:
            if task.final_state is None:
                waiting, queuing, generating = task.phases
                elapsed = self.clock() - task.created
                if elapsed < waiting:
                    return TaskStatus("waiting", 0, task.created)
                if elapsed < waiting + queuing:
                    return TaskStatus("queuing", 0, task.created + waiting)
                if elapsed < waiting + queuing + generating or (not task.fail and task.rendered_at is None):
                    share = (elapsed - waiting - queuing) / generating if generating > 0 else 1.0
                    return TaskStatus("generating", max(0, min(99, int(100 * share))), task.created + waiting + queuing)
                self._finish(task)
            assert task.finished_at is not None  # noqa: S101 - set by _finish
            return TaskStatus(task.final_state or "fail", 100 if task.final_state == "success" else 0, task.finished_at)

    def _finish(self, task: TaskRecord) -> None:
        end = task.created + sum(task.phases)
        task.finished_at = max(end, task.rendered_at) if task.rendered_at is not None else end
        if task.fail or task.render_error is not None or task.task_id not in self.results:
            task.final_state = "fail"
            task.fail_code = "500"
            task.fail_msg = "emulated failure" if task.fail else f"emulated render failed: {task.render_error}"
            task.consumed = 0.0 if self.config.refund_failed else task.charged
            if self.config.refund_failed:
                self.credits += task.charged
        else:
            task.final_state = "success"
            task.consumed = task.charged
        logger.info("task %s %s", task.task_id, task.final_state)

    def record_info(self, task: TaskRecord, base_url: str) -> dict[str, Any]:
        """Build recordInfo's ``data`` for a task (seed 000's shape plus the observed extras).

        Args:
            task: the task.
            base_url: the emulator's URL as the asking client sees it (for ``resultUrls``).

        Returns:
            ``taskId, model, state, param, resultJson, failCode, failMsg, costTime``
            (seconds), ``completeTime, createTime, updateTime`` (epoch ms),
            ``creditsConsumed, progress``.

        """
        status = self.status(task)
        done = task.final_state is not None and task.finished_at is not None
        param = dict(task.body)
        if self.config.double_encode_input:
            param["input"] = compact_json(param["input"])
        result = compact_json({"resultUrls": [self.result_url(task.task_id, base_url)]})
        return {
            "taskId": task.task_id,
            "model": task.model,
            "state": status.state,
            "param": compact_json(param),
            "resultJson": result if status.state == "success" else "",
            "failCode": task.fail_code,
            "failMsg": task.fail_msg,
            "costTime": round(status.since - task.created) if done else None,
            "completeTime": task.wall_ms(status.since) if done else None,
            "createTime": task.create_ms,
            "updateTime": task.wall_ms(status.since),
            "creditsConsumed": task.consumed if done else None,
            "progress": status.progress,
        }

    def ended_callback_payload(self, task_id: str) -> tuple[dict[str, Any] | None, bool]:
        """Return the callback body of a task that has ended (``API-FACTS.md``, "Callbacks").

        Args:
            task_id: the task.

        Returns:
            ``(payload, gone)``: the body (``code`` 200, or 501 for a failed task;
            ``data`` = the record plus ``consumeCredits``/``remainedCredits``) or
            ``None`` while the task runs; ``gone`` is True when the task no longer exists.

        """
        with self._lock:
            task = self.tasks.get(task_id)
            if task is None:
                return None, True
            if self.status(task).state not in ("success", "fail"):
                return None, False
            data = self.record_info(task, task.base_url)
            data["consumeCredits"] = task.consumed
            data["remainedCredits"] = round(self.credits, 2)
        failed = data["state"] == "fail"
        return {"code": 501 if failed else 200, "msg": data["failMsg"] if failed else "success", "data": data}, False

    # ------------------------------------------------------------------ admin

    def stats(self) -> dict[str, Any]:
        """Return ``created_count``, ``tasks_by_state``, ``requests`` by path, credits, callbacks and faults."""
        with self._lock:
            by_state = collections.Counter(self.status(task).state for task in self.tasks.values())
            return {
                "created_count": self.created_count,
                "tasks_by_state": dict(sorted(by_state.items())),
                "requests": dict(sorted(self.requests.items())),
                "credits": round(self.credits, 2),
                "files": len(self.files),
                "results": len(self.results),
                "callbacks": list(self.callback_log),
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
        with self._lock:
            renders = list(self._renders.values())
        _done, not_done = concurrent.futures.wait(renders, timeout=timeout)
        return not not_done and self._callbacks.wait_deliveries(max(0.0, deadline - time.monotonic()))

    def reset(self) -> None:
        """Forget all tasks, files, results, links, faults, counters and callbacks; refill credits."""
        with self._lock:
            for future in self._renders.values():
                future.cancel()
            self._renders.clear()
            self._callbacks.clear()
            self.faults.clear()
            self._links.clear()
            self.tasks.clear()
            self.files.clear()
            self.results.clear()
            self.requests.clear()
            self.callback_log.clear()
            self.created_count = 0
            self.credits = self.config.credits

    def close(self) -> None:
        """Stop the render pool and the callback threads (queued work is cancelled)."""
        with self._lock:
            renderer, self._renderer = self._renderer, None
        if renderer is not None:
            renderer.shutdown(wait=False, cancel_futures=True)
        self._callbacks.close()
