"""``kie status``: show a task's state and result, optionally waiting for it and downloading the video."""

# No ``from __future__ import annotations``: typer reads the signature at run time.

from pathlib import Path
from typing import Annotated

import typer

from kie import Client, TaskInfo, TaskState
from kie.errors import TaskFailedError, TaskNotFoundError

from ._json import print_json, task_json
from ._params import BaseUrlOption, JsonOption, ProviderOption, run_command
from ._paths import check_output
from ._render import DownloadDisplay, WaitDisplay, print_task
from ._session import EXIT_OK, EXIT_TASK_FAILED, CommandError, Session, eprint

__all__ = ["run_status", "status"]

TaskId = Annotated[str, typer.Argument(help="The task id generate printed.")]
Wait = Annotated[bool, typer.Option("--wait", "-w", help="Wait until the task ends.")]
Timeout = Annotated[float, typer.Option("--timeout", help="With --wait: give up after this many seconds.", min=0)]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Download the result here once it succeeded.")]


def status(
    task_id: TaskId,
    wait: Wait = False,
    timeout: Timeout = 900.0,
    output: Output = None,
    json_output: JsonOption = False,
    provider: ProviderOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Show a task's state and result (exit status 1 if it failed).\f

    Args:
        task_id: the task id.
        wait: ``--wait``: poll until the task ends.
        timeout: ``--timeout``, seconds of waiting.
        output: ``--output``: where to save the result once the task succeeded.
        json_output: ``--json``.
        provider: ``--provider``.
        base_url: ``--base-url``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(json_output=json_output, provider=provider, base_url=base_url)
    run_command(session, lambda: run_status(session, task_id=task_id, wait=wait, timeout=timeout, output=output))


def run_status(session: Session, *, task_id: str, wait: bool, timeout: float, output: Path | None) -> int:
    """Fetch (or wait for) a task, download its result if asked, print its record.

    Args:
        session: the command run.
        task_id: the task.
        wait: poll until the task ends.
        timeout: seconds to wait.
        output: where to save the result once the task succeeded, or ``None``.

    Returns:
        0, or 1 when the task failed (its record is printed either way).

    Raises:
        CommandError: the host has no such task, or ``output`` cannot be written (exit status 2).

    """
    session.task_id = task_id
    session.output = output
    if output is not None:
        check_output(output)
    with session.client() as client:
        try:
            info = _fetch(client, task_id, wait=wait, timeout=timeout)
        except TaskNotFoundError:
            raise CommandError(f"no task {task_id} on {client.base_url}", kind="TaskNotFoundError") from None
        path = _download(client, info, output) if output is not None else None
    if session.json_output:
        print_json({**task_json(info), "output": str(path) if path is not None else None})
    else:
        print_task(info)
    if info.state is TaskState.FAIL:
        eprint(f"error: {TaskFailedError(info)}")  # the record above already went to stdout
        return EXIT_TASK_FAILED
    return EXIT_OK


def _fetch(client: Client, task_id: str, *, wait: bool, timeout: float) -> TaskInfo:
    """The task's record: now, or once it ended (a failed task's record too)."""
    try:
        if not wait:
            return client.get_task(task_id)
        with WaitDisplay(task_id, "") as display:
            return client.wait(task_id, timeout=timeout, on_progress=display.update)
    except TaskFailedError as exc:
        return exc.task_info


def _download(client: Client, info: TaskInfo, output: Path) -> Path | None:
    """Save a succeeded task's result to ``output``; say why not otherwise."""
    if info.state is TaskState.SUCCESS:
        with DownloadDisplay(info.task_id) as progress:
            path = client.download(info, output, on_progress=progress.update)
        eprint(f"saved {path} ({path.stat().st_size:,} bytes)")
        return path
    if not info.is_done:
        eprint(f"task {info.task_id} is {info.state_raw or 'unknown'}: nothing to download yet")
    return None
