"""The ``kie`` command: generate videos, check tasks, list models, run the emulator.

::

    kie generate MODEL --prompt TEXT --image PATH_OR_URL [--end-image ...] [--duration S]
                 [--resolution R] [--option KEY=VALUE ...] [--example] [--callback-url URL]
                 [--provider P] [--base-url URL] [--output FILE] [--no-wait] [--timeout S] [--json]
                 [--journal PATH_OR_URL | --no-journal]
    kie batch run JOBS --out RESULTS.jsonl --output-dir DIR [--concurrency N] [--journal PATH_OR_URL]
                 [--rate-limit-url URL] [--dry-run] [--max-credits X] [--timeout S]
    kie tasks list [--pending] [--json] | resume [ID | --all] | reconcile   [--journal PATH_OR_URL]
    kie status TASK_ID [--wait] [--timeout S] [--output FILE] [--json] [--provider P] [--base-url URL]
    kie models [MODEL] [--json]
    kie upload PATH [--json] [--provider P] [--base-url URL]
    kie credits [--json] [--provider P] [--base-url URL]
    kie emulator [--host 127.0.0.1] [--port 8000] [--task-seconds S | --waiting-s S --queuing-s S
                 --generating-s S] [--api-key KEY] [--rate-limit COUNT/SECONDS]

Exit status: 0 success, 1 the task failed, 2 bad input (options, model input,
local files, an unwritable ``--output``, an unknown task id, configuration),
3 an API or connection error, 4 the wait timed out (the task
may still finish: ``kie status TASK_ID --wait``), 130 interrupted, 70 an
internal error. Errors are one line on stderr (``error: ...``); once a task
exists its id is always printed. ``--json`` puts machine-readable output on
stdout (on an error, ``{"error": {"type", "message", "exit_code"}, "task_id"}``).
The API key comes from the environment (see ``kie.Client``) and is never printed.

Needs the ``cli`` extra (``pip install 'kie[cli]'``): typer and rich are
imported only when the command runs, so ``import kie.cli`` works without them.

Layout: ``kie.cli._app`` holds the module-level typer ``app``; one module per
command (``generate``, ``status``, ``models``, ``files`` for ``upload``,
``account`` for ``credits``, ``emulator``, ``tasks``, ``batch``) declares its options and does its
work; ``_params`` holds the options they share, ``_session`` the client
settings, errors and exit statuses, ``_input`` the ``generate`` vocabulary and
``--option`` parsing, ``_json`` the ``--json`` shapes, ``_render`` the rich
output and ``_journal`` the command's journal. ``kie batch run`` adds ``_jobs``
(the JOBS file), ``_results`` (RESULTS), ``_prices`` (the price table),
``_batch_run`` (the engine) and ``_batch_view`` (its progress). This module keeps
the entry point and the names above; it and ``_session``, ``_input``, ``_json``,
``_jobs``, ``_results`` and ``_prices`` load without typer and rich.
"""

import importlib
from typing import Any

# ``Session.client`` builds its client through ``kie.cli.Client`` (``kie batch run`` through
# ``kie.cli.AsyncClient``), looked up at call time, so patching it (e.g. with a
# faster-polling ``functools.partial``) takes effect.
from kie import AsyncClient, Client

from ._input import parse_option
from ._session import (
    EXIT_API_ERROR,
    EXIT_BAD_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TASK_FAILED,
    EXIT_TIMEOUT,
    INSTALL_HINT,
    eprint,
    exit_code_for,
)

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BAD_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TASK_FAILED",
    "EXIT_TIMEOUT",
    "INSTALL_HINT",
    "AsyncClient",
    "Client",
    "exit_code_for",
    "main",
    "parse_option",
]


def _click_exceptions() -> Any:
    """The click exception module typer uses (typer >= 0.27 vendors click as ``typer._click``)."""
    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:
        return importlib.import_module("click.exceptions")


def main(argv: list[str] | None = None) -> int:
    """Run the ``kie`` command (the console script).

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 ok, 1 task failed, 2 bad input, 3 API or connection
        error, 4 wait timeout, 130 interrupted, 70 internal error (also 2, with
        an install hint, when typer or rich is missing).

    """
    try:
        import rich  # noqa: F401 - checked here, used by kie.cli._render
        import typer
    except ImportError:
        eprint(INSTALL_HINT)
        return EXIT_BAD_INPUT
    from ._app import app

    errors = _click_exceptions()
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="kie", standalone_mode=False)
    except errors.ClickException as exc:
        return _usage_error(errors, exc)
    except typer.Abort:
        eprint("interrupted")
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else EXIT_OK


def _usage_error(errors: Any, exc: Any) -> int:
    """Print a click usage error as one ``error:`` line (or the help typer built); return its exit status."""
    no_args_help = getattr(errors, "NoArgsIsHelpError", None)
    if no_args_help is not None and isinstance(exc, no_args_help):
        text = str(exc.format_message())  # typer's rich help printed itself while building it
        if text.strip():
            print(text)
        return EXIT_OK
    message = " ".join(str(exc.format_message()).splitlines())
    hint = ""
    if isinstance(exc, errors.UsageError) and exc.ctx is not None:
        hint = f" (see: {exc.ctx.command_path} --help)"
    eprint(f"error: {message}{hint}")
    return int(exc.exit_code)
