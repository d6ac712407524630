"""The emulator's task store: creating, charging, rendering and ending tasks, and their records.

A task's state is a function of the emulator's clock (``waiting`` ->
``queuing`` -> ``generating`` -> ``success``/``fail``, the five states of the
newer common docs page, ``API-FACTS.md``); it reaches ``success`` once the
configured phases have elapsed AND its MP4, rendered in a background thread
pool from the moment the task is created, is ready. Every field of the
recordInfo record follows ``API-FACTS.md`` and seed 000 (``param`` as a JSON
string with a double-encoded ``input``, ``resultJson`` ``""`` until success,
``costTime`` in seconds, epoch-millisecond times). Credits are charged at
creation and, by default, refunded when a task fails.
"""

from __future__ import annotations

import concurrent.futures
import logging
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from kie import MODELS, ModelInfo
from kie.urls import is_http_url

from ._records import Runtime, TaskRecord, TaskStatus, compact_json, first_positive_int
from .video import output_size, render_mp4

__all__ = ["RESULTS_DIR", "OutputShape", "TaskStore", "image_urls", "output_shape", "result_url"]

logger = logging.getLogger("kie.emulator")

RESULTS_DIR = "results"
"""Folder of ``/files/`` that holds the rendered results (``/files/results/{taskId}.mp4``)."""


def result_url(task_id: str, base_url: str) -> str:
    """Return a result MP4's URL: ``{base_url}/files/results/{task_id}.mp4``."""
    return f"{base_url.rstrip('/')}/files/{RESULTS_DIR}/{task_id}.mp4"


@attrs.frozen
class OutputShape:
    """What a task's MP4 will be: ``duration`` (seconds), ``resolution`` name, ``width`` and ``height`` (pixels)."""

    duration: int
    resolution: str
    width: int
    height: int


def output_shape(info: ModelInfo, input_: Mapping[str, Any]) -> OutputShape:
    """Decide a task's MP4 from its input, the model's fixed output, then the spec defaults.

    Args:
        info: the model (``kie.MODELS[model]``).
        input_: the validated createTask ``input``.

    Returns:
        The shape; 5 s and 720p when nothing says otherwise (a resolution the
        renderer cannot draw falls back to 720p's size, keeping its name).

    """
    defaults = {name: f.default for name, f in info.fields.items() if f.has_default}
    candidates = (input_.get, info.output.get, defaults.get)
    duration = first_positive_int(*(get("duration") for get in candidates)) or 5
    named = (get("resolution") for get in candidates)
    resolution = next((str(r) for r in named if isinstance(r, str) and r), "720p")
    try:
        width, height = output_size(resolution)
    except ValueError:
        width, height = output_size("720p")
    return OutputShape(duration, resolution, width, height)


def image_urls(info: ModelInfo, input_: Mapping[str, Any]) -> list[str]:
    """Return the http(s) URLs in a task's image fields, in the spec's field order (first frame first)."""
    urls: list[str] = []
    for field in info.image_fields:
        value = input_.get(field.name)
        urls.extend(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and is_http_url(v))
    return urls


