"""``kie tasks``: the jobs the journal holds: list them, resume them, reconcile them (issue "Never lose a paid task").

The journal is ``--journal PATH_OR_URL``, else env ``KIE_JOURNAL``, else the
file ``journal.sqlite3`` in the user data folder (``kie.cli._journal``). A job
whose createTask outcome is unknown is listed, with its body, and never resent:
``resume`` refuses it with exit 2.
"""

# No ``from __future__ import annotations``: typer reads the signature at run time.

import datetime as dt
from typing import Annotated, Any

import typer

from kie.journal import JobRecord, JobState

from ._journal import JournalOption, journal_for
from ._json import print_json
from ._params import BaseUrlOption, JsonOption, ProviderOption, run_command
from ._session import EXIT_OK, CommandError, Session, eprint

__all__ = ["app"]

app = typer.Typer(help="The jobs the journal holds: list, resume, reconcile.", no_args_is_help=True)


def _row(record: JobRecord) -> dict[str, Any]:
    updated = dt.datetime.fromtimestamp(record.updated_at, tz=dt.UTC).isoformat(timespec="seconds")
    return {
        "job_id": record.job_id,
        "state": record.state.value,
        "task_id": record.task_id,
        "model": record.model,
        "path": record.path,
        "error": record.error,
        "updated": updated,
        "body": record.body if record.state is JobState.OUTCOME_UNKNOWN else None,
    }


@app.command("list")
def list_tasks(
    pending: Annotated[bool, typer.Option("--pending", help="Only unfinished jobs (and unknown outcomes).")] = False,
    journal: JournalOption = None,
    json_output: JsonOption = False,
) -> None:
    """List the journal's jobs: state, task id, model, saved path.\f

    Args:
        pending: ``--pending``: only jobs not finished.
        journal: ``--journal``.
        json_output: ``--json``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(json_output=json_output)

    def action() -> int:
        with journal_for(journal) as opened:
            records = [r for r in opened.records() if r.is_pending or not pending]
        rows = [_row(r) for r in records]
        if json_output:
            print_json(rows)
            return EXIT_OK
        for row in rows:
            ref = row["task_id"] or row["job_id"]  # a job without a task (unknown outcome) by its job id
            print(f"{row['state']:16s} {ref:34s} {row['model'] or '-':36s} {row['path'] or ''}")
        if any(r.state is JobState.OUTCOME_UNKNOWN for r in records):
            eprint("outcome_unknown: createTask went out and its answer was lost; check before sending again (--json)")
        return EXIT_OK

    run_command(session, action)


@app.command("resume")
def resume(
    job: Annotated[str | None, typer.Argument(help="A task id or journal job id.", show_default=False)] = None,
    all_pending: Annotated[bool, typer.Option("--all", help="Resume every unfinished job.")] = False,
    journal: JournalOption = None,
    provider: ProviderOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Wait for a journal job (or --all) and download its result, never sending createTask again.\f

    Args:
        job: the task id or job id.
        all_pending: ``--all``.
        journal: ``--journal``.
        provider: ``--provider``.
        base_url: ``--base-url``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(provider=provider, base_url=base_url)

    def action() -> int:
        if (job is None) == (not all_pending):
            raise CommandError("give a task id, or --all")
        with journal_for(journal) as opened, session.client(journal=opened) as client:
            pending = [r for r in opened.records() if r.is_pending] if all_pending else []
            targets: list[str | JobRecord] = [r for r in pending if r.task_id] if all_pending else [str(job)]
            for unknown in (r for r in pending if not r.task_id):
                eprint(
                    f"job {unknown.job_id} ({unknown.model}): createTask outcome unknown, not resent (kie tasks list)"
                )
            for target in targets:
                session.task_id = target.task_id if isinstance(target, JobRecord) else target
                info = client.resume(target)
                eprint(f"task {info.task_id} {info.state.value}")
        return EXIT_OK

    run_command(session, action)


@app.command("reconcile")
def reconcile(journal: JournalOption = None, provider: ProviderOption = None, base_url: BaseUrlOption = None) -> None:
    """Re-poll every unfinished job of the journal and record what the API says.\f

    Args:
        journal: ``--journal``.
        provider: ``--provider``.
        base_url: ``--base-url``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(provider=provider, base_url=base_url)

    def action() -> int:
        with journal_for(journal) as opened, session.client(journal=opened) as client:
            for record in client.reconcile():
                eprint(f"{record.state.value:16s} {record.task_id or record.job_id}")
        return EXIT_OK

    run_command(session, action)
