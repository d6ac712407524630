"""Uploads: reading a local file input and checking it against the model's limits.

Model image inputs are jpeg/png/webp of at most 10 MB (seed docs 000-004;
the limits come from the spec's ``x-accept`` / ``x-max-bytes``).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from .errors import InputValidationError
from .media import EXTENSIONS, IMAGE_TYPES, sniff_mime
from .urls import has_url_scheme

__all__ = ["DEFAULT_MAX_BYTES", "FileInput", "read_file_input"]

FileInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""What ``upload``/``generate`` accept for a local file: a path, bytes, or a binary file object."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MB: the model limit on image inputs


def _read_path(path: Path, field: str, max_bytes: int) -> bytes:
    if path.is_dir():
        raise InputValidationError.about(
            None, field, str(path), "a file", f"{field}: {str(path)!r} is a folder, not an image file"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputValidationError.about(
            None, field, str(path), "a readable file", f"{field}: cannot read {str(path)!r}: {exc.strerror}"
        ) from None
    if size > max_bytes:
        raise InputValidationError.about(
            None,
            field,
            str(path),
            f"at most {max_bytes} bytes",
            f"{field}: {str(path)!r} is {size:,} bytes, over the limit of {max_bytes:,} bytes",
        )
    return path.read_bytes()


def _read_stream(value: Any, field: str, max_bytes: int) -> bytes:
    data = value.read(max_bytes + 1)
    if not isinstance(data, bytes):
        raise InputValidationError.about(
            None, field, value, "a binary file", f"{field}: the file object must be opened in binary mode ('rb')"
        )
    return data


def _check_content(data: bytes, field: str, accept: tuple[str, ...], max_bytes: int) -> str:
    """Check size and type of the bytes themselves; return the sniffed media type."""
    if len(data) > max_bytes:
        raise InputValidationError.about(
            None,
            field,
            f"<{len(data)} bytes>",
            f"at most {max_bytes} bytes",
            f"{field}: {len(data):,} bytes, over the limit of {max_bytes:,} bytes",
        )
    mime = sniff_mime(data)
    if mime is None or mime not in accept:
        raise InputValidationError.about(
            None,
            field,
            f"<{len(data)} bytes>",
            ", ".join(accept),
            f"{field}: the data is {mime or 'not a recognised image'}; accepted types: {', '.join(accept)}",
        )
    return mime


def read_file_input(
    value: Any, *, field: str = "file", accept: tuple[str, ...] = IMAGE_TYPES, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[bytes, str, str]:
    """Read a local file input and check it against the model's limits.

    Args:
        value: a path (``str``/``PathLike``), bytes, or a binary file object.
        field: the name used in error messages.
        accept: the accepted MIME types.
        max_bytes: the size limit, bytes.

    Returns:
        ``(data, file_name, mime_type)``; ``file_name`` is unique (uploads with
        a reused name overwrite each other, API-FACTS.md "Files").

    Raises:
        InputValidationError: unreadable, too large, or not an accepted type.

    """
    stem = "upload"
    if isinstance(value, str) and has_url_scheme(value):  # ftp://, s3://, data:...: not a path, not fetchable
        raise InputValidationError.about(
            None,
            field,
            value,
            "an http(s) URL or a local file",
            f"{field}: {value!r} is a URL of scheme {urlsplit(value).scheme}:; give an http(s) URL or a local file",
        )
    if isinstance(value, str | os.PathLike):
        data = _read_path(Path(value), field, max_bytes)
        stem = Path(value).stem or stem
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    elif hasattr(value, "read"):
        data = _read_stream(value, field, max_bytes)
        name = getattr(value, "name", None)
        stem = (Path(name).stem if isinstance(name, str) else "") or stem
    else:
        raise InputValidationError.about(
            None,
            field,
            value,
            "a URL, path, bytes or file",
            f"{field}: expected a URL, a path, bytes or a binary file, not {type(value).__name__}",
        )
    mime = _check_content(data, field, accept, max_bytes)
    return data, f"{stem}-{uuid.uuid4().hex[:12]}{EXTENSIONS.get(mime, '')}", mime
