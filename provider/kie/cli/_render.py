"""Human output of the ``kie`` command: rich tables, task records and the wait and download displays.

Imported only by the command modules, once ``kie.cli.main`` has checked that
the ``cli`` extra (typer, rich) is installed. Tables and the live display use
rich; messages and errors are plain single lines on stderr
(:func:`kie.cli._session.eprint`), so they never wrap or go through rich markup.
The ``--json`` shapes live in ``kie.cli._json``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TransferSpeedColumn
from rich.spinner import Spinner
from rich.table import Table
from rich.text import Text

from kie import FieldInfo, ModelInfo, TaskInfo

from ._session import eprint

__all__ = ["DownloadDisplay", "WaitDisplay", "field_facts", "print_model", "print_models", "print_task"]

_T = TypeVar("_T")


def _stdout() -> Console:
    return Console(highlight=False)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if value == "" else value
    return json.dumps(value, ensure_ascii=False, default=str)


def _size(n: int | None) -> str:
    if n is None:
        return ""
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    return f"{n:,} B"


def _type(field: FieldInfo) -> str:
    if field.type == "array" and field.item_type:
        return f"array of {field.item_type}"
    return field.type


def _limits(field: FieldInfo) -> str:
    parts = []
    if field.max_length is not None:
        parts.append(f"max {field.max_length} chars")
    if field.min_items is not None:
        parts.append(f"min {field.min_items} items")
    if field.max_items is not None:
        parts.append(f"max {field.max_items} items")
    return ", ".join(parts)


def print_models(models: Mapping[str, ModelInfo]) -> None:
    """Print a table of the models with their fields (``*`` marks required ones) on stdout.

    Args:
        models: model id -> model (``kie.MODELS``).

    """
    table = Table(title="kie.ai models", title_justify="left")
    table.add_column("model", style="bold", no_wrap=True)
    table.add_column("makes")
    table.add_column("fields (* = required)", overflow="fold")
    table.add_column("fixed output")
    for info in models.values():
        names = ", ".join(f"{name}*" if field.required else name for name, field in info.fields.items())
        fixed = ", ".join(f"{k} {v}" for k, v in info.output.items())
        table.add_row(info.id, info.category, names, fixed)
    console = _stdout()
    console.print(table)
    console.print("Details of one model: kie models MODEL")


def field_facts(field: FieldInfo) -> list[str]:
    """The facts of one field in words.

    Args:
        field: the field, from ``kie.MODELS``.

    Returns:
        Its type, required or optional, enum, default, limits (characters,
        items), accepted files and max size (bytes, shown in MB), each a phrase.

    """
    facts = [_type(field), "required" if field.required else "optional"]
    if field.enum is not None:
        facts.append("one of " + ", ".join(_value(v) for v in field.enum))
    if field.has_default:
        facts.append(f"default {_value(field.default)}")
    if field.max_length is not None:
        facts.append(f"max length {field.max_length} characters")
    if field.min_items is not None:
        facts.append(f"at least {field.min_items} item{'s' * (field.min_items != 1)}")
    if field.max_items is not None:
        facts.append(f"at most {field.max_items} items")
    if field.accept:
        facts.append("accepted files " + ", ".join(field.accept))
    if field.max_bytes is not None:
        facts.append(f"max size {_size(field.max_bytes)}" + (" each" if field.type == "array" else ""))
    if field.role is not None:
        facts.append(f"generate's {field.role} (--{field.role.replace('_', '-')})")
    return facts


def print_model(info: ModelInfo) -> None:
    """Print every field of one model on stdout, then the ``kie generate`` flags it takes.

    Args:
        info: the model, from ``kie.MODELS``.

    """
    console = _stdout()
    console.print(Text(info.id, style="bold"), soft_wrap=True)
    if info.description:
        console.print(Text(info.description), soft_wrap=True)
    console.print(Text(f"makes: {info.category}"), soft_wrap=True)
    if info.output:
        console.print(Text("fixed output: " + ", ".join(f"{k} {v}" for k, v in info.output.items())), soft_wrap=True)
    roles = ", ".join(f"{role} -> {name}" for role, name in info.roles.items()) or "(none)"
    console.print(Text(f"generate roles: {roles}"), soft_wrap=True)
    for field in info.fields.values():
        console.print()
        line = Text(field.name, style="bold cyan")
        line.append(": " + "; ".join(field_facts(field)))
        console.print(line, soft_wrap=True)
        if field.description:
            console.print(Text("  " + field.description, style="dim"), soft_wrap=True)
    console.print()
    console.print(Text(f"Options for kie generate {info.id}: " + ", ".join(_generate_flags(info))), soft_wrap=True)


def _generate_flags(info: ModelInfo) -> list[str]:
    """The ``kie generate`` flags a model takes: its roles' (``ModelInfo.roles``), then ``--option NAME=...``."""
    flags = [f"--{role.replace('_', '-')}" for role in info.roles]
    flags += [f"--option {name}=..." for name, field in info.fields.items() if field.role is None and not field.is_file]
    return flags


