"""What ``kie batch run`` shows on stderr: a rich progress bar on a terminal, plain lines otherwise.

:class:`BatchView` gets the runner's events (a task created, a job finished)
and its :class:`Tally`. On a terminal a live bar counts jobs done, failed and
running, the credits so far and the time left; each event is also a line above
it. Anywhere else (a pipe, a log file) each event is one plain line, so every
task id reaches the log the moment it exists. :func:`print_estimates` is the
``--dry-run`` table.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any

import attrs
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table

from ._jobs import BatchJob
from ._prices import PriceTable
from ._session import eprint

__all__ = ["BatchView", "Tally", "print_estimates"]


@attrs.define
class Tally:
    """The batch's counts so far (shown live and in the summary).

    Attributes:
        total: jobs in the JOBS file.
        skipped: jobs finished by an earlier run (not run again).
        states: jobs finished in this run, by RESULTS state.
        running: jobs with a task, not finished yet.
        not_submitted: jobs left unsent (``--max-credits`` reached, or interrupted).
        credits: credits spent by this run's new tasks: the records' figures, else the price table's.

    """

    total: int
    skipped: int = 0
    states: dict[str, int] = attrs.field(factory=dict)
    running: int = 0
    not_submitted: int = 0
    credits: float = 0.0

    @property
    def finished(self) -> int:
        """Jobs finished so far, earlier runs' included."""
        return self.skipped + sum(self.states.values())

    def summary(self) -> str:
        """The counts in one line."""
        states = ", ".join(f"{n} {state}" for state, n in sorted(self.states.items())) or "none finished"
        extra = f"; {self.not_submitted} not submitted" if self.not_submitted else ""
        return (
            f"batch: {states} this run; {self.skipped} finished before{extra}; "
            f"{self.total} jobs; credits this run {self.credits:g}"
        )


class BatchView:
    """Shows the batch's progress on stderr; a context manager.

    Args:
        tally: the counts (read at each refresh).
        console: the stderr console (default: a new one; a terminal gets the live bar).

    """

    def __init__(self, tally: Tally, console: Console | None = None) -> None:
        self.tally = tally
        self.console = console if console is not None else Console(stderr=True, highlight=False)
        self._progress: Progress | None = None
        self._bar: TaskID | None = None

    def __enter__(self) -> BatchView:
        if self.console.is_terminal:
            counts = TextColumn("{task.fields[counts]}")
            columns = (TextColumn("jobs"), BarColumn(), MofNCompleteColumn(), counts, TimeRemainingColumn())
            self._progress = Progress(*columns, console=self.console, transient=True)
            self._progress.start()
            self._bar = self._progress.add_task("batch", total=self.tally.total, counts="")
            self.refresh()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def refresh(self) -> None:
        """Redraw the bar from the tally (nothing off a terminal)."""
        if self._progress is None or self._bar is None:
            return
        t = self.tally
        failed = t.finished - t.skipped - t.states.get("success", 0)
        counts = f"done {t.states.get('success', 0)} failed {failed} running {t.running} credits {t.credits:g}"
        self._progress.update(self._bar, completed=t.finished, counts=counts)

    def say(self, line: str) -> None:
        """One event line: above the bar on a terminal, else a plain line."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
        else:
            eprint(line)
        self.refresh()

    def created(self, job: BatchJob, task_id: str, resumed: bool) -> None:
        """A job's task exists: created now, or found in the journal (``resumed``)."""
        self.say(f"{job.id}: task {task_id} {'resumed' if resumed else 'created'} ({job.model})")

    def finished(self, line: dict[str, Any]) -> None:
        """A job finished with its RESULTS ``line``."""
        t = self.tally
        where = f" -> {line['path']}" if line.get("path") else ""
        error = f": {line['error']}" if line.get("error") else ""
        task = f" task {line['task_id']}" if line.get("task_id") else ""
        self.say(f"[{t.finished}/{t.total}] {line['id']}: {line['state']}{task}{where}{error}")


def _shape(job: BatchJob) -> str:
    """A job's duration and resolution as its vendor input states them."""
    data = job.vendor_input
    parts = [f"{data['duration']} s" if "duration" in data else "", str(data.get("resolution") or "")]
    return " ".join(part for part in parts if part)


def print_estimates(jobs: Sequence[BatchJob], prices: PriceTable, skipped: Sequence[str] = ()) -> None:
    """Print the ``--dry-run`` table on stdout: each job's credit estimate, the total and the prices' source.

    A rich table on a terminal, aligned plain lines otherwise (one job a line, for tools).

    Args:
        jobs: the checked jobs.
        prices: the price table.
        skipped: ids already finished (shown, not counted).

    """
    header = ("id", "model", "shape", "credits", "source")
    rows = []
    for job in jobs:
        price = prices.estimate(job.model)
        credits = "finished" if job.id in skipped else (str(price) if price is not None else "unknown")
        rows.append((job.id, job.model, _shape(job), credits, price.source if price is not None else ""))
    console = Console(highlight=False, soft_wrap=True)
    if console.is_terminal:
        table = Table(*header, title="kie batch run --dry-run: credit estimates", title_justify="left")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    else:
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    counted = [job.model for job in jobs if job.id not in skipped]
    total, unknown = prices.total(counted)
    unpriced = f"; {unknown} of {len(counted)} job(s) unpriced (unknown, not counted)" if unknown else ""
    print(f"total: {total} credits for {len(counted) - unknown} priced job(s){unpriced}")
    print(f"prices: kie/data/prices.yaml, compiled {prices.compiled}; a range is the source's")
    for name, text in prices.sources.items():
        print(f"  {name}: {text}")
