"""Local paths the commands read and write: ``--image`` files and ``--output`` targets, checked up front.

:func:`check_image` refuses what ``--image`` / ``--end-image`` cannot be (a
folder, a missing file, a GIF, a URL scheme the API cannot fetch) with one line
naming the flag; :func:`check_output` refuses an ``--output`` that cannot be
written before any task is created (a task is paid for when it is created).
Needs neither typer nor rich.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from kie.errors import InputValidationError
from kie.media import sniff_mime
from kie.urls import is_http_url

from ._session import CommandError

__all__ = ["check_image", "check_output"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_TYPE_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP"}
_OTHER_IMAGES = {b"GIF87a": "GIF", b"GIF89a": "GIF", b"BM": "BMP", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}


def _types(accept: tuple[str, ...]) -> str:
    names = [_TYPE_NAMES.get(mime, mime) for mime in accept]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)


def _refuse(flag: str, value: str, model: str, problem: str) -> InputValidationError:
    return InputValidationError(f"{flag} {problem}", model=model, field=flag, value=value, limit="an image file")


def check_image(flag: str, value: str, *, model: str, accept: tuple[str, ...]) -> None:
    """Refuse an ``--image`` / ``--end-image`` value that cannot be a model's frame; nothing is sent.

    An http(s) URL passes unchecked (the API fetches it), and the command never
    passes a value ``generate`` sends as a URL (``kie.spec.sent_as_url``: Seedance's
    documented ``asset://``), so another scheme here is refused; a local file must exist,
    be a file, and not be an image type the model does not take (``Client.submit``
    checks the rest: size, and types this check does not recognise).

    Args:
        flag: ``--image`` or ``--end-image``.
        value: what the user gave.
        model: the model id (for the error).
        accept: the media types the model takes.

    Raises:
        InputValidationError: naming the flag and the value; nothing was sent.

    """
    if is_http_url(value):
        return
    scheme = _SCHEME.match(value)
    if scheme is not None:
        problem = f"{scheme.group(1)}:// is not supported; give an http(s) URL or a local file"
        raise _refuse(flag, value, model, f"{value}: {problem}")
    path = Path(value)
    if path.is_dir():
        raise _refuse(flag, value, model, f"{value} is a folder, not an image file")
    if not path.exists():
        raise _refuse(flag, value, model, f"{value}: no such file")
    try:
        with path.open("rb") as file:
            head = file.read(16)
    except OSError as exc:
        raise _refuse(flag, value, model, f"{value}: cannot read it ({exc.strerror or exc})") from None
    if sniff_mime(head) in accept:
        return
    kind = next((name for magic, name in _OTHER_IMAGES.items() if head.startswith(magic)), None)
    if kind is not None and accept:
        raise _refuse(flag, value, model, f"{value} is a {kind} image; {model} takes {_types(accept)}")


def _probe_folder(folder: Path) -> None:
    """Create and remove a file in ``folder``: the one honest test that it can be written (root ignores modes)."""
    with tempfile.TemporaryFile(dir=folder, prefix=".kie-write-test-"):
        pass


def check_output(output: Path) -> None:
    """Refuse an ``--output`` that cannot be written, before a task is created or waited for.

    The target may be an existing folder (the file goes into it) or a file whose
    folders do not exist yet, as long as the nearest existing one is a folder
    that can be written; nothing is created here.

    Args:
        output: the ``--output`` path.

    Raises:
        CommandError: naming ``--output`` and why (exit status 2).

    """
    target = output.expanduser()
    folder = target if target.is_dir() else target.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise CommandError(f"--output {output}: {existing} is not a folder")
    try:
        _probe_folder(existing)
    except OSError as exc:
        what = "cannot be created" if existing != folder else "cannot be written"
        where = folder if existing != folder else existing
        raise CommandError(f"--output {output}: the folder {where} {what} ({exc.strerror or exc})") from None
