r"""Media types from magic bytes, and whole-file checks: one module for uploads, the emulator and downloads.

Model image inputs are jpeg/png/webp (seed docs 000-004); results are MP4
video, PNG/JPEG/WebP images or MP3/WAV/Ogg audio, by the model's category
(vendor pages: ``Video Models``, ``Image Models``, ``Music Models``). A file's
type comes from its first bytes (``sniff_mime``), never from its name; whether
it is *whole* (not a fragment, not cut short) from its structure
(``check_whole``): MP4 boxes, PNG chunks, the JPEG end marker, RIFF sizes,
MPEG audio frames and Ogg pages each span the file exactly. Standard library
only (``import kie`` stays light).

Example:
    >>> sniff_mime(b"\x89PNG\r\n\x1a\n")
    'image/png'
    >>> check_whole("result.png", "image/png")  # raises ValueError when cut short

"""

from __future__ import annotations

import mmap
import os
import posixpath
import struct
from collections.abc import Callable
from types import MappingProxyType
from urllib.parse import urlsplit

__all__ = [
    "CATEGORY_EXTENSIONS",
    "CATEGORY_MEDIA",
    "EXTENSIONS",
    "IMAGE_TYPES",
    "check_whole",
    "extension_type",
    "family",
    "result_extension",
    "sniff_mime",
]

IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")
"""The image types models accept as inputs (seed docs 000-004)."""

EXTENSIONS: MappingProxyType[str, str] = MappingProxyType(
    {
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "image/webp": ".webp",
        "video/mp4": ".mp4",
        "audio/mpeg": ".mp3",
        "audio/wav": ".wav",
        "audio/ogg": ".ogg",
    }
)
"""The file extension of each media type this library recognises."""

CATEGORY_MEDIA: MappingProxyType[str, str] = MappingProxyType(
    {"video": "video/mp4", "image": "image/*", "audio": "audio/*"}
)
"""The media a model of each category (``kie.ModelInfo.category``) produces: a type, or a family (``image/*``)."""


CATEGORY_EXTENSIONS: MappingProxyType[str, str] = MappingProxyType({"video": ".mp4", "image": ".png", "audio": ".mp3"})
"""The extension of a result whose URL names no known type, by model category: the category's usual format."""

_EXTENSION_TYPES = {ext: mime for mime, ext in EXTENSIONS.items()} | {".jpeg": "image/jpeg"}


def extension_type(url: str) -> str | None:
    """The media type a URL's (or a file name's) extension names, any case: ``".../a.JPEG?x=1"`` -> ``"image/jpeg"``.

    Returns:
        One of ``EXTENSIONS``' types (``.jpeg`` too), or ``None`` for no extension or another one.

    """
    return _EXTENSION_TYPES.get(posixpath.splitext(urlsplit(url).path)[1].lower())


def result_extension(url: str, category: str | None = None) -> str:
    """The extension a task's result is saved with: ``Client.download``'s, ``kie generate``'s and ``kie batch run``'s.

    Args:
        url: the result URL.
        category: the model's category (``kie.ModelInfo.category``), or ``None`` when unknown.

    Returns:
        The URL's extension, lower case, when it names a media type (``.jpg``, ``.jpeg``,
        ``.webp``, ``.wav``...); else the category's (``CATEGORY_EXTENSIONS``: ``.png``
        for an image model, ``.mp3`` for audio), ``.mp4`` for video or no category.

    """
    suffix = posixpath.splitext(urlsplit(url).path)[1].lower()
    if suffix in _EXTENSION_TYPES:
        return suffix
    return CATEGORY_EXTENSIONS.get(category or "video", ".mp4")


def family(mime: str) -> str:
    """The family of a media type or range: ``"image/png"`` and ``"image/*"`` -> ``"image"``."""
    return mime.split("/", 1)[0]


def sniff_mime(data: bytes) -> str | None:
    """Return the media type of ``data`` from its first bytes, or ``None`` when unrecognised.

    Args:
        data: the start of a file (16 bytes are enough).

    Returns:
        ``"image/jpeg"``, ``"image/png"``, ``"image/webp"``, ``"video/mp4"`` (an ISO
        ``ftyp`` box), ``"audio/mpeg"`` (ID3 tag or an MPEG frame sync),
        ``"audio/wav"`` (RIFF/WAVE), ``"audio/ogg"`` (an ``OggS`` page), or ``None``.

    """
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(data) >= 12 and data[:4] == b"RIFF":
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav"}.get(data[8:12])
    if len(data) >= 8 and data[4:8] == b"ftyp":
        return "video/mp4"
    if data.startswith(b"OggS"):
        return "audio/ogg"
    if data.startswith(b"ID3") or (len(data) >= 2 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    return None


# --------------------------------------------------------------------------- whole-file checks
# Each takes the file's bytes (a memory map) and returns why it is not whole, or None.


def _mp4(data: bytes) -> str | None:
    """ISO BMFF (ISO/IEC 14496-12): top-level boxes span the file, one of them ``moov``."""
    size, offset, boxes = len(data), 0, set()
    while offset + 8 <= size:
        length, kind = struct.unpack_from(">I4s", data, offset)
        if length == 1 and offset + 16 <= size:
            length = struct.unpack_from(">Q", data, offset + 8)[0]
        elif length == 0:
            length = size - offset
        if length < 8:
            break
        boxes.add(kind)
        offset += length
    if offset != size:
        return "its boxes do not span the file (a fragment?)"
    return None if b"moov" in boxes else "it has no moov box (a fragment?)"


def _png(data: bytes) -> str | None:
    """PNG (ISO/IEC 15948): chunks (length, type, data, CRC) chain from the signature to ``IEND``."""
    offset = 8
    while offset + 12 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, offset)
        offset += 12 + length
        if kind == b"IEND":
            return None if offset <= len(data) else "its IEND chunk is cut short"
    return "it ends before its IEND chunk (cut short?)"


