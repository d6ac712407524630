"""The ``kie`` command: generate videos, check tasks, list models, run the emulator.

::

    kie generate MODEL --prompt TEXT --image PATH_OR_URL [--end-image ...] [--duration S]
                 [--resolution R] [--option KEY=VALUE ...] [--example] [--callback-url URL]
                 [--provider P] [--base-url URL] [--output FILE] [--no-wait] [--timeout S] [--json]
    kie status TASK_ID [--wait] [--timeout S] [--output FILE] [--json] [--provider P] [--base-url URL]
    kie models [MODEL] [--json]
    kie upload PATH [--json] [--provider P] [--base-url URL]
    kie credits [--json] [--provider P] [--base-url URL]
    kie emulator [--host 127.0.0.1] [--port 8000]

Exit status: 0 success, 1 the task failed, 2 bad input (options, model input,
configuration), 3 an API or connection error, 4 the wait timed out (the task
may still finish: ``kie status TASK_ID --wait``), 130 interrupted, 70 an
internal error. Errors are one line on stderr (``error: ...``); once a task
exists its id is always printed. ``--json`` puts machine-readable output on
stdout (on an error, ``{"error": {"type", "message", "exit_code"}, "task_id"}``).
The API key comes from the environment (see ``kie.Client``) and is never printed.

Needs the ``cli`` extra (``pip install 'kie[cli]'``): typer and rich are
imported only when the command runs, so ``import kie.cli`` works without them.

The command is split over private modules: ``kie._cli_app`` (the typer app),
``kie._cli_commands`` (what each command does), ``kie._cli_input`` (``generate``
input and ``--option`` parsing), ``kie._cli_session`` (client settings, errors
and exit statuses) and ``kie._cli_render`` (output). This module keeps the
entry point and the names above.
"""

import sys
from typing import Any

from ._cli_app import build_app
from ._cli_commands import run_credits as run_credits
from ._cli_commands import run_emulator as run_emulator
from ._cli_commands import run_generate as run_generate
from ._cli_commands import run_models as run_models
from ._cli_commands import run_status as run_status
from ._cli_commands import run_upload as run_upload
from ._cli_input import parse_option
from ._cli_session import (
    EXIT_API_ERROR,
    EXIT_BAD_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TASK_FAILED,
    EXIT_TIMEOUT,
)
from ._cli_session import INSTALL_HINT as INSTALL_HINT
from ._cli_session import eprint as _eprint
from ._cli_session import exit_code_for as exit_code_for

# ``kie._cli_session.Session.client`` builds its client through this name, so patching
# ``kie.cli.Client`` (e.g. with a faster-polling ``functools.partial``) takes effect.
from ._sync.client import Client as Client

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BAD_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TASK_FAILED",
    "EXIT_TIMEOUT",
    "build_app",
    "main",
    "parse_option",
]


def _click_exceptions() -> Any:
    """The click exception module typer uses (typer >= 0.27 vendors click as ``typer._click``)."""
    import importlib

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
        error, 4 wait timeout (also 2 with an install hint when typer or rich is missing).

    """
    try:
        import rich  # noqa: F401 - checked here, used by kie._cli_render
        import typer
    except ImportError:
        _eprint(INSTALL_HINT)
        return EXIT_BAD_INPUT
    errors = _click_exceptions()
    command = typer.main.get_command(build_app())
    try:
        result = command.main(args=argv, prog_name="kie", standalone_mode=False)
    except errors.ClickException as exc:
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
        _eprint(f"error: {message}{hint}")
        return int(exc.exit_code)
    except typer.Abort:
        _eprint("interrupted")
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
