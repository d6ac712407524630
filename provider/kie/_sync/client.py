# Generated from provider/kie/_async/client.py by scripts/unasync: do not edit.
"""``kie.Client``: the synchronous client, generated from ``kie.AsyncClient``.

The API operations come from ``kie._async.api``; this layer adds waiting,
``submit`` / ``generate`` / ``generate_many`` (downloads: ``AsyncDownloads``). Everything but I/O
comes from the shared core (``kie._waiting``, ``kie._generate``,
``kie._downloads``, ``kie._batch``); file reads and writes run in a worker
thread so the event loop never blocks on disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kie._batch import JobFailure, JobResult, JobSuccess, check_jobs, note_batch_interrupted, split_job
from kie._generate import plan_generate
from kie._tasks import Task, TaskInfo, attach_task_id, note_interrupted, unexpected_error
from kie._uploads import FileInput
from kie._waiting import Waiter, check_seconds
from kie.errors import KieError

from .downloads import SyncDownloads
from .io import run_blocking, run_jobs, wait_for_callback
from .recovery import SyncRecovery

if TYPE_CHECKING:
    from kie.callbacks import CallbackReceiver
    from kie_api.model_ids import ModelId

__all__ = ["Client"]

logger = logging.getLogger("kie")

ProgressCallback = Callable[[TaskInfo], object]


class Client(SyncRecovery, SyncDownloads):
    """A synchronous client for the kie.ai jobs API (or the apikley mirror, the emulator, any host).

    Args:
        api_key: the Bearer key. Default: the provider's env var (``KIE_API_KEY``
            for ``kie``, ``APIKLEY_API_KEY`` for ``apikley``; the emulator accepts any).
        provider: ``"kie"`` (default), ``"apikley"``, ``"emulator"`` (a local emulator started in-process
            on first use, extra ``emulator``) or a ``kie.Provider``. Default: env ``KIE_PROVIDER``.
        base_url: the jobs API host, overriding the provider's. Default: env ``KIE_BASE_URL``.
        upload_base_url: the file-upload host. Default: env ``KIE_UPLOAD_BASE_URL``, then the provider's.
        timeout: per HTTP request, seconds (float) or an ``httpx.Timeout``.
        max_retries: retries of a failed call (createTask only where no task can exist).
        http_client: an ``httpx.Client`` to send with (its transport, proxies...); not closed by ``close()``.
        rate_limit: ``(calls, seconds)`` in-process pacing of createTask (the API allows 20 per 10 s);
            ``None``: no pacing. Unused when there is a ``rate_limiter``.
        poll_interval: the first wait between status polls, seconds, then backing off.
            Default: polls planned around the model's typical duration (learned from
            the tasks this client saw finish, else the spec's), 2 s backing off without one.
        clock: a monotonic clock (seconds), injectable for tests.
        sleep: the sleep function (seconds), injectable for tests.
        journal: a ``kie.journal.Journal``, a file path, ``sqlite:///PATH`` or ``postgresql://...``: every job is
            recorded before each step (``resume``, ``reconcile``); ``"off"``: none, whatever env
            ``KIE_JOURNAL`` says. Default: env ``KIE_JOURNAL``, else none.
        rate_limiter: createTask pacing shared with other clients, processes or machines: a
            ``kie.limits.RateLimiter`` (``RedisRateLimiter``, ``SqliteRateLimiter``, a shared ``Pacer``)
            or a URL for ``kie.limits.from_url`` (``redis://...``, ``sqlite:///PATH``; closed by ``close()``).
            Only createTask takes a permit. Default: env ``KIE_RATE_LIMIT_URL``, else a ``Pacer`` of ``rate_limit``.

    Env vars, read here and never at import: ``KIE_PROVIDER``, ``KIE_BASE_URL``,
    ``KIE_UPLOAD_BASE_URL``, ``KIE_API_KEY`` / ``APIKLEY_API_KEY`` / ``KIE_EMULATOR_API_KEY``
    (by provider), ``KIE_LOG``, ``KIE_MODEL_SPECS`` (vendor model pages to register:
    ``kie.register_model_spec``), ``KIE_JOURNAL``, ``KIE_RATE_LIMIT_URL``.

    Raises:
        ConfigurationError: unknown provider, no API key, or a key bound for plain http off loopback.

    """

    # -- waiting and the multi-model helper -------------------------------------------------------

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = 900.0,
        on_progress: ProgressCallback | None = None,
        poll_interval: float | None = None,
        receiver: CallbackReceiver | None = None,
    ) -> TaskInfo:
        """Poll a task until it ends; resumable after a timeout with the same ``task_id``.

        Args:
            task_id: the task to wait for.
            timeout: the deadline, seconds from now (monotonic clock). The vendor
                advises giving up after 10-15 minutes.
            on_progress: called with each new ``TaskInfo`` (state or progress changed).
            poll_interval: the first interval, seconds (then backs off to 30 s). Default:
                the client's; without one, a task this client created is polled around its
                model's typical duration (its first poll 2 s after creation), others from 2 s.
            receiver: a ``kie.callbacks.CallbackReceiver`` that gets this task's
                callback: the wait ends on whichever comes first, the callback or a poll.

        Returns:
            The ``TaskInfo`` of the successful task.

        Raises:
            TaskFailedError: the task ended in ``fail``.
            WaitTimeoutError: the deadline passed; carries ``task_id`` and the last ``TaskInfo``.
            APIError, APIConnectionError: polling failed after retries (``.task_id`` is set).

        """
        check_seconds("timeout", timeout)
        check_seconds("poll_interval", poll_interval, allow_none=True)
        waiter = self._waiter(task_id, timeout, on_progress, poll_interval)
        try:
            return self._follow(waiter, receiver)
        except KieError:
            raise
        except Exception as exc:
            raise unexpected_error(task_id, exc) from exc
        except BaseException as exc:  # Ctrl-C, cancellation: the task goes on and its id must not vanish
            note_interrupted(exc, task_id)
            raise

    def _follow(self, waiter: Waiter, receiver: CallbackReceiver | None) -> TaskInfo:
        task_id = waiter.task_id
        delay = waiter.first_delay()  # a task created a moment ago is not polled at once
        while True:
            if receiver is None:
                self._sleep_for(delay)
            elif delay > 0:
                wait_for_callback(receiver, task_id, delay)
            info = receiver.results.get(task_id) if receiver is not None else None  # final results only
            if info is None:
                info = self.get_task(task_id, timeout=waiter.request_timeout(self._timeout(None).read))
            if self._observe(waiter, info):  # the journal records the end, success or fail
                return info
            delay = waiter.next_delay()

    def submit(
        self,
        model: ModelId | str,
        *,
        prompt: str | None = None,
        image: FileInput | None = None,
        end_image: FileInput | None = None,
        images: Sequence[FileInput] | None = None,
        video: FileInput | None = None,
        audio: FileInput | None = None,
        duration: float | None = None,
        resolution: str | None = None,
        aspect_ratio: str | None = None,
        callback_url: str | None = None,
        job_id: str | None = None,
        **model_options: Any,
    ) -> Task:
        """Check, upload, create: the first half of ``generate`` (the multi-model helper).

        Everything is checked before anything leaves the machine: the model, the
        options, the roles, the local files' type and size, the whole createTask
        body. Only then are local files uploaded and the task created.

        Args:
            model: the model id (a bundled one autocompletes: ``kie.ModelId``; see ``kie.MODELS``).
            prompt: the text prompt.
            image: the first frame (or the one image): a URL, a local path, bytes or a binary file
                (local data is uploaded); a model that takes a list of images gets ``[image]``.
            end_image: the last frame, for models that take one (Hailuo, Seedance, Kling 2.1 pro).
            images: several (reference) images, each like ``image``.
            video: the input video (video-to-video, edit, upscale), a URL or a local MP4.
            audio: the input audio (lip-sync, speech-to-video), a URL or a local MP3/WAV.
            duration: seconds, in the model's own type (``5`` becomes Wan's ``"5"``).
            resolution: e.g. ``"1080p"``, matched to the model's spelling (``"768P"``).
            aspect_ratio: e.g. ``"16:9"``, matched to the model's spelling (Sora's ``"landscape"``).
            callback_url: passed as ``callBackUrl``.
            job_id: your stable key of the job in the journal (``create_task``'s): a job the
                journal holds already is not checked, uploaded or created again: its task is returned.
            **model_options: model fields by vendor name (``sound``, ``seed``,
                ``negative_prompt``, ``prompt_optimizer``, ``enable_prompt_expansion``).

        Returns:
            The created ``Task`` (or the journal's, for a known ``job_id``); follow it with ``wait(task.task_id)``.

        Raises:
            InputValidationError: a role or an option the model does not have (the message
                lists those it has: ``kie.MODELS[model].roles``), a value out of the spec, or a
                local file of the wrong type or size; nothing was uploaded or sent.
            SubmitUncertainError, APIError, APIConnectionError: as ``upload`` and ``create_task``.

        """
        known = self._known_task(model, job_id)
        if known is not None:
            return known
        roles: dict[str, Any] = {"prompt": prompt, "image": image, "end_image": end_image, "images": images}
        roles |= {"video": video, "audio": audio, "duration": duration, "resolution": resolution}
        roles["aspect_ratio"] = aspect_ratio
        plan = run_blocking(plan_generate, model, **roles, callback_url=callback_url, options=model_options)
        urls = {local.role: self._upload_local(local) for local in plan.uploads}
        return self.create_task(model, plan.input_with(urls), callback_url=callback_url, job_id=job_id)

    def generate(
        self,
        model: ModelId | str,
        *,
        prompt: str | None = None,
        image: FileInput | None = None,
        end_image: FileInput | None = None,
        images: Sequence[FileInput] | None = None,
        video: FileInput | None = None,
        audio: FileInput | None = None,
        duration: float | None = None,
        resolution: str | None = None,
        aspect_ratio: str | None = None,
        callback_url: str | None = None,
        timeout: float = 900.0,
        on_progress: ProgressCallback | None = None,
        receiver: CallbackReceiver | None = None,
        job_id: str | None = None,
        **model_options: Any,
    ) -> TaskInfo:
        """Create a task with the shared vocabulary and wait for it: ``submit`` then ``wait``.

        Args:
            model: the model id (a bundled one autocompletes: ``kie.ModelId``; see ``kie.MODELS``).
            prompt: the text prompt.
            image: the first frame (or the one image): a URL or local data (uploaded first).
            end_image: the last frame, for models that take one.
            images: several (reference) images.
            video: the input video, a URL or a local MP4.
            audio: the input audio, a URL or a local MP3/WAV.
            duration: seconds, in the model's own type (``5`` becomes Wan's ``"5"``).
            resolution: e.g. ``"1080p"``, matched to the model's spelling.
            aspect_ratio: e.g. ``"16:9"``, matched to the model's spelling.
            callback_url: passed as ``callBackUrl``.
            timeout: the wait deadline, seconds.
            on_progress: called with each new ``TaskInfo``.
            receiver: the ``CallbackReceiver`` behind ``callback_url``: the wait ends on
                the callback or a poll, whichever comes first.
            job_id: your stable key of the job in the journal: a job it holds already is
                followed (waited for), never created again; see ``create_task``.
            **model_options: model fields by vendor name (``sound``, ``seed``,
                ``negative_prompt``, ``prompt_optimizer``, ``enable_prompt_expansion``).

        Returns:
            The successful ``TaskInfo``.

        Raises:
            InputValidationError: as ``submit``; nothing was uploaded or sent.
            TaskFailedError, WaitTimeoutError, SubmitUncertainError, APIError: as
                ``create_task`` and ``wait``.

        """
        check_seconds("timeout", timeout)
        roles: dict[str, Any] = {"prompt": prompt, "image": image, "end_image": end_image, "images": images}
        roles |= {"video": video, "audio": audio, "duration": duration, "resolution": resolution}
        roles["aspect_ratio"] = aspect_ratio
        task = self.submit(model, **roles, callback_url=callback_url, job_id=job_id, **model_options)
        return self.wait(task.task_id, timeout=timeout, on_progress=on_progress, receiver=receiver)

    def generate_many(self, jobs: Iterable[Mapping[str, Any]], *, concurrency: int = 8) -> list[JobResult]:
        """Run many ``generate`` jobs at once; one failure does not sink the batch.

        Args:
            jobs: keyword arguments of ``generate`` per job (``{"model": ..., "prompt": ..., "image": ...}``),
                ``job_id`` included: a job the journal holds already is followed, not created again.
            concurrency: how many jobs run at the same time (threads). createTask
                stays paced to the client's rate limiter across all of them.

        Returns:
            One ``JobResult`` per job, in order (``JobSuccess`` with its ``TaskInfo``, or
            ``JobFailure`` with its error; ``if result.ok:`` narrows), with its
            ``task_id`` whenever the API returned one.

        Raises:
            ValueError: ``concurrency`` < 1 or a job without ``model`` (before anything is sent).

        """
        batch = [dict(job) for job in jobs]
        check_jobs(batch, concurrency)
        created: dict[int, str] = {}

        def run(index: int) -> JobResult:
            model, submit_args, wait_args = split_job(batch[index])
            try:
                check_seconds("timeout", wait_args.get("timeout", 900.0))
                self._sleep_for(0)  # an interrupted batch submits nothing more
                task = self.submit(model, **submit_args)
                created[index] = task.task_id
                info = self.wait(task.task_id, **wait_args)
                return JobSuccess(index, batch[index], info=info)
            except KieError as exc:
                if index in created:
                    attach_task_id(exc, created[index])
                return JobFailure(index, batch[index], error=exc)
            except Exception as exc:  # one job's surprise never sinks the batch
                return JobFailure(index, batch[index], error=unexpected_error(created.get(index), exc))

        try:
            return run_jobs(run, len(batch), concurrency)
        except BaseException as exc:  # Ctrl-C, cancellation: every created task id is reported
            note_batch_interrupted(exc, created)
            raise