def print_task(info: TaskInfo) -> None:
    """Print a task's record as aligned ``key: value`` lines on stdout.

    Args:
        info: the task record.

    """
    rows = _task_rows(info)
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label + ':':<{width + 1}} {value}")


def _maybe(value: _T | None, show: Callable[[_T], str]) -> str | None:
    return None if value is None else show(value)


def _task_rows(info: TaskInfo) -> list[tuple[str, str]]:
    """The ``(label, value)`` lines of a task's record, leaving out what the record does not say."""
    rows = [("task", info.task_id), ("model", info.model or "-"), ("state", info.state_raw or info.state.value)]
    if info.progress is not None:
        rows.append(("progress", f"{info.progress}%"))
    rows.extend(("result", url) for url in info.result_urls)
    if info.fail_code or info.fail_msg:
        rows.append(("failure", f"{info.fail_code or '-'} {info.fail_msg or ''}".rstrip()))
    optional = {
        "cost time": _maybe(info.cost_time, lambda value: f"{value.total_seconds():g} s"),
        "credits": _maybe(info.credits_consumed, lambda value: f"{value:g}"),
        "created": _maybe(info.create_time, lambda value: value.isoformat(timespec="seconds")),
        "completed": _maybe(info.complete_time, lambda value: value.isoformat(timespec="seconds")),
    }
    rows.extend((label, value) for label, value in optional.items() if value is not None)
    return rows


class WaitDisplay:
    """Shows a task's progress on stderr while waiting: a live line on a terminal, plain lines otherwise.

    Use as a context manager and pass ``update`` as ``on_progress``.

    Args:
        task_id: the task waited for.
        model: its model id.
        console: the stderr console (default: a new ``Console(stderr=True)``).
        started: the monotonic time the task was created (elapsed time counts from it).

    """

    def __init__(
        self, task_id: str, model: str, *, console: Console | None = None, started: float | None = None
    ) -> None:
        self.task_id = task_id
        self.model = model
        self.console = console if console is not None else Console(stderr=True, highlight=False)
        self.started = time.monotonic() if started is None else started
        self.state = "submitted"
        self.progress: int | None = None
        self._spinner = Spinner("dots")
        self._live: Live | None = None

    @property
    def elapsed(self) -> float:
        """Seconds since the task was created."""
        return time.monotonic() - self.started

    def _line(self) -> str:
        progress = f" {self.progress}%" if self.progress is not None else ""
        model = f" ({self.model})" if self.model else ""
        return f"task {self.task_id}{model}: {self.state}{progress}, {self.elapsed:.1f} s"

    def _render(self) -> RenderableType:
        self._spinner.update(text=Text(self._line(), no_wrap=True, overflow="ellipsis"))
        return Group(self._spinner)

    def __enter__(self) -> WaitDisplay:
        if self.console.is_terminal:
            self._live = Live(get_renderable=self._render, console=self.console, refresh_per_second=8, transient=True)
            self._live.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None
            if exc_type is None:
                eprint(self._line())

    def update(self, info: TaskInfo) -> None:
        """Take a new ``TaskInfo`` (the ``on_progress`` callback of ``Client.wait``).

        Args:
            info: the task's latest record; its state and progress (percent) are shown.

        """
        self.state = info.state_raw or info.state.value
        self.progress = info.progress
        self.model = self.model or info.model
        if self._live is None:
            eprint(self._line())


class DownloadDisplay:
    """A transient download bar on a terminal's stderr; nothing otherwise.

    Use as a context manager and pass ``update`` as ``Client.download``'s ``on_progress``.

    Args:
        task_id: the task whose result is downloaded.
        console: the stderr console (default: a new ``Console(stderr=True)``).

    """

    def __init__(self, task_id: str, *, console: Console | None = None) -> None:
        self.console = console if console is not None else Console(stderr=True, highlight=False)
        self.task_id = task_id
        self._progress: Progress | None = None
        self._bar: TaskID | None = None

    def __enter__(self) -> DownloadDisplay:
        if self.console.is_terminal:
            self._progress = Progress(
                TextColumn("downloading {task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
            self._bar = self._progress.add_task(self.task_id, total=None)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def update(self, done: int, total: int | None) -> None:
        """Advance the bar after each chunk (the ``on_progress`` callback of ``Client.download``).

        Args:
            done: bytes written so far.
            total: the expected size in bytes, or ``None`` when unknown.

        """
        if self._progress is not None and self._bar is not None:
            self._progress.update(self._bar, completed=done, total=total)
