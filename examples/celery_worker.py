"""Scale out with Celery: workers on any number of machines, one account limit, one journal, each job created once.

The SDK has no scheduler of its own; this recipe puts it on Celery with a Redis
broker. Every worker process builds one ``kie.Client`` that shares:

- the account's createTask limit, through ``kie.limits.RedisRateLimiter`` on the
  same Redis (env ``KIE_RATE_LIMIT_URL``, default: the broker): 20 per 10.5 s
  for the whole fleet, however many workers run;
- the journal (env ``KIE_JOURNAL``: an SQLite file for the workers of one
  machine, ``postgresql://...`` for several), where each job's ``job_id`` maps to
  at most one task: a redelivered or repeated ``submit`` never creates a second.

The tasks:

- ``submit(job_id, model, **params)``: check, upload, create (``client.submit``);
  returns the task id. With ``CALLBACK_URL`` set the task's end is announced by
  kie.ai's callback, else ``finalize`` is queued at once and polls.
- ``finalize(task_id)``: wait if needed, then download to ``RESULTS_DIR``
  (``client.resume``: never resubmits, skips a file already saved).
- ``reconcile()``: every ``RECONCILE_SECONDS`` (Celery beat): re-poll unfinished
  jobs (``client.reconcile``) and queue ``finalize`` for finished ones not yet
  downloaded: the safety net for lost callbacks and lost messages.

The callback receiver (``python examples/celery_worker.py receiver``, behind
``CALLBACK_URL``) journals each result (an idempotent upsert by task id) and
queues ``finalize``. Run a fleet::

    export CELERY_BROKER_URL=redis://redis.internal:6379/0 KIE_JOURNAL=postgresql://... KIE_API_KEY=...
    celery -A examples.celery_worker worker --concurrency 4        # on each machine
    celery -A examples.celery_worker beat                           # once
    python examples/celery_worker.py receiver --port 8080           # behind CALLBACK_URL
    python examples/celery_worker.py enqueue jobs.jsonl             # {"id", "model", "prompt", ...} a line

Environment: ``CELERY_BROKER_URL`` (broker and result backend; default
``redis://127.0.0.1:6379/0``), ``KIE_RATE_LIMIT_URL`` (default: the broker),
``KIE_JOURNAL`` (default ``kie-journal.sqlite3``), ``CALLBACK_URL``,
``RESULTS_DIR`` (default ``results``), ``RECONCILE_SECONDS`` (default 60),
``KIE_WEBHOOK_KEY`` (the callbacks' HMAC key), and the client's own
(``KIE_API_KEY``, ``KIE_BASE_URL``, ...). See docs/more-than-one-machine.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from celery import Celery  # type: ignore[import-untyped]  # Celery ships no type information

import kie
import kie.limits
from kie.callbacks import CallbackReceiver
from kie.journal import JobState

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
RESULTS_DIR = Path(os.environ.get("RESULTS_DIR", "results"))
CALLBACK_URL = os.environ.get("CALLBACK_URL") or None
JOURNAL = os.environ.get("KIE_JOURNAL") or "kie-journal.sqlite3"

app = Celery("kie_fleet", broker=BROKER, backend=BROKER)
app.conf.update(
    task_acks_late=True,  # a task whose worker died runs again: job_id makes that safe
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,  # a worker takes one job at a time: the others stay free for the rest
    broker_connection_retry_on_startup=True,
    beat_schedule={
        "reconcile": {"task": "kie_fleet.reconcile", "schedule": float(os.environ.get("RECONCILE_SECONDS", "60"))}
    },
)

_clients: dict[int, kie.Client] = {}


def client() -> kie.Client:
    """This worker process's client (built on first use, after Celery forked it): shared limiter, shared journal."""
    pid = os.getpid()
    if pid not in _clients:
        limiter = kie.limits.from_url(os.environ.get("KIE_RATE_LIMIT_URL") or BROKER)
        _clients[pid] = kie.Client(rate_limiter=limiter, journal=JOURNAL)
    return _clients[pid]


@app.task(name="kie_fleet.submit")  # type: ignore[untyped-decorator]  # Celery ships no type information
def submit(job_id: str, model: str, **params: Any) -> str:
    """Create the job's task once (a repeat returns the same task id); queue ``finalize`` unless a callback will."""
    task = client().submit(model, job_id=job_id, callback_url=CALLBACK_URL, **params)
    if CALLBACK_URL is None:
        finalize.delay(task.task_id)
    return task.task_id


@app.task(name="kie_fleet.finalize")  # type: ignore[untyped-decorator]
def finalize(task_id: str) -> str:
    """Wait for the task if needed and save its result under ``RESULTS_DIR``; the task's state, or the file."""
    target = RESULTS_DIR / f"{task_id}.mp4"
    try:
        client().resume(task_id, target)
    except kie.TaskFailedError as exc:
        return f"fail: {exc}"
    return str(target)


@app.task(name="kie_fleet.reconcile")  # type: ignore[untyped-decorator]
def reconcile() -> int:
    """Re-poll unfinished jobs; queue ``finalize`` for every finished job not yet downloaded. How many were queued."""
    journal = client().journal
    assert journal is not None  # noqa: S101 - client() always has one
    client().reconcile()
    finished = [record.task_id for record in journal.records([JobState.SUCCESS]) if record.task_id]
    for task_id in finished:
        finalize.delay(task_id)
    return len(finished)


def receiver() -> CallbackReceiver:
    """The callback receiver: journal the result (any worker sees it), then queue ``finalize``."""
    return CallbackReceiver(
        lambda info: finalize.delay(info.task_id),
        key=os.environ.get("KIE_WEBHOOK_KEY"),
        client=kie.Client(rate_limit=None),  # re-fetches the record the callback names; creates nothing
        journal=JOURNAL,
    )


def enqueue(jobs: Path) -> int:
    """Queue ``submit`` for each line of a JSONL file (``id``, ``model`` and ``submit``'s keywords); how many."""
    count = 0
    for line in jobs.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            submit.delay(str(row.pop("id")), row.pop("model"), **row)
            count += 1
    return count


def main() -> int:
    """``receiver [--host H] [--port P]`` or ``enqueue JOBS.jsonl``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("receiver", help="serve the callback receiver (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    queue = commands.add_parser("enqueue", help="queue a submit for each line of a JSONL file")
    queue.add_argument("jobs", type=Path)
    args = parser.parse_args()
    if args.command == "receiver":
        import uvicorn

        uvicorn.run(receiver().app, host=args.host, port=args.port, log_level="warning")
        return 0
    print(f"queued {enqueue(args.jobs)} jobs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
