"""``kie upload``: upload a local image and print the URL to pass as ``--image``."""

# No ``from __future__ import annotations``: typer reads the signature at run time.

from pathlib import Path
from typing import Annotated

import typer

from ._json import print_json
from ._params import BaseUrlOption, JsonOption, ProviderOption, run_command
from ._session import EXIT_OK, Session

__all__ = ["run_upload", "upload"]

ImagePath = Annotated[Path, typer.Argument(help="A jpeg, png or webp image (at most 10 MB).")]


def upload(
    path: ImagePath, json_output: JsonOption = False, provider: ProviderOption = None, base_url: BaseUrlOption = None
) -> None:
    """Upload a local image and print the URL to pass as --image (kept 3 days).\f

    Args:
        path: the image file.
        json_output: ``--json``.
        provider: ``--provider``.
        base_url: ``--base-url``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(json_output=json_output, provider=provider, base_url=base_url)
    run_command(session, lambda: run_upload(session, path))


def run_upload(session: Session, path: Path) -> int:
    """Upload ``path`` through the file-upload API and print the URL a model accepts.

    Args:
        session: the command run.
        path: the local image.

    Returns:
        0; errors raise (a missing or unreadable file is bad input, exit 2).

    """
    with session.client() as client:
        url = client.upload(path)
    if session.json_output:
        print_json({"url": url, "path": str(path)})
    else:
        print(url)
    return EXIT_OK
