"""The emulator's file routes: the three uploads, ``download-url`` and ``GET /files/...`` (``API-FACTS.md``, "Files").

The upload API takes multipart form data (``file``, ``uploadPath``,
``fileName``; parsed by Starlette with python-multipart), base64 JSON
(``base64Data``, a data-URL prefix allowed) or a URL to fetch (this emulator's
own ``/files/`` URLs only: it never reaches the network). Each answers the
upload envelope ``{"success", "code", "msg", "data"}``; errors are body code
400 over HTTP 200 (HTTP 413 past ``EmulatorConfig.max_upload_bytes``).
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import posixpath
import uuid
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kie.media import sniff_mime

from ._http import UploadError, base_url, json_object, ok, state_of
from ._jobs import invalid

__all__ = [
    "bad_upload",
    "decode_base64",
    "download_url",
    "serve_file",
    "stored_mime",
    "upload_base64",
    "upload_key",
    "upload_stream",
    "upload_url",
]


def bad_upload(msg: str) -> UploadError:
    """Return the upload API's request error: body code 400 over HTTP 200."""
    return UploadError(400, msg)


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


def stored_mime(data: bytes, file_name: str, declared: str | None = None) -> str:
    """Tell the MIME type to store an upload under: magic bytes, then the name's extension, then the declared type.

    The magic bytes are ``kie.media.sniff_mime``'s (images, MP4, MP3, WAV).

    Args:
        data: the file's bytes.
        file_name: its name.
        declared: the type the client declared, if any.

    Returns:
        A MIME type (``application/octet-stream`` when nothing tells).

    """
    sniffed = sniff_mime(data)
    if sniffed is not None:
        return sniffed
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


async def upload_stream(request: Request) -> Response:
    """``POST /api/file-stream-upload``: multipart ``file``, ``uploadPath``, ``fileName``.

    Raises:
        UploadError: 400 for a malformed form, a missing file or a bad path.

    """
    try:
        form = await request.form()
    except (AssertionError, ValueError, KeyError) as exc:  # Starlette/python-multipart reject malformed bodies
        raise UploadError(400, f"expected multipart/form-data: {exc}") from None
    file = form.get("file")
    if not isinstance(file, UploadFile):
        raise UploadError(400, "file is required")
    data = await file.read()
    path = form.get("uploadPath")
    name = form.get("fileName")
    file_name = name if isinstance(name, str) and name else (file.filename or "")
    return _store(request, path if isinstance(path, str) else None, file_name, data, file.content_type)


async def upload_base64(request: Request) -> Response:
    """``POST /api/file-base64-upload``: JSON ``base64Data`` (``data:`` prefix allowed), ``uploadPath``, ``fileName``.

    Raises:
        UploadError: 400 for a missing or invalid ``base64Data`` or a bad path.

    """
    body = await json_object(request, bad_upload)
    if not isinstance(body.get("base64Data"), str):
        raise UploadError(400, "base64Data is required")
    text: str = body["base64Data"]
    try:
        data = decode_base64(text)
    except ValueError as exc:
        raise UploadError(400, str(exc)) from None
    declared = text[5:].split(";")[0] if text.startswith("data:") else None
    return _store(request, body.get("uploadPath"), body.get("fileName"), data, declared)


async def upload_url(request: Request) -> Response:
    """``POST /api/file-url-upload``: JSON ``fileUrl`` (only this emulator's own ``/files/`` URLs), ``uploadPath``.

    Raises:
        UploadError: 400 for a missing, foreign or unfetchable ``fileUrl`` or a bad path.

    """
    body = await json_object(request, bad_upload)
    url = body.get("fileUrl")
    if not isinstance(url, str) or not url:
        raise UploadError(400, "fileUrl is required")
    files = state_of(request).files
    key = files.own_key(url, base_url(request))
    if key is None:
        raise UploadError(400, "the emulator only fetches its own /files/ URLs (it never reaches the network)")
    status, data, mime = files.lookup(key)
    if status != 200:
        raise UploadError(400, f"could not fetch fileUrl: HTTP {status}")
    name = body.get("fileName") or key.rsplit("/", 1)[-1]
    return _store(request, body.get("uploadPath"), name, data, mime)


def _store(request: Request, upload_path: Any, file_name: Any, data: bytes, declared: str | None) -> Response:
    """Store an upload and answer its record (``fileName``, ``filePath``, ``downloadUrl``, size, type, time)."""
    if not isinstance(upload_path, str) or not upload_path.strip():
        raise UploadError(400, "uploadPath is required")
    if not isinstance(file_name, str) or not file_name:
        file_name = uuid.uuid4().hex
    try:
        key = upload_key(upload_path, file_name)
    except ValueError as exc:
        raise UploadError(400, str(exc)) from None
    item = state_of(request).files.store(key, data, stored_mime(data, file_name, declared))
    record = {
        "fileName": file_name,
        "filePath": key,
        "downloadUrl": f"{base_url(request)}/files/{quote(key)}",
        "fileSize": len(data),
        "mimeType": item.mime_type,
        "uploadedAt": item.uploaded_at,
    }
    return JSONResponse({"success": True, "code": 200, "msg": "File uploaded successfully", "data": record})


async def download_url(request: Request) -> Response:
    """``POST /api/v1/common/download-url``: ``data`` is a fresh link (a plain string) valid 20 minutes.

    Raises:
        ApiError: 422 when ``url`` is missing or names no file of this emulator, over HTTP 200.

    """
    body = await json_object(request, invalid)
    url = body.get("url")
    if not isinstance(url, str) or not url:
        raise invalid("url is required")
    link = state_of(request).files.issue_link(url, base_url(request))
    if link is None:
        raise invalid("url is not a file of this account")
    return ok(link)


async def serve_file(request: Request) -> Response:
    """``GET /files/{path}``: uploads and result MP4s (403 bad token, 404 unknown, 410 expired: ``result_ttl_s``)."""
    files = state_of(request).files
    status, data, mime = files.lookup(request.path_params["path"], request.query_params.get("token"))
    return Response(data, status_code=status, media_type=mime)
