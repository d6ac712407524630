"""``kie batch run``: many jobs from a JSONL or CSV file, each created once, resumable after any stop.

Every row is checked before anything is sent (``kie.cli._jobs``); then each job
is created with its journal key, waited for and downloaded, one RESULTS line
per job as it finishes (``kie.cli._results``). A re-run of the same command
skips finished jobs, resumes those with a task and never creates a second task
for a job (``kie.cli._batch_run``). ``--dry-run`` prints each job's credit
estimate from the price table shipped as data (``kie/data/prices.yaml``;
``kie.cli._prices``); ``--max-credits`` refuses to start past the budget, or
stops submitting once this run's credits reach it. The journal is required
(the command's default one, or ``--journal``).
"""

# No ``from __future__ import annotations``: typer reads the signature at run time.

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from kie.journal import Journal

from ._batch_run import BatchRunner, job_key
from ._batch_view import BatchView, Tally, print_estimates
from ._jobs import BadJobs, BatchJob, read_jobs
from ._journal import JournalOption, NoJournalOption, journal_for
from ._params import BaseUrlOption, ProviderOption, run_command
from ._paths import check_output
from ._prices import PriceTable, load_prices
from ._results import Results
from ._session import EXIT_INTERRUPTED, EXIT_OK, EXIT_TASK_FAILED, CommandError, Session, eprint

__all__ = ["app", "run"]

app = typer.Typer(help="Many jobs from a JSONL or CSV file: each created once, resumable.", no_args_is_help=True)

Jobs = Annotated[
    Path,
    typer.Argument(help="The jobs: JSON Lines (.jsonl) or CSV (.csv), one job per row with id and model.",
                   metavar="JOBS", exists=True, dir_okay=False),
]  # fmt: skip
Out = Annotated[
    Path | None, typer.Option("--out", metavar="RESULTS.jsonl", help="One JSON line per finished job (appended).")
]
OutputDir = Annotated[Path | None, typer.Option("--output-dir", metavar="DIR", help="Where results are saved.")]
Concurrency = Annotated[int, typer.Option("--concurrency", help="Jobs waiting or downloading at once.", min=1)]
RateLimitUrl = Annotated[
    str | None,
    typer.Option("--rate-limit-url", metavar="URL", show_default=False,
                 help="A createTask limit shared with other processes: redis://..., sqlite:///PATH (kie.limits)."),
]  # fmt: skip
DryRun = Annotated[bool, typer.Option("--dry-run", help="Check every row and print credit estimates; send nothing.")]
MaxCredits = Annotated[
    float | None,
    typer.Option("--max-credits", help="Refuse to start past this estimate; stop submitting once spent.", min=0),
]
Timeout = Annotated[float, typer.Option("--timeout", help="Each job's wait deadline, seconds.", min=0)]