class TaskStore(Mapping[str, TaskRecord]):
    """The tasks of one emulator (a read-only mapping of task id -> ``TaskRecord``), their MP4s and the balance.

    Args:
        runtime: the config, clocks and lock shared with the other parts of the state.

    Attributes:
        results: task id -> rendered MP4 bytes.
        created_count: tasks created since the last reset.
        credits: the account balance, credits.

    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime
        self._tasks: dict[str, TaskRecord] = {}
        self._renderer: concurrent.futures.ThreadPoolExecutor | None = None
        self._renders: dict[str, concurrent.futures.Future[None]] = {}
        self.results: dict[str, bytes] = {}
        self.created_count = 0
        self.credits = runtime.config.credits

    def __getitem__(self, task_id: str) -> TaskRecord:
        return self._tasks[task_id]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)

    def create(
        self, body: dict[str, Any], base_url: str, *, frames: list[bytes | None], fails: Callable[[], bool]
    ) -> TaskRecord | None:
        """Create and charge a task from a validated createTask body, and start rendering its MP4.

        Args:
            body: the output of ``kie.spec.build_create_body`` (``model``, ``input``, ``callBackUrl``?).
            base_url: the emulator's URL as the client sees it (``http://127.0.0.1:PORT``).
            frames: the first and last frame images (at most two; ``None`` or missing: the test pattern).
            fails: asked once the task is sure to be created (after the credit
                check): whether it must end in ``fail`` (an injected ``"fail_task"``);
                such a task renders nothing.

        Returns:
            The new ``TaskRecord``, or ``None`` when the balance is below
            ``credits_per_task`` (the caller answers body code 402).

        """
        shape = output_shape(MODELS[body["model"]], body["input"])
        with self._runtime.lock:
            config = self._runtime.config
            if self.credits < config.credits_per_task:
                return None
            task = TaskRecord(
                task_id=uuid.uuid4().hex,
                model=body["model"],
                body=body,
                created=self._runtime.clock(),
                create_ms=round(self._runtime.wall_clock() * 1000),
                phases=(config.waiting_s, config.queuing_s, config.generating_s),
                charged=config.credits_per_task,
                base_url=base_url,
                callback_url=body.get("callBackUrl"),
                fail=fails(),
                duration=shape.duration,
                resolution=shape.resolution,
                width=shape.width,
                height=shape.height,
            )
            self.credits -= task.charged
            self._tasks[task.task_id] = task
            self.created_count += 1
            if not task.fail:
                self._start_render(task, frames)
        logger.info("task %s created (%s, %ss %s)", task.task_id, task.model, task.duration, task.resolution)
        return task

    def _start_render(self, task: TaskRecord, frames: list[bytes | None]) -> None:
        if self._renderer is None:
            self._renderer = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="kie-emulator-render")
        first = frames[0] if frames else None
        last = frames[1] if len(frames) > 1 else None
        self._renders[task.task_id] = self._renderer.submit(self._render, task, first, last)

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
                fps=self._runtime.config.fps,
                label=f"{task.model} {task.task_id[:8]}",
            )
        except Exception as exc:  # a render failure fails the task, never the emulator
            logger.warning("task %s: render failed: %s", task.task_id, exc)
            error = str(exc)
        with self._runtime.lock:
            self._renders.pop(task.task_id, None)
            if self._tasks.get(task.task_id) is not task:
                return  # reset meanwhile
            if data is not None:
                self.results[task.task_id] = data
            task.render_error = error
            task.rendered_at = self._runtime.clock()

    def status(self, task: TaskRecord) -> TaskStatus:
        """Compute a task's state now, ending it (once) when its time is up and its MP4 is ready.

        Args:
            task: the task.

        Returns:
            Its ``TaskStatus``.

        """
        with self._runtime.lock:
            if task.final_state is None:
                waiting, queuing, generating = task.phases
                elapsed = self._runtime.clock() - task.created
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
        refund = self._runtime.config.refund_failed
        if task.fail or task.render_error is not None or task.task_id not in self.results:
            task.final_state = "fail"
            task.fail_code = "500"
            task.fail_msg = "emulated failure" if task.fail else f"emulated render failed: {task.render_error}"
            task.consumed = 0.0 if refund else task.charged
            if refund:
                self.credits += task.charged
        else:
            task.final_state = "success"
            task.consumed = task.charged
        logger.info("task %s %s", task.task_id, task.final_state)

    def succeeded(self, task_id: str) -> TaskRecord | None:
        """Return the task when it has ended in ``success`` with its MP4 in ``results``, else ``None``."""
        with self._runtime.lock:
            task = self._tasks.get(task_id)
            ok = task is not None and task_id in self.results and self.status(task).state == "success"
            return task if ok else None

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
        if self._runtime.config.double_encode_input:
            param["input"] = compact_json(param["input"])
        result = compact_json({"resultUrls": [result_url(task.task_id, base_url)]})
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

    def callback_payload(self, task_id: str) -> tuple[dict[str, Any] | None, bool]:
        """Return the callback body of a task that has ended (``API-FACTS.md``, "Callbacks").

        Args:
            task_id: the task.

        Returns:
            ``(payload, gone)``: the body (``code`` 200, or 501 for a failed task;
            ``data`` = the record plus ``consumeCredits``/``remainedCredits``) or
            ``None`` while the task runs; ``gone`` is True when the task no longer exists.

        """
        with self._runtime.lock:
            task = self._tasks.get(task_id)
            if task is None:
                return None, True
            if self.status(task).state not in ("success", "fail"):
                return None, False
            data = self.record_info(task, task.base_url)
            data["consumeCredits"] = task.consumed
            data["remainedCredits"] = round(self.credits, 2)
        failed = data["state"] == "fail"
        return {"code": 501 if failed else 200, "msg": data["failMsg"] if failed else "success", "data": data}, False

    def states(self) -> dict[str, int]:
        """Count the tasks by their state now, sorted by state name."""
        with self._runtime.lock:
            counts: dict[str, int] = {}
            for task in self._tasks.values():
                state = self.status(task).state
                counts[state] = counts.get(state, 0) + 1
            return dict(sorted(counts.items()))

    def wait_renders(self, timeout: float) -> bool:
        """Block until every started render has finished; True when they all did within ``timeout`` seconds."""
        with self._runtime.lock:
            renders = list(self._renders.values())
        _done, not_done = concurrent.futures.wait(renders, timeout=timeout)
        return not not_done

    def reset(self) -> None:
        """Forget every task and result (queued renders are cancelled) and refill the credits from the config."""
        with self._runtime.lock:
            for future in self._renders.values():
                future.cancel()
            self._renders.clear()
            self._tasks.clear()
            self.results.clear()
            self.created_count = 0
            self.credits = self._runtime.config.credits

    def close(self) -> None:
        """Stop the render pool (queued renders are cancelled)."""
        with self._runtime.lock:
            renderer, self._renderer = self._renderer, None
        if renderer is not None:
            renderer.shutdown(wait=False, cancel_futures=True)
