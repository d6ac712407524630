"""The typer application of the ``kie`` command: ``app``, its root options and its commands.

``app`` is built at import time, as fastapi-cli does; each command lives in its
own module (``kie.cli.generate``, ``status``, ``models``, ``files``,
``account``, ``emulator``) and is registered here in the order ``--help``
lists them. Importing this module imports typer and rich, so ``kie.cli.main``
imports it only once it has checked that the ``cli`` extra is installed.
"""

# No ``from __future__ import annotations``: typer reads the signatures at run time.

from typing import Annotated

import typer

from kie import __version__

from . import account, emulator, files, generate, models, status

__all__ = ["app"]

app = typer.Typer(
    name="kie",
    help="Generate videos with kie.ai image-to-video models (or the local emulator).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
"""The ``kie`` command; ``kie.cli.main`` runs it."""


def _print_version(value: bool) -> None:
    if value:
        print(f"kie {__version__}")
        raise typer.Exit(0)


Version = Annotated[
    bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
]


@app.callback()
def root(version: Version = False) -> None:
    """Generate videos with kie.ai image-to-video models (or the local emulator).

    The API key comes from the environment: KIE_API_KEY (provider kie),
    APIKLEY_API_KEY (apikley); the emulator takes any. Exit status: 0 ok,
    1 task failed, 2 bad input, 3 API or connection error, 4 wait timeout.\f

    Args:
        version: ``--version``: print the version and exit.

    """  # noqa: D301 - the form feed (\f) ends the --help text (click's convention)


app.command("generate")(generate.generate)
app.command("status")(status.status)
app.command("models")(models.models)
app.command("upload")(files.upload)
app.command("credits")(account.credits)
app.command("emulator")(emulator.emulator)
