"""The emulator's task store: creating, charging, rendering and ending tasks, and their records.

A task's state is a function of the emulator's clock (``waiting`` ->
``queuing`` -> ``generating`` -> ``success``/``fail``, the five states of the
newer common docs page, ``API-FACTS.md``); it reaches ``success`` once the
configured phases have elapsed AND its result, asked of the render store
(``_renders``: rendered once per distinct request, on disk) from the moment
the task is created, is ready. The result is the media of the model's category
(``_media``: an MP4, a PNG/JPEG/WebP or an MP3/WAV/Ogg). Every field of the
recordInfo record follows ``API-FACTS.md`` and seed 000 (``param`` as a JSON
string with a double-encoded ``input``, ``resultJson`` ``""`` until success and
then ``{"resultUrls": [url]}`` for every category, as the common recordInfo page
documents, ``costTime`` in seconds, epoch-millisecond times). Credits are
charged at creation and, by default, refunded when a task fails.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import logging
import sys
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kie import MODELS, ModelInfo
from kie.media import EXTENSIONS, sniff_mime

from ._media import MediaSpec, media_spec
from ._records import Runtime, TaskRecord, TaskStatus, compact_json
from ._renders import RenderStore

__all__ = ["RESULTS_DIR", "ResultFiles", "TaskStore", "input_images", "result_url", "task_media"]

logger = logging.getLogger("kie.emulator")

_SPEC_CACHE = 4096
"""The most (model, input) -> ``MediaSpec`` entries kept; the lot is dropped when full."""

RESULTS_DIR = "results"
"""Folder of ``/files/`` that holds the rendered results (``/files/results/{taskId}.mp4``, ``.png``, ``.mp3``...)."""


def result_url(task_id: str, base_url: str, mime: str = "video/mp4") -> str:
    """Return a result's URL: ``{base_url}/files/results/{task_id}{ext}``, the extension of its type (``.mp4``)."""
    return f"{base_url.rstrip('/')}/files/{RESULTS_DIR}/{task_id}{EXTENSIONS.get(mime, '')}"


def input_images(files: list[bytes | None]) -> list[bytes]:
    """Keep the files that are images (by their magic bytes): what a picture can be drawn from."""
    return [data for data in files if data is not None and (sniff_mime(data[:16]) or "").startswith("image/")]


def task_media(
    info: ModelInfo, input_: Mapping[str, Any], *, fps: int, images: list[bytes], draw_prompt: bool = False
) -> MediaSpec:
    """Decide a task's result: ``_media.media_spec`` for the model's category, over its fixed output and defaults.

    Args:
        info: the model (``kie.MODELS[model]``).
        input_: the validated createTask ``input``.
        fps: a video's frame rate (``EmulatorConfig.fps``).
        images: the input images the emulator holds (uploads the input names).
        draw_prompt: write the prompt on the picture (``EmulatorConfig.draw_prompt``).

    Returns:
        The ``MediaSpec``.

    """
    defaults = {name: f.default for name, f in info.fields.items() if f.has_default}
    values = {**defaults, **info.output, **input_}
    return media_spec(info.category, values, fps=fps, images=images, draw_prompt=draw_prompt)


class ResultFiles(Mapping[str, bytes]):
    """Task id -> the bytes of its rendered result (read from the render store's files on each access).

    Args:
        tasks: the task store's tasks by id.
        media: the render store holding the files.
        count: how many tasks have a result now (kept by the task store, so ``len`` is O(1)).

    """

    def __init__(self, tasks: dict[str, TaskRecord], media: RenderStore, count: Callable[[], int]) -> None:
        self._tasks = tasks
        self._media = media
        self._count = count

    def __getitem__(self, task_id: str) -> bytes:
        task = self._tasks[task_id]
        if task.result is None:
            raise KeyError(task_id)
        return self._media.read(task.result)

    def __iter__(self) -> Iterator[str]:
        return iter([task_id for task_id, task in list(self._tasks.items()) if task.result is not None])

    def __len__(self) -> int:
        return self._count()

    def __contains__(self, task_id: object) -> bool:
        task = self._tasks.get(task_id) if isinstance(task_id, str) else None
        return task is not None and task.result is not None


