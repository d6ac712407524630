"""Request parsing for the emulator's upload endpoints (``API-FACTS.md``, "Files").

The upload API takes multipart form data (``file``, ``uploadPath``,
``fileName``; parsed by Starlette with python-multipart), base64 JSON
(``base64Data``, a data-URL prefix allowed) or a URL to fetch.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import posixpath

from kie.media import sniff_mime as sniff_image

__all__ = ["decode_base64", "sniff_mime", "upload_key"]


def decode_base64(text: str) -> bytes:
    """Decode ``base64Data``, with or without a ``data:<mime>;base64,`` prefix.

    Args:
        text: the base64 text.

    Returns:
        The bytes.

    Raises:
        ValueError: not valid base64.

    """
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"base64Data is not valid base64: {exc}") from None


def sniff_mime(data: bytes, file_name: str, declared: str | None = None) -> str:
    """Tell a file's MIME type: magic bytes first, then the name's extension, then the declared type.

    Args:
        data: the file's bytes.
        file_name: its name.
        declared: the type the client declared, if any.

    Returns:
        A MIME type (``application/octet-stream`` when nothing tells).

    """
    image = sniff_image(data)
    if image is not None:
        return image
    if data[4:8] == b"ftyp":
        return "video/mp4"
    guessed, _ = mimetypes.guess_type(file_name)
    return guessed or (declared.split(";")[0].strip() if declared else None) or "application/octet-stream"


def upload_key(upload_path: str, file_name: str) -> str:
    """Build the storage key ``uploadPath/fileName`` (served at ``/files/{key}``).

    Args:
        upload_path: the folder, e.g. ``"kie-python"``; nested folders allowed.
        file_name: the name; no ``/``.

    Returns:
        The normalized key.

    Raises:
        ValueError: an empty, absolute or ``..`` path, or a name with ``/``.

    """
    folder = upload_path.strip().strip("/")
    if not folder or any(part in ("", ".", "..") for part in folder.split("/")):
        raise ValueError(f"uploadPath {upload_path!r} must be a relative folder such as 'kie-python'")
    if not file_name or "/" in file_name or "\\" in file_name or file_name in (".", ".."):
        raise ValueError(f"fileName {file_name!r} must be a plain file name")
    return posixpath.join(folder, file_name)
