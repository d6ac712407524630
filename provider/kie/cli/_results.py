"""The RESULTS file of ``kie batch run``: one JSON line per finished job, appended and flushed at once.

Each line is ``{"id", "task_id", "state", "path", "error", "credits"}``: ``state``
is ``success`` (the result is saved at ``path``), ``fail`` (the task failed; or,
with ``task_id`` null, createTask refused the job and no task exists),
``outcome_unknown`` (createTask went out and its answer was lost: never resent;
see ``kie tasks list``), ``timeout`` (still running: a re-run resumes it) or
``expired`` (the host no longer knows the task). ``credits`` is what the task's
record says it consumed, else null. A re-run reads the file back: the last line
of an id counts, and an id whose job is finished (``success``, or ``fail`` with a
task) is skipped. A line cut short by a crash is ignored and never glued to the
next. Needs neither typer nor rich.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO, Any

__all__ = ["FIELDS", "Results", "is_finished"]

logger = logging.getLogger("kie")

FIELDS = ("id", "task_id", "state", "path", "error", "credits")
"""The keys of each RESULTS line, in order."""


def is_finished(line: dict[str, Any] | None) -> bool:
    """True for a job nothing more can happen to without a new task: success, or a task that failed."""
    if line is None:
        return False
    return line.get("state") == "success" or (line.get("state") == "fail" and bool(line.get("task_id")))


class Results:
    """The RESULTS file: what earlier runs wrote, and the lines this run appends.

    Args:
        path: the JSON Lines file (created, with its folder, on the first line written).

    Attributes:
        last: each id's last line so far (earlier runs' and this run's).

    Raises:
        CommandError: the file exists but cannot be read.

    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last: dict[str, dict[str, Any]] = {}
        self._handle: IO[str] | None = None
        self._cut = False  # the file ends in a line cut short: the next line starts on a new one
        if path.exists():
            self._read()

    def _read(self) -> None:
        from ._session import CommandError

        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read RESULTS {self.path}: {exc.strerror or exc}") from None
        self._cut = bool(text) and not text.endswith("\n")
        for number, line in enumerate(text.splitlines(), start=1):
            try:
                row = json.loads(line)
            except ValueError:
                logger.warning("RESULTS %s line %d is not JSON (a run cut short?): ignored", self.path, number)
                continue
            if isinstance(row, dict) and isinstance(row.get("id"), str):
                self.last[row["id"]] = row

    def finished(self, job_id: str) -> bool:
        """True when the file already holds ``job_id`` finished (see :func:`is_finished`)."""
        return is_finished(self.last.get(job_id))

    def append(self, **line: Any) -> dict[str, Any]:
        """Append one job's line (the ``FIELDS``) and flush it to the operating system at once.

        Returns:
            The line as written.

        """
        row = {name: line.get(name) for name in FIELDS}
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("a", encoding="utf-8")
            if self._cut:
                self._handle.write("\n")
        self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._handle.flush()
        self.last[str(row["id"])] = row
        return row

    def close(self) -> None:
        """Close the file (a later ``append`` reopens it)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