class TaskStore(Mapping[str, TaskRecord]):
    """The tasks of one emulator (a read-only mapping of task id -> ``TaskRecord``), their results and the balance.

    Args:
        runtime: the config, clocks and lock shared with the other parts of the state.

    Attributes:
        media: the ``RenderStore``: rendered results on disk, each distinct render made once.
        results: task id -> rendered result bytes (``ResultFiles``, read from disk).
        created_count: tasks created since the last reset.
        credits: the account balance, credits.

    """

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime
        self._tasks: dict[str, TaskRecord] = {}
        self._live: dict[str, TaskRecord] = {}  # the tasks not ended yet: what a state count must look at
        self._ended: collections.Counter[str] = collections.Counter()  # ended tasks by final state
        self._waiting: dict[str, concurrent.futures.Future[str]] = {}  # task id -> its render, until resolved
        self._specs: dict[tuple[str, str, int, bool], MediaSpec] = {}  # (model, input, fps, draw_prompt) -> spec
        self._result_count = 0
        self.media = RenderStore()
        self.results = ResultFiles(self._tasks, self.media, lambda: self._result_count)
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
        """Create and charge a task from a validated createTask body, and ask for its result.

        Args:
            body: the output of ``kie.spec.build_create_body`` (``model``, ``input``, ``callBackUrl``?).
            base_url: the emulator's URL as the client sees it (``http://127.0.0.1:PORT``).
            frames: the uploads the input's file fields name, in order (``None`` for
                a URL that is not an upload here); the images among them are the
                first and last frame of a video, the source of an image.
            fails: asked once the task is sure to be created (after the credit
                check): whether it must end in ``fail`` (an injected ``"fail_task"``);
                such a task renders nothing.

        Returns:
            The new ``TaskRecord``, or ``None`` when the balance is below
            ``credits_per_task`` (the caller answers body code 402).

        """
        config = self._runtime.config
        images = input_images(frames)
        input_json = compact_json(body["input"])
        spec = self._spec(body["model"], body["input"], input_json, images)
        param = dict(body)
        if config.double_encode_input:
            param["input"] = input_json
        with self._runtime.lock:
            if self.credits < config.credits_per_task:
                return None
            task = TaskRecord(
                task_id=uuid.uuid4().hex,
                model=sys.intern(body["model"]),
                param=compact_json(param),
                created=self._runtime.clock(),
                create_ms=round(self._runtime.wall_clock() * 1000),
                phases=(config.waiting_s, config.queuing_s, config.generating_s),
                charged=config.credits_per_task,
                base_url=sys.intern(base_url),
                category=spec.category,
                mime=spec.mime,
                callback_url=body.get("callBackUrl"),
                fail=fails(),
                duration=spec.duration,
                resolution=spec.resolution,
                width=spec.width,
                height=spec.height,
            )
            self.credits -= task.charged
            self._tasks[task.task_id] = task
            self._live[task.task_id] = task
            self.created_count += 1
            if not task.fail:
                self._ask_render(task, spec, images)
        logger.debug("task %s created (%s, %s %s)", task.task_id, task.model, task.mime, task.resolution)
        return task

    def _spec(self, model: str, input_: dict[str, Any], input_json: str, images: list[bytes]) -> MediaSpec:
        """The task's ``MediaSpec``, remembered for inputs without images (a suite repeats its requests)."""
        fps, draw = self._runtime.config.fps, self._runtime.config.draw_prompt
        key = (model, input_json, fps, draw)
        spec = None if images else self._specs.get(key)
        if spec is None:
            spec = task_media(MODELS[model], input_, fps=fps, images=images, draw_prompt=draw)
            if not images:
                if len(self._specs) >= _SPEC_CACHE:
                    self._specs.clear()
                self._specs[key] = spec
        return spec

    def _ask_render(self, task: TaskRecord, spec: MediaSpec, images: list[bytes]) -> None:
        future = self.media.request(spec, images)
        if future.done():
            self._resolve(task, future)
            return
        self._waiting[task.task_id] = future
        future.add_done_callback(functools.partial(self._rendered, task))

    def _rendered(self, task: TaskRecord, future: concurrent.futures.Future[str]) -> None:
        with self._runtime.lock:
            if self._tasks.get(task.task_id) is task:  # else reset meanwhile
                self._resolve(task, future)

    def _resolve(self, task: TaskRecord, future: concurrent.futures.Future[str]) -> None:
        """Note a finished render on its task (once; the lock is held)."""
        if task.rendered_at is not None:
            return
        self._waiting.pop(task.task_id, None)
        try:
            task.result = future.result()
            self._result_count += 1
        except Exception as exc:  # a render failure fails the task, never the emulator
            logger.warning("task %s: render failed: %s", task.task_id, exc)
            task.render_error = str(exc) or type(exc).__name__
        task.rendered_at = self._runtime.clock()

    def status(self, task: TaskRecord) -> TaskStatus:
        """Compute a task's state now, ending it (once) when its time is up and its result is ready.

        Args:
            task: the task.

        Returns:
            Its ``TaskStatus``.

        """
        with self._runtime.lock:
            if task.final_state is None:
                if task.rendered_at is None and not task.fail:
                    self._poll_render(task)
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

    def _poll_render(self, task: TaskRecord) -> None:
        """Note a render that has finished before its done-callback ran (the lock is held)."""
        future = self._waiting.get(task.task_id)
        if future is not None and future.done():
            self._resolve(task, future)

    def _finish(self, task: TaskRecord) -> None:
        self._live.pop(task.task_id, None)
        end = task.created + sum(task.phases)
        task.finished_at = max(end, task.rendered_at) if task.rendered_at is not None else end
        refund = self._runtime.config.refund_failed
        if task.fail or task.render_error is not None or task.result is None:
            task.final_state = "fail"
            task.fail_code = "500"
            task.fail_msg = "emulated failure" if task.fail else f"emulated render failed: {task.render_error}"
            task.consumed = 0.0 if refund else task.charged
            if refund:
                self.credits += task.charged
        else:
            task.final_state = "success"
            task.consumed = task.charged
        self._ended[task.final_state] += 1
        logger.debug("task %s %s", task.task_id, task.final_state)

    def succeeded(self, task_id: str) -> TaskRecord | None:
        """Return the task when it has ended in ``success`` with its result rendered, else ``None``."""
        with self._runtime.lock:
            task = self._tasks.get(task_id)
            ok = task is not None and task.result is not None and self.status(task).state == "success"
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
        url = result_url(task.task_id, base_url, task.mime)
        return {
            "taskId": task.task_id,
            "model": task.model,
            "state": status.state,
            "param": task.param,
            "resultJson": compact_json({"resultUrls": [url]}) if status.state == "success" else "",
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
        """Count the tasks by their state now, sorted by state name (only the tasks not ended yet are looked at)."""
        with self._runtime.lock:
            counts = collections.Counter(self._ended)
            for task in list(self._live.values()):
                counts[self.status(task).state] += 1
            return dict(sorted(counts.items()))

    def wait_renders(self, timeout: float) -> bool:
        """Block until every render a task waits for has finished; True when they all did within ``timeout`` seconds."""
        with self._runtime.lock:
            renders = set(self._waiting.values())
        _done, not_done = concurrent.futures.wait(renders, timeout=timeout)
        return not not_done

    def reset(self) -> None:
        """Forget every task and result and refill the credits from the config (rendered files stay cached)."""
        with self._runtime.lock:
            self._waiting.clear()
            self._tasks.clear()
            self._live.clear()
            self._ended.clear()
            self._result_count = 0
            self.media.reset_counters()
            self.created_count = 0
            self.credits = self._runtime.config.credits

    def close(self) -> None:
        """Stop the render pool (queued renders are cancelled) and remove the rendered files."""
        self.media.close()