@app.command("run")
def run(
    jobs: Jobs,
    out: Out = None,
    output_dir: OutputDir = None,
    concurrency: Concurrency = 8,
    journal: JournalOption = None,
    no_journal: NoJournalOption = False,
    rate_limit_url: RateLimitUrl = None,
    dry_run: DryRun = False,
    max_credits: MaxCredits = None,
    timeout: Timeout = 900.0,
    provider: ProviderOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Run every job of JOBS once: create, wait, download; re-run the same command to resume.\f

    Args:
        jobs: the JOBS file.
        out: ``--out RESULTS.jsonl``.
        output_dir: ``--output-dir DIR``.
        concurrency: ``--concurrency``: jobs waiting or downloading at once (createTask goes one at a time).
        journal: ``--journal`` (default: env ``KIE_JOURNAL``, then the user data folder's).
        no_journal: ``--no-journal``: only with ``--dry-run``.
        rate_limit_url: ``--rate-limit-url``: ``kie.limits.from_url``, the client's ``rate_limiter``.
        dry_run: ``--dry-run``.
        max_credits: ``--max-credits``, credits.
        timeout: ``--timeout``, seconds.
        provider: ``--provider``.
        base_url: ``--base-url``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(provider=provider, base_url=base_url)

    def action() -> int:
        checked = _read(jobs)
        prices = load_prices()
        results = Results(out) if out is not None else None
        finished = [job.id for job in checked if results is not None and results.finished(job.id)]
        if dry_run:
            print_estimates(checked, prices, finished)
            return _dry_budget(checked, prices, finished, max_credits)
        if out is None or output_dir is None:
            raise CommandError("--out RESULTS.jsonl and --output-dir DIR are required (except with --dry-run)")
        if no_journal:
            raise CommandError(
                "kie batch run keeps a journal (it is what makes a re-run safe): --no-journal only with --dry-run"
            )
        check_output(output_dir)
        assert results is not None  # noqa: S101 - out is given
        with journal_for(journal) as opened:
            todo = _to_create(opened, checked, results, jobs.name)
            _check_budget(todo, prices, max_credits)
            runner = BatchRunner(
                None, opened, checked, results, BatchView(Tally(total=len(checked))), output_dir=output_dir,
                prefix=jobs.name, concurrency=concurrency, timeout=timeout, budget=max_credits, prices=prices,
            )  # fmt: skip
            return _run(session, runner, rate_limit_url)

    run_command(session, action)


def _read(path: Path) -> list[BatchJob]:
    """The checked jobs; each bad row is printed on its own line before the error."""
    try:
        return read_jobs(path)
    except BadJobs as exc:
        for problem in exc.problems:
            eprint(f"  {problem}")
        raise


def _dry_budget(jobs: list[BatchJob], prices: PriceTable, finished: list[str], budget: float | None) -> int:
    """``--dry-run --max-credits``: say whether the run would start (exit 2 when it would refuse)."""
    if budget is None:
        return EXIT_OK
    total, _ = prices.total(job.model for job in jobs if job.id not in finished)
    if total.high > budget:
        eprint(f"--max-credits {budget:g}: the known estimate {total} exceeds it: kie batch run would refuse to start")
        return 2
    eprint(f"--max-credits {budget:g}: the known estimate {total} is within it")
    return EXIT_OK


def _check_budget(todo: list[BatchJob], prices: PriceTable, budget: float | None) -> None:
    """Refuse to start when the known estimate of the jobs to create passes ``--max-credits`` (by its upper end)."""
    if budget is None:
        return
    total, unknown = prices.total(job.model for job in todo)
    if total.high > budget:
        unpriced = f", and {unknown} unpriced" if unknown else ""
        raise CommandError(
            f"--max-credits {budget:g}: the {len(todo)} job(s) to create are estimated at {total} credits"
            f"{unpriced} (the upper end counts); nothing was sent (--dry-run shows each job)"
        )


def _to_create(journal: Journal, jobs: list[BatchJob], results: Results, prefix: str) -> list[BatchJob]:
    """The jobs this run may create a task for: not finished, and without a record in the journal."""
    return [job for job in jobs if not results.finished(job.id) and journal.get(job_key(prefix, job.id)) is None]


def _run(session: Session, runner: BatchRunner, rate_limit_url: str | None) -> int:
    """Run the batch on a new ``AsyncClient`` (with the runner's journal); print the summary; return the exit status."""

    async def main() -> None:
        from kie import cli  # looked up at call time: tests patch kie.cli.AsyncClient

        async with cli.AsyncClient(
            provider=session.provider, base_url=session.base_url, journal=runner.journal, rate_limiter=rate_limit_url
        ) as client:
            runner.client = client
            with runner.view:
                await runner.run()

    runner.output_dir.mkdir(parents=True, exist_ok=True)
    try:
        asyncio.run(main())
    finally:
        runner.results.close()
    return _summary(runner)


def _summary(runner: BatchRunner) -> int:
    """Print the run's counts and what to do next; the exit status: 0 when every job has succeeded, else 1 (130)."""
    tally = runner.tally
    eprint(f"{tally.summary()}; results: {runner.results.path}")
    if runner.interrupted:
        eprint(f"interrupted: {tally.running} task(s) go on; re-run the same command to resume (kie tasks list)")
        return EXIT_INTERRUPTED
    if runner.budget_reached:
        eprint(f"--max-credits reached: {tally.not_submitted} job(s) not submitted; re-run with a larger budget")
    if tally.states.get("outcome_unknown"):
        eprint("outcome_unknown: createTask went out and its answer was lost; never resent: see kie tasks list")
    last = runner.results.last
    return EXIT_OK if all(last.get(job.id, {}).get("state") == "success" for job in runner.jobs) else EXIT_TASK_FAILED