def _jpeg(data: bytes) -> str | None:
    """JPEG (ITU T.81): ends with the EOI marker ``FF D9`` (trailing padding allowed)."""
    tail = bytes(data[-4096:]).rstrip(b"\0\r\n\t ")
    return None if tail.endswith(b"\xff\xd9") else "it does not end with the JPEG end-of-image marker (cut short?)"


def _riff(data: bytes) -> str | None:
    """RIFF (WAV, WebP): the size in the header is the file's size (an odd one padded by one byte)."""
    declared = struct.unpack_from("<I", data, 4)[0] + 8 if len(data) >= 12 else -1
    if len(data) in (declared, declared + 1):
        return None
    return f"its RIFF header says {declared:,} bytes (cut short?)"


_MPEG_BITRATES = {  # kbit/s by (MPEG-1?, layer) and bitrate index 1..14
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mpeg_frame(header: int) -> int | None:
    """The length in bytes of the MPEG audio frame with this 4-byte header (ISO/IEC 11172-3, 13818-3), or None."""
    version, layer_bits = (header >> 19) & 3, (header >> 17) & 3
    bitrate_index, rate_index, padding = (header >> 12) & 15, (header >> 10) & 3, (header >> 9) & 1
    if header >> 21 != 0x7FF or version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    layer, mpeg1 = 4 - layer_bits, version == 3
    kbps = _MPEG_BITRATES[(mpeg1, layer if mpeg1 else min(layer, 2))][bitrate_index - 1]
    rate = _MPEG_RATES[version][rate_index]
    if layer == 1:
        return (12 * kbps * 1000 // rate + padding) * 4
    per_frame = 144 if layer == 2 or mpeg1 else 72
    return per_frame * kbps * 1000 // rate + padding


def _mp3(data: bytes) -> str | None:
    """MP3: an optional ID3v2 tag, then MPEG audio frames that chain to the end (or to an ID3v1/APE tag)."""
    offset, size = 0, len(data)
    if data[:3] == b"ID3" and size >= 10:
        tag = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
        offset = 10 + tag + (10 if data[5] & 0x10 else 0)
    frames = 0
    while offset + 4 <= size:
        if data[offset : offset + 3] == b"TAG" or data[offset : offset + 8] == b"APETAGEX":
            break  # trailing tags
        length = _mpeg_frame(struct.unpack_from(">I", data, offset)[0])
        if length is None:
            return f"byte {offset:,} is not an MPEG audio frame"
        offset += length
        frames += 1
    if frames == 0:
        return "it holds no MPEG audio frame"
    return "its last MPEG audio frame is cut short" if offset > size else None


def _ogg(data: bytes) -> str | None:
    """Ogg (RFC 3533): pages (``OggS`` header, segment table, segments) chain to the end; the last ends the stream."""
    offset, size, last_flags = 0, len(data), 0
    while offset + 27 <= size:
        if data[offset : offset + 4] != b"OggS":
            return f"byte {offset:,} is not an Ogg page"
        last_flags, segments = data[offset + 5], data[offset + 26]
        table = data[offset + 27 : offset + 27 + segments]
        offset += 27 + segments + sum(table)
    if offset != size:
        return "its last Ogg page is cut short"
    return None if last_flags & 0x04 else "it ends before the end-of-stream page (cut short?)"


_CHECKS: dict[str, Callable[[bytes], str | None]] = {
    "video/mp4": _mp4,
    "image/png": _png,
    "image/jpeg": _jpeg,
    "image/webp": _riff,
    "audio/wav": _riff,
    "audio/mpeg": _mp3,
    "audio/ogg": _ogg,
}


def check_whole(path: str | os.PathLike[str], mime: str | None) -> None:
    """Check that the file at ``path`` is a whole file of type ``mime``, not a fragment or a cut-short transfer.

    What each type must show: MP4, top-level boxes spanning the file with a
    ``moov``; PNG, chunks chaining to ``IEND``; JPEG, the end-of-image marker;
    WebP and WAV, a RIFF size equal to the file's; MP3, MPEG audio frames chaining
    to the end; Ogg, pages chaining to an end-of-stream page. A type without a
    check here (or ``None``) passes: its magic bytes were all there was to check.

    Args:
        path: the file.
        mime: its type (``sniff_mime``'s answer).

    Raises:
        ValueError: the file is empty or not whole; the message says what is missing.
        OSError: the file cannot be read.

    """
    check = _CHECKS.get(mime or "")
    if check is None:
        return
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            raise ValueError("the file is empty")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            problem = check(data)  # type: ignore[arg-type]  # an mmap reads like bytes
    if problem is not None:
        raise ValueError(problem)
