"""Request parsing for the emulator's upload endpoints (``API-FACTS.md``, "Files").

The upload API takes multipart form data (``file``, ``uploadPath``,
``fileName``), base64 JSON (``base64Data``, a data-URL prefix allowed) or a URL
to fetch. The multipart parser is here because Starlette's own needs the
optional ``python-multipart`` package, which the emulator does not depend on.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.message
import email.utils
import mimetypes
import posixpath

import attrs

__all__ = ["FormPart", "decode_base64", "parse_multipart", "sniff_mime", "upload_key"]

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF8", 0, "image/gif"),
    (b"ftyp", 4, "video/mp4"),
)


@attrs.frozen
class FormPart:
    """One part of a multipart form.

    Attributes:
        name: the form field name.
        data: the part's bytes.
        filename: the part's ``filename``, if it had one.
        content_type: the part's ``Content-Type``, if it had one.

    """

    name: str
    data: bytes
    filename: str | None = None
    content_type: str | None = None


def _param(message: email.message.Message, name: str) -> str | None:
    value = message.get_param(name, header="content-disposition")
    if value is None:
        return None
    return email.utils.collapse_rfc2231_value(value)


def parse_multipart(body: bytes, content_type: str) -> dict[str, FormPart]:
    """Parse a ``multipart/form-data`` body (RFC 7578).

    Args:
        body: the request body.
        content_type: the request's ``Content-Type`` header (with its ``boundary``).

    Returns:
        Field name -> ``FormPart`` (the first part wins for a repeated name).

    Raises:
        ValueError: not multipart form data, or a malformed body.

    """
    header = email.message.Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
        raise ValueError("expected a multipart/form-data body with a boundary")
    chunks = body.split(b"--" + boundary.encode("latin-1"))
    if len(chunks) < 3:
        raise ValueError("malformed multipart body: no parts")
    parts: dict[str, FormPart] = {}
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        head, sep, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            raise ValueError("malformed multipart body: a part has no header/body separator")
        headers = email.message_from_bytes(head + b"\r\n\r\n")
        name = _param(headers, "name")
        if name is None:
            raise ValueError("malformed multipart body: a part has no name")
        parts.setdefault(
            name,
            FormPart(
                name=name,
                data=data.removesuffix(b"\r\n"),
                filename=_param(headers, "filename"),
                content_type=headers.get("content-type"),
            ),
        )
    return parts


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
    for magic, offset, mime in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
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
