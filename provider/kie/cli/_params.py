"""What the ``kie`` commands share on the typer side: common options, model completion, running a body.

Each command module declares its signature with these ``Annotated`` aliases and
runs its body through :func:`run_command`, which maps errors to an exit status
(``kie.cli._session.guarded``) and hands a non-zero one to typer.
"""

# No ``from __future__ import annotations`` here nor in the command modules:
# typer reads the command signatures (and these aliases) at run time.

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from kie import MODELS, register_model_spec

from ._session import Session, guarded

__all__ = [
    "BaseUrlOption",
    "JsonOption",
    "ProviderOption",
    "SpecOption",
    "complete_model",
    "register_specs",
    "run_command",
]

ProviderOption = Annotated[
    str | None,
    typer.Option(
        "--provider", help="kie | apikley | emulator (default: env KIE_PROVIDER, then kie).", show_default=False
    ),
]
"""``--provider``: which API to use."""

BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url", help="API host overriding the provider's (default: env KIE_BASE_URL).", show_default=False
    ),
]
"""``--base-url``: an API host overriding the provider's."""

JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]
"""``--json``: machine-readable output on stdout."""

SpecOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--spec",
        metavar="PAGE",
        help="A vendor model page (markdown, YAML or JSON) to add to the models first. Repeatable.",
        show_default=False,
    ),
]
"""``--spec PAGE``: vendor model pages registered before the command runs (``kie.register_model_spec``)."""


def register_specs(pages: list[Path] | None) -> None:
    """Add each ``--spec`` page to ``kie.MODELS`` (a page the normalizer cannot use raises ``ConfigurationError``)."""
    for page in pages or []:
        register_model_spec(page)


def complete_model(incomplete: str) -> list[str]:
    """Shell completion of a model id.

    Args:
        incomplete: what the user typed so far.

    Returns:
        The model ids of ``kie.MODELS`` that start with it.

    """
    return [name for name in MODELS if name.startswith(incomplete)]


def run_command(session: Session, action: Callable[[], int | None]) -> None:
    """Run a command body for typer: errors become one line and an exit status.

    Args:
        session: the command run.
        action: the body; returns an exit status (``None`` means 0) or raises.

    Raises:
        typer.Exit: with the exit status, when it is not 0.

    """
    code = guarded(session, action)
    if code:
        raise typer.Exit(code)
