"""The engine of ``kie batch run``: every job to one task, never two, whatever stops the run.

Each job's journal key is ``batch:<JOBS file name>:<id>`` (``#2``, ``#3`` ... after
a createTask that refused it: no task exists, so sending it again is safe).
``AsyncClient.submit`` / ``create_task`` with that ``job_id`` create a task
only when the journal has none for the job; a job with a task is resumed, one
whose createTask outcome is unknown is reported and never resent.

createTask goes out one at a time (an ``asyncio.Lock``), while up to
``concurrency`` jobs wait and download at once: a kill at any moment leaves at
most one createTask without its answer, and the account's create pacing holds.
Ctrl-C or SIGTERM stops submitting: the createTask in flight gets its answer
journaled, the waits stop (their tasks go on; a re-run resumes them), and the
run ends with a summary. A second signal stops at once.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kie import TaskInfo
from kie.errors import (
    KieError,
    SubmitUncertainError,
    TaskFailedError,
    TaskNotFoundError,
    WaitTimeoutError,
)
from kie.journal import JobRecord, JobState, Journal
from kie.media import result_extension

from ._batch_view import BatchView, Tally
from ._jobs import BatchJob
from ._prices import PriceTable
from ._results import Results

if TYPE_CHECKING:
    from kie import AsyncClient

__all__ = ["BatchRunner", "job_key"]


def job_key(prefix: str, job_id: str, attempt: int = 1) -> str:
    """The journal key of a job: ``batch:<prefix>:<id>``, then ``#<attempt>`` after refusals."""
    return f"batch:{prefix}:{job_id}" + (f"#{attempt}" if attempt > 1 else "")


def _suffix(model: str, info: TaskInfo) -> str:
    """The result file's suffix, by ``Client.download``'s rule (``kie.media.result_extension``)."""
    from kie import MODELS

    known = MODELS.get(model)
    return result_extension(info.result_urls[0] if info.result_urls else "", known.category if known else None)


def _saved(record: JobRecord, target: Path) -> bool:
    """True when the journal shows the job's result saved at ``target``, and it is still there, whole."""
    if record.state is not JobState.DOWNLOADED or record.path != str(target) or not target.is_file():
        return False
    return record.size is None or target.stat().st_size == record.size


class _NotSubmitted(Exception):
    """The job was not sent: the run is stopping or the budget is reached."""


