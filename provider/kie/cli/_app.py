"""The typer application of the ``kie`` command: ``app``, its root options and its commands.

``app`` is built at import time, as fastapi-cli does; each command lives in its
own module (``kie.cli.generate``, ``status``, ``models``, ``files``,
``account``, ``emulator``, ``batch``, ``tasks``) and is registered here in the order ``--help``
lists them. Importing this module imports typer and rich, so ``kie.cli.main``
imports it only once it has checked that the ``cli`` extra is installed.
"""

# No ``from __future__ import annotations``: typer reads the signatures at run time.

from typing import Annotated

import typer

from kie import __version__

from . import account, batch, emulator, files, generate, models, status, tasks

__all__ = ["app"]

EPILOG = """Environment:

  KIE_API_KEY           the API key of provider kie (never printed)
  APIKLEY_API_KEY       the API key of provider apikley
  KIE_PROVIDER          kie (default), apikley or emulator; or --provider
  KIE_BASE_URL          the API host; or --base-url
  KIE_UPLOAD_BASE_URL   the upload host (a loopback API host serves its own)
  KIE_LOG               debug or info: log each request to stderr
  KIE_MODEL_SPECS       vendor model pages to add (files or folders, separated like PATH)

Exit status:

  0    success
  1    the task failed
  2    bad input: a flag, the model input, a file, a setting, an unknown task
  3    an API or connection error
  4    the wait timed out; the task goes on: kie status TASK_ID --wait
  130  interrupted (the task id is printed)
  70   an internal error (a bug in kie)"""
"""The end of ``kie --help``: the variables that configure the command, and its exit statuses."""

app = typer.Typer(
    name="kie",
    help="Generate videos with kie.ai image-to-video models (or the local emulator).",
    epilog=EPILOG,
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

    The environment variables and exit statuses are in ``EPILOG``.\f

    Args:
        version: ``--version``: print the version and exit.

    """  # noqa: D301 - the form feed (\f) ends the --help text (click's convention)


app.command("generate")(generate.generate)
app.command("status")(status.status)
app.command("models")(models.models)
app.command("upload")(files.upload)
app.command("credits")(account.credits)
app.command("emulator")(emulator.emulator)
app.add_typer(batch.app, name="batch")
app.add_typer(tasks.app, name="tasks")
