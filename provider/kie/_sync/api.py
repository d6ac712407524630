# Generated from provider/kie/_async/api.py by scripts/unasync: do not edit.
"""``kie.Client``'s API layer: one method per operation (generated from ``kie._async.api``).

Requests, retries and pacing for createTask, recordInfo, the upload API,
credits and download-url; the helpers built on them (``wait``, ``submit``,
``generate``, ``download``) live in ``kie._async.client``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import httpx

from kie._base_client import BaseClient
from kie._generate import LocalFile
from kie._journaling import downloaded, feed_durations, known_task_id, refused, report_failure, written_before
from kie._models import TypedInput
from kie._providers import Provider
from kie._requests import CREATE_TASK, CREDITS, DOWNLOAD_URL, RECORD_INFO, UPLOAD_STREAM, Endpoint, Timeout
from kie._retry import Retry, handle_exception, handle_response
from kie._tasks import Task, TaskInfo, attach_task_id
from kie._uploads import FileInput, read_file_input
from kie._waiting import Waiter
from kie.errors import ConfigurationError, KieError, NotFoundError, TaskFailedError, TaskNotFoundError
from kie.journal import JobRecord, JobState, Journal
from kie.limits import RateLimiter

from .io import Gate, Sleep, default_sleep, pause, reserve_permit, run_blocking

if TYPE_CHECKING:  # the generated package is not imported by `import kie`: only its Literal of ids is used
    from kie_api.model_ids import ModelId

__all__ = ["SyncAPI"]

logger = logging.getLogger("kie")


class SyncAPI(BaseClient):
    """The operations of the jobs and upload APIs, one method each; ``kie.Client`` adds the helpers.

    Takes the arguments documented on ``kie.Client``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        provider: str | Provider | None = None,
        base_url: str | None = None,
        upload_base_url: str | None = None,
        timeout: Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        rate_limit: tuple[int, float] | None = (20, 10.0),
        poll_interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = default_sleep,
        journal: Journal | str | os.PathLike[str] | None = None,
        rate_limiter: RateLimiter | str | None = None,
    ) -> None:
        super().__init__(
            api_key,
            provider=provider,
            base_url=base_url,
            upload_base_url=upload_base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            poll_interval=poll_interval,
            clock=clock,
            journal=journal,
            rate_limiter=rate_limiter,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(**self._http_options())
        self._gate = Gate(self.MAX_CONNECTIONS if self._owns_http else None)
        self._sleep = sleep

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connections, and the journal and the limiter the client built from a path or URL.

        An ``http_client``, a ``Journal`` or a limiter object you passed stays open.
        """
        if self._owns_http:
            self._http.close()
        if self._owned_journal is not None:
            self._owned_journal.close()  # its connections: a PostgreSQL journal's sessions end here
        if self._owned_limiter is not None:
            self._owned_limiter.close()

    # -- I/O core ---------------------------------------------------------------------------------

    def _call(
        self,
        endpoint: Endpoint,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        files: Any = None,
        data: Any = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        permit_held: bool = False,
    ) -> Any:
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 0
        while True:
            if endpoint is CREATE_TASK and not (permit_held and attempt == 0):  # polls never count
                self._take_permit()
            request = self._build(
                self._http, endpoint, params=params, json=json, files=files, data=data, timeout=timeout
            )
            started = time.monotonic()
            try:
                with self._gate:  # never more requests than connections: none waits, timed, in the pool
                    response = self._http.send(request, follow_redirects=endpoint.follows_redirects)
            except httpx.RequestError as exc:
                self._log_answer(endpoint, exc, started)
                verdict: Any = handle_exception(endpoint, exc, attempt, retries, body=json)
            else:
                self._log_answer(endpoint, response, started)
                verdict = handle_response(endpoint, response, attempt, retries, body=json)
            if not isinstance(verdict, Retry):
                return verdict
            logger.info("retrying %s in %.2f s (attempt %d of %d)", verdict.reason, verdict.delay, attempt + 1, retries)
            self._sleep_for(verdict.delay)
            attempt += 1

    def _take_permit(self) -> None:
        """Wait for a createTask permit of the rate limiter, if any (``RateLimiterError``: its store is down)."""
        if self.rate_limiter is not None:
            self._sleep_for(reserve_permit(self.rate_limiter))

    def _sleep_for(self, seconds: float) -> None:
        pause(self._sleep, seconds)

    # -- the journal ------------------------------------------------------------------------------

    def _note(self, record: JobRecord | None, *, strict: bool = False) -> JobRecord | None:
        """Write ``record`` to the journal, if any, off the event loop; the stored record, or ``None``.

        A failed write raises ``JournalError`` when ``strict`` (before createTask), else is
        logged at ERROR and the job goes on (``kie._journaling``: the task id is never lost).
        """
        journal = self.journal
        if journal is None or record is None:
            return None
        self._read_journal()
        try:
            return run_blocking(journal.write, record)
        except Exception as exc:
            report_failure(record, exc, strict=strict)
            return None

    def _note_task(self, info: TaskInfo) -> None:
        """Journal a polled task's state (success or fail, with its cost time)."""
        if self.journal is not None:
            self._note(JobRecord.from_task(info, self.base_url))

    def _observe(self, waiter: Waiter, info: TaskInfo) -> bool:
        """``waiter.observe(info)``, journaling the task's end (success or fail)."""
        self._read_journal()  # cost times the journal keeps plan the polls
        try:
            done = waiter.observe(info)
        except TaskFailedError:
            self._note_task(info)
            raise
        if done:
            self._note_task(info)
        return done

    def _note_download(self, source: TaskInfo | str, path: Path) -> None:
        """Journal a saved result: its path, size and SHA-256 (read in a worker thread)."""
        if self.journal is not None and isinstance(source, TaskInfo):
            self._note(run_blocking(downloaded, source, path, self.base_url))

    def _known_task(self, model: str, job_id: str | None) -> Task | None:
        """The task the journal already holds for a caller's ``job_id`` (never a second one), or ``None``.

        Raises:
            ConfigurationError: ``job_id`` without a journal.
            SubmitUncertainError, JournalError, InputValidationError: as ``kie._journaling.known_task_id``.

        """
        if job_id is None:
            return None
        if self.journal is None:
            raise ConfigurationError("job_id needs a journal: pass journal=... or set KIE_JOURNAL")
        record = run_blocking(self.journal.get, job_id)
        return None if record is None else Task(task_id=known_task_id(job_id, model, record), model=model)

    def _read_journal(self) -> None:
        """Once per client: teach ``durations`` the cost times the journal keeps."""
        if self.journal is not None and not self._journal_read:
            self._journal_read = True
            run_blocking(feed_durations, self.journal, self.durations)

    # -- tasks ------------------------------------------------------------------------------------

    def create_task(
        self,
        model: ModelId | str,
        input: Mapping[str, Any] | TypedInput,
        *,
        callback_url: str | None = None,
        extra_input: Mapping[str, Any] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        job_id: str | None = None,
    ) -> Task:
        """Create a generation task (``POST /api/v1/jobs/createTask``, seed docs 000-004).

        Args:
            model: the model id, e.g. ``"kling-2.6/image-to-video"`` (see ``kie.MODELS``).
            input: the vendor's input fields by their vendor names, or the generated
                typed input class of the model (``kie_api.models``).
            callback_url: the API POSTs the finished task here (``callBackUrl``).
            extra_input: fields sent unchecked, on purpose (not in the bundled spec).
            timeout: this request's timeout, seconds.
            max_retries: retries for this call (only where no task can have been created).
            job_id: your stable key of the job in the journal (needs one): a job it holds already
                is never created again: its task is returned, or the job refused (below).

        Returns:
            The ``Task`` (``task_id``, ``model``); its id is also logged at INFO.

        With a journal, the job's ``intent`` is written before the request goes out and
        ``submitted`` (with the task id) before this returns; a lost answer leaves
        ``outcome_unknown``, a refusal ``fail``.

        Raises:
            InputValidationError: the input breaks the spec; nothing was sent.
            SubmitUncertainError: the request went out and its outcome is unknown (now, or for
                a ``job_id`` in an earlier run); never resent: the error carries its body.
            APIError: the API refused it (e.g. ``InsufficientCreditsError``, ``RateLimitError``).
            APIConnectionError: the API could not be reached.
            JournalError: the journal could not be written before sending; nothing was sent.
                With ``job_id``: a job createTask refused (no task exists).
            ConfigurationError: ``job_id`` without a journal.

        """
        body = self._create_body(model, input, callback_url, extra_input)
        known = self._known_task(model, job_id)
        if known is not None:
            return known
        self._take_permit()  # before the intent: a limiter that is down leaves no record behind
        job, theirs = self._write_intent(model, body, job_id)
        if theirs is not None:
            return theirs
        try:
            data = self._call(CREATE_TASK, json=body, timeout=timeout, max_retries=max_retries, permit_held=True)
        except KieError as exc:
            self._note(refused(job, exc) if job is not None else None)
            raise
        task = self._task(model, data)
        if job is not None:
            self._note(job.evolve(state=JobState.SUBMITTED, task_id=task.task_id))
        return task

    def _write_intent(
        self, model: str, body: dict[str, Any], job_id: str | None
    ) -> tuple[JobRecord | None, Task | None]:
        """Journal the job's ``intent`` (strict); the stored record, and the task if another process sent it first."""
        if self.journal is None:  # without one, no record is built (a uuid and a SHA-256 per call)
            return None, None
        intent = JobRecord.intent(model, body, self.base_url)
        intent = intent if job_id is None else intent.evolve(job_id=job_id)
        job = self._note(intent, strict=True)
        if job_id is not None and job is not None and written_before(job, intent):  # by another process
            return job, Task(task_id=known_task_id(job_id, model, job), model=model)
        return job, None

    def get_task(self, task_id: str, *, timeout: Timeout | None = None, max_retries: int | None = None) -> TaskInfo:
        """Fetch a task's record (``GET /api/v1/jobs/recordInfo``).

        Args:
            task_id: the id createTask returned.
            timeout: this request's timeout, seconds.
            max_retries: retries for this call.

        Returns:
            The decoded ``TaskInfo``.

        Raises:
            TaskNotFoundError: no such task (the API's 422 "recordInfo is null", or a 404):
                "no task <id> on <host>".
            APIError, APIConnectionError: the call failed after retries (``.task_id`` is set).

        """
        try:
            data = self._call(RECORD_INFO, params={"taskId": task_id}, timeout=timeout, max_retries=max_retries)
        except NotFoundError as exc:  # 422 "recordInfo is null", or a 404
            raise TaskNotFoundError.for_task(task_id, self.base_url, exc) from exc
        except KieError as exc:
            attach_task_id(exc, task_id)
            raise
        return self._task_info(task_id, data)

    # -- files ------------------------------------------------------------------------------------

    def upload(self, file: FileInput, *, upload_path: str = "kie-python", timeout: Timeout | None = None) -> str:
        """Upload a local image through the file-upload API (``POST /api/file-stream-upload``).

        Args:
            file: a path, bytes or a binary file object: jpeg, png or webp, at most 10 MB.
            upload_path: the ``uploadPath`` folder on the upload host.
            timeout: this request's timeout, seconds.

        Returns:
            The ``downloadUrl`` to pass to a model (files are deleted after 3 days).

        Raises:
            InputValidationError: not a jpeg/png/webp, or over 10 MB; nothing was sent.
            ConfigurationError: the provider has no known upload host.
            APIError, APIConnectionError: the upload failed.

        """
        content, name, mime = run_blocking(read_file_input, file)
        return self._upload_local(LocalFile("file", content, name, mime), upload_path, timeout)

    def _upload_local(self, local: LocalFile, upload_path: str = "kie-python", timeout: Timeout | None = None) -> str:
        self._url(UPLOAD_STREAM)  # fail early when there is no upload host
        data = self._call(
            UPLOAD_STREAM,
            files={"file": (local.name, local.content, local.mime)},
            data={"uploadPath": upload_path, "fileName": local.name},
            timeout=timeout,
        )
        return self._upload_url(data)

    def get_credits(self, *, timeout: Timeout | None = None) -> float:
        """Return the account's remaining credits (``GET /api/v1/chat/credit``; ``data`` is a bare number).

        Raises:
            APIError, APIConnectionError: the call failed after retries.

        """
        return float(self._call(CREDITS, timeout=timeout))

    def get_download_url(self, url: str, *, timeout: Timeout | None = None) -> str:
        """Return a fresh link (valid 20 minutes) for a result URL (``POST /api/v1/common/download-url``).

        Raises:
            APIError, APIConnectionError: the call failed after retries.

        """
        return str(self._call(DOWNLOAD_URL, json={"url": url}, timeout=timeout))