class BatchRunner:
    """One run of a batch (see the module docstring).

    Args:
        client: the ``kie.AsyncClient`` (with ``journal``); ``None`` until the run's event loop makes it.
        journal: the same journal (read for each job's key).
        jobs: the checked jobs, in file order.
        results: the RESULTS file.
        view: where progress goes.
        output_dir: where results are saved, as ``<id><suffix>``.
        prefix: the jobs' journal key prefix (the JOBS file's name).
        concurrency: jobs waiting or downloading at once.
        timeout: each job's wait deadline, seconds.
        budget: ``--max-credits``: no createTask once this run's credits would pass it.
        prices: the price table (a new task counts its upper price until its record states credits).

    """

    def __init__(
        self,
        client: AsyncClient | None,
        journal: Journal,
        jobs: Sequence[BatchJob],
        results: Results,
        view: BatchView,
        *,
        output_dir: Path,
        prefix: str,
        concurrency: int,
        timeout: float,
        budget: float | None,
        prices: PriceTable,
    ) -> None:
        self.client, self.journal, self.jobs, self.results, self.view = client, journal, jobs, results, view
        self.output_dir, self.prefix, self.timeout, self.budget, self.prices = (
            output_dir,
            prefix,
            timeout,
            budget,
            prices,
        )
        self.tally: Tally = view.tally
        self.interrupted = False
        self.budget_reached = False
        self._slots = asyncio.Semaphore(concurrency)
        self._create_lock = asyncio.Lock()
        self._creating: asyncio.Task[Any] | None = None
        self._tasks: list[asyncio.Task[Any]] = []
        self._charges: dict[str, float] = {}
        self._sent: set[str] = set()  # jobs with a task (created now or before)
        self._ended: set[str] = set()  # jobs with a RESULTS line from this run

    @property
    def api(self) -> AsyncClient:
        """The client (set before ``run``)."""
        if self.client is None:
            raise RuntimeError("BatchRunner.client must be set before run()")
        return self.client

    async def run(self) -> Tally:
        """Run every job not finished before; return the tally (``interrupted`` tells a signal stopped it)."""
        todo = [job for job in self.jobs if not self.results.finished(job.id)]
        self.tally.skipped = len(self.jobs) - len(todo)
        self.view.refresh()
        loop = asyncio.get_running_loop()
        handled = self._on_signals(loop)
        try:
            self._tasks = [asyncio.create_task(self._job(job)) for job in todo]
            await asyncio.gather(*self._tasks, return_exceptions=True)
        finally:
            for sig in handled:
                loop.remove_signal_handler(sig)
        self.tally.running = len(self._sent - self._ended)  # interrupted: their tasks go on
        self.tally.not_submitted = len(todo) - len(self._ended) - self.tally.running
        return self.tally

    def _on_signals(self, loop: asyncio.AbstractEventLoop) -> list[signal.Signals]:
        handled: list[signal.Signals] = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self.stop)
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no such signal here
                continue
            handled.append(sig)
        return handled

    def stop(self) -> None:
        """Stop submitting: cancel every job but the one whose createTask is in flight (a second call: all)."""
        again = self.interrupted
        self.interrupted = True
        for task in self._tasks:
            if again or task is not self._creating:
                task.cancel()

    # -- one job ----------------------------------------------------------------------------------

    async def _job(self, job: BatchJob) -> None:
        async with self._slots:
            if self.interrupted:
                return
            key, record = await self._key(job)
            task_id: str | None = record.task_id if record is not None else None
            try:
                task_id = await self._task(job, key, record)
                self._sent.add(job.id)
                if self.interrupted:
                    return  # created and journaled: a re-run resumes it
                self.tally.running += 1
                try:
                    info = await self.api.wait(task_id, timeout=self.timeout)
                    path = await self._save(job, key, info)
                finally:
                    self.tally.running -= 1
                self._finish(job, "success", info.task_id, path=str(path), credits=info.credits_consumed)
            except _NotSubmitted:
                return
            except KieError as exc:
                state, task_id, fields = await self._failure(record, exc, task_id)
                self._finish(job, state, task_id, **fields)

    async def _key(self, job: BatchJob) -> tuple[str, JobRecord | None]:
        """The job's journal key and record: the first attempt that createTask did not refuse."""
        attempt = 1
        while True:
            key = job_key(self.prefix, job.id, attempt)
            record = await asyncio.to_thread(self.journal.get, key)
            if record is None or record.task_id is not None or record.state is not JobState.FAIL:
                return key, record
            attempt += 1

    async def _task(self, job: BatchJob, key: str, record: JobRecord | None) -> str:
        """The job's task id: the journal's, or a new task (createTask one at a time, within the budget)."""
        if record is not None:  # a task (resumed), or an unknown outcome (submit refuses it): nothing is sent
            task_id = await self._submit(job, key)
            self.view.created(job, task_id, resumed=True)
            return task_id
        async with self._create_lock:
            if self.interrupted or not self._affordable(job):
                raise _NotSubmitted
            self._creating = asyncio.current_task()
            try:
                task_id = await self._submit(job, key)
            finally:
                self._creating = None
        price = self.prices.estimate(job.model)
        self._charge(job, price.high if price is not None else 0.0)
        self.view.created(job, task_id, resumed=False)
        return task_id

    async def _submit(self, job: BatchJob, key: str) -> str:
        if job.arguments is not None:
            task = await self.api.submit(job.model, job_id=key, **job.arguments)
        else:
            task = await self.api.create_task(job.model, job.input or {}, job_id=key)
        return task.task_id

    def _affordable(self, job: BatchJob) -> bool:
        """False, from then on, once the run's credits reach the budget or this job's upper price would pass it."""
        price = self.prices.estimate(job.model)
        need = price.high if price is not None else 0.0
        spent = self.tally.credits
        if self.budget is not None and (self.budget_reached or spent >= self.budget or spent + need > self.budget):
            self.budget_reached = True
            return False
        return True

    def _charge(self, job: BatchJob, credits: float) -> None:
        self._charges[job.id] = credits
        self.tally.credits = sum(self._charges.values())

    async def _save(self, job: BatchJob, key: str, info: TaskInfo) -> Path:
        """Download the result to ``<output_dir>/<id><suffix>``, unless the journal shows it saved there."""
        target = (self.output_dir / f"{job.file_stem}{_suffix(job.model, info)}").resolve()
        record = await asyncio.to_thread(self.journal.get, key)
        if record is not None and await asyncio.to_thread(_saved, record, target):
            return target
        return await self.api.download(info, target)

    async def _failure(
        self, record: JobRecord | None, exc: KieError, task_id: str | None
    ) -> tuple[str, str | None, dict[str, Any]]:
        """The RESULTS state, task id and fields of a job that ended in ``exc``."""
        task_id = exc.task_id or task_id
        if isinstance(exc, SubmitUncertainError):
            if record is not None and record.state is JobState.INTENT:  # its process died with createTask in flight
                died = record.evolve(
                    state=JobState.OUTCOME_UNKNOWN, error="kie batch run died with createTask in flight"
                )
                await asyncio.to_thread(self.journal.write, died)
            return "outcome_unknown", None, {"error": f"createTask outcome unknown, never resent: {exc.cause}"}
        if isinstance(exc, TaskFailedError):
            info = exc.task_info
            return "fail", task_id, {"error": str(exc), "credits": info.credits_consumed if info else None}
        if isinstance(exc, WaitTimeoutError):
            return "timeout", task_id, {"error": f"still running after {exc.timeout:g} s: a re-run resumes it"}
        if isinstance(exc, TaskNotFoundError):
            return "expired", task_id, {"error": str(exc)}
        state = "error" if task_id else "fail"  # no task: createTask refused it (a re-run tries again)
        return state, task_id, {"error": f"{type(exc).__name__}: {exc}"}

    def _finish(self, job: BatchJob, state: str, task_id: str | None, **fields: Any) -> None:
        """Append the job's RESULTS line; a new task's credits become its record's figure when it states one."""
        if fields.get("credits") is not None and job.id in self._charges:
            self._charge(job, float(fields["credits"]))
        line = self.results.append(id=job.id, task_id=task_id, state=state, **fields)
        self._ended.add(job.id)
        self.tally.states[state] = self.tally.states.get(state, 0) + 1
        self.view.finished(line)
