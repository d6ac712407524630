"""Uploads: reading a local file input and checking it against the model's limits.

Model image inputs are jpeg/png/webp of at most 10 MB (seed docs 000-004;
the limits come from the spec's ``x-accept`` / ``x-max-bytes``).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import IO, Any

from .errors import InputValidationError
from .media import EXTENSIONS, IMAGE_TYPES, sniff_mime

__all__ = ["DEFAULT_MAX_BYTES", "FileInput", "read_file_input"]

FileInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""What ``upload``/``generate`` accept for a local file: a path, bytes, or a binary file object."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MB: the model limit on image inputs


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
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InputValidationError(
                f"{field}: cannot read {str(path)!r}: {exc.strerror}",
                field=field,
                value=str(path),
                limit="a readable file",
            ) from None
        if size > max_bytes:
            raise InputValidationError(
                f"{field}: {str(path)!r} is {size:,} bytes, over the limit of {max_bytes:,} bytes",
                field=field,
                value=str(path),
                limit=f"at most {max_bytes} bytes",
            )
        data = path.read_bytes()
        stem = path.stem or stem
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    elif hasattr(value, "read"):
        data = value.read(max_bytes + 1)
        if not isinstance(data, bytes):
            raise InputValidationError(
                f"{field}: the file object must be opened in binary mode ('rb')",
                field=field,
                value=value,
                limit="a binary file",
            )
        name = getattr(value, "name", None)
        if isinstance(name, str):
            stem = Path(name).stem or stem
    else:
        raise InputValidationError(
            f"{field}: expected a URL, a path, bytes or a binary file, not {type(value).__name__}",
            field=field,
            value=value,
            limit="a URL, path, bytes or file",
        )
    if len(data) > max_bytes:
        raise InputValidationError(
            f"{field}: {len(data):,} bytes, over the limit of {max_bytes:,} bytes",
            field=field,
            value=f"<{len(data)} bytes>",
            limit=f"at most {max_bytes} bytes",
        )
    mime = sniff_mime(data)
    if mime is None or mime not in accept:
        raise InputValidationError(
            f"{field}: the data is {mime or 'not a recognised image'}; accepted types: {', '.join(accept)}",
            field=field,
            value=f"<{len(data)} bytes>",
            limit=", ".join(accept),
        )
    return data, f"{stem}-{uuid.uuid4().hex[:12]}{EXTENSIONS.get(mime, '')}", mime
