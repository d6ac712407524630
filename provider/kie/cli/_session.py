"""One run of the ``kie`` command: exit statuses, client settings, the task id and error reporting.

:class:`Session` carries what a command needs to build its ``kie.Client`` and to
report a failure without losing the task id; :func:`guarded` runs a command body
and maps whatever it raises to one ``error:`` line and an exit status
(:func:`exit_code_for`). :func:`eprint` is the one way the command writes a line
on stderr. Needs neither typer nor rich.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kie.errors import (
    APIError,
    ConfigurationError,
    InputValidationError,
    KieError,
    TaskFailedError,
    WaitTimeoutError,
)

from ._input import flag_words

if TYPE_CHECKING:
    from kie import Client

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BAD_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TASK_FAILED",
    "EXIT_TIMEOUT",
    "INSTALL_HINT",
    "CommandError",
    "Session",
    "eprint",
    "exit_code_for",
    "guarded",
]

EXIT_OK = 0
EXIT_TASK_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_API_ERROR = 3
EXIT_TIMEOUT = 4
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

INSTALL_HINT = "error: the kie command needs typer and rich: pip install 'kie[cli]'"


class CommandError(Exception):
    """A failure the command words itself, in its own flags: the message is the error line.

    Args:
        message: the line (after ``error: ``).
        exit_code: the exit status (default 2, bad input).
        kind: the error type shown under ``--json`` (default ``CommandError``).

    """

    def __init__(self, message: str, *, exit_code: int = EXIT_BAD_INPUT, kind: str | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.kind = kind or type(self).__name__


_PYTHON_RESUME = re.compile(r"resume (?:it )?with:? (?:client\.)?wait\('([^']*)'\)")
_PASS_ARGUMENT = re.compile(r"pass \w+=\.\.\. or set ")


def eprint(message: str) -> None:
    """Print one plain line on stderr (no markup, no wrapping) and flush it.

    Args:
        message: the line, without its newline.

    """
    print(message, file=sys.stderr, flush=True)


class Session:
    """One command run: provider settings, output mode and the task id once known.

    Args:
        json_output: ``--json``: machine-readable output on stdout (errors too).
        provider: ``--provider`` (``None``: env ``KIE_PROVIDER``, then ``kie``).
        base_url: ``--base-url`` (``None``: env ``KIE_BASE_URL``, then the provider's host).

    Attributes:
        task_id: the task the command works on, once known (it goes into every error line).
        created_here: this command created the task, so the user may not know its id yet.
        output: where the result is (to be) saved, for the resume command.

    """

    def __init__(self, *, json_output: bool = False, provider: str | None = None, base_url: str | None = None):
        self.json_output = json_output
        self.provider = provider
        self.base_url = base_url
        self.task_id: str | None = None
        self.created_here = False
        self.output: Path | None = None

    def client(self, **settings: Any) -> Client:
        """Build the ``kie.Client`` for ``--provider`` / ``--base-url`` (env vars as in ``kie.Client``).

        Args:
            **settings: more ``kie.Client`` arguments (``journal=...``).

        Returns:
            A new client; the caller closes it (``with session.client() as client``).

        Raises:
            ConfigurationError: the provider is unknown or lacks settings (e.g. no API key).

        """
        # Looked up on ``kie.cli`` at call time, so that patching ``kie.cli.Client`` (as the tests do) takes effect.
        from kie import cli

        return cli.Client(provider=self.provider, base_url=self.base_url, **settings)

    def resume_command(self, task_id: str) -> str:
        """The command that resumes waiting for ``task_id`` with the same provider settings.

        Args:
            task_id: the task to resume.

        Returns:
            ``kie status TASK_ID --wait`` with this run's ``--provider``, ``--base-url`` and ``--output``.

        """
        parts = ["kie", "status", task_id, "--wait"]
        if self.provider:
            parts += ["--provider", self.provider]
        if self.base_url:
            parts += ["--base-url", self.base_url]
        if self.output is not None:
            parts += ["--output", str(self.output)]
        return " ".join(parts)

    def report(self, exc: BaseException, code: int) -> None:
        """Print ``exc`` as one ``error:`` line on stderr (and as JSON on stdout under ``--json``).

        Args:
            exc: what went wrong.
            code: the exit status it maps to (goes into the JSON error).

        """
        task_id = getattr(exc, "task_id", None) or self.task_id
        message = " ".join(self._with_task_id(self._message(exc), exc, task_id).splitlines())
        eprint(f"error: {message}")
        if self.json_output:
            kind = exc.kind if isinstance(exc, CommandError) else type(exc).__name__
            error = {"type": kind, "message": message, "exit_code": code}
            with contextlib.suppress(BrokenPipeError):
                print(json.dumps({"error": error, "task_id": task_id}, ensure_ascii=False), flush=True)

    def _message(self, exc: BaseException) -> str:
        """What went wrong in words; a wait timeout says how to resume."""
        if isinstance(exc, WaitTimeoutError):
            state = exc.task_info.state_raw if exc.task_info is not None else "unknown"
            waited = exc.task_id or self.task_id or "?"
            return (
                f"task {waited} still {state or 'unknown'} after {exc.timeout:g} s; "
                f"resume with: {self.resume_command(waited)}"
            )
        if isinstance(exc, CommandError):
            return str(exc)
        if isinstance(exc, InputValidationError):
            return flag_words(exc)
        if isinstance(exc, APIError):
            return f"{type(exc).__name__} ({exc.code}): {exc.msg or 'no message'}"
        if isinstance(exc, KieError | OSError):
            return self._in_commands(str(exc) or type(exc).__name__)
        return f"unexpected {type(exc).__name__}: {exc} (a bug in kie; KIE_LOG=debug shows the traceback)"

    def _in_commands(self, message: str) -> str:
        """``message`` with the library's Python advice (``pass api_key=...``, ``wait('ID')``) as commands."""
        message = _PASS_ARGUMENT.sub("set ", message)
        return _PYTHON_RESUME.sub(lambda m: f"resume with: {self.resume_command(m.group(1))}", message)

    def _with_task_id(self, message: str, exc: BaseException, task_id: str | None) -> str:
        """``message`` naming the task, so that no task this command created is ever lost."""
        if not task_id or task_id in message:
            return message
        if self.created_here:
            return f"{message} (task {task_id}; check it with: {self.resume_command(task_id)})"
        if getattr(exc, "task_id", None):
            return f"{message} (task {task_id})"
        return message


def exit_code_for(exc: BaseException) -> int:
    """The exit status for an exception (see the ``kie.cli`` module docstring).

    Args:
        exc: what a command raised.

    Returns:
        a ``CommandError``'s own status, 1 task failed, 4 wait timeout, 2 bad input or
        configuration (or a local file error), 3 any other ``KieError`` (API,
        connection, uncertain submit), 70 anything else.

    """
    if isinstance(exc, CommandError):
        return exc.exit_code
    if isinstance(exc, TaskFailedError):
        return EXIT_TASK_FAILED
    if isinstance(exc, WaitTimeoutError):
        return EXIT_TIMEOUT
    if isinstance(exc, InputValidationError | ConfigurationError | OSError):
        return EXIT_BAD_INPUT
    if isinstance(exc, KieError):  # APIError, APIConnectionError, SubmitUncertainError
        return EXIT_API_ERROR
    return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured output): nothing to protect
        pass


def guarded(session: Session, action: Callable[[], int | None]) -> int:
    """Run a command body; map exceptions to one error line and an exit status.

    Args:
        session: the command run (its task id and settings go into the error line).
        action: the command body; returns an exit status (``None`` means 0) or raises.

    Returns:
        The exit status: the body's, 0 when stdout's reader went away, 130 on
        Ctrl-C (naming the task to resume), else :func:`exit_code_for` the error.

    """
    try:
        return action() or EXIT_OK
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (``kie models | head``): nothing left to say
        return EXIT_OK
    except KeyboardInterrupt:
        if session.task_id:
            eprint(f"interrupted; task {session.task_id} keeps running: {session.resume_command(session.task_id)}")
        else:
            eprint("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        code = exit_code_for(exc)
        if code == EXIT_INTERNAL and os.environ.get("KIE_LOG", "").lower() == "debug":
            traceback.print_exc()
        session.report(exc, code)
        return code
