"""Media types from magic bytes: one sniffer for uploads, the emulator and downloads.

Model image inputs are jpeg/png/webp (seed docs 000-004); results are MP4
video, PNG/JPEG/WebP images or MP3/WAV audio (vendor pages, by category).
Only the first bytes are read, so a file's type never depends on its name.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["EXTENSIONS", "IMAGE_TYPES", "sniff_mime"]

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
    }
)
"""The file extension of each media type this library recognises."""


def sniff_mime(data: bytes) -> str | None:
    """Return the media type of ``data`` from its first bytes, or ``None`` when unrecognised.

    Args:
        data: the start of a file (16 bytes are enough).

    Returns:
        ``"image/jpeg"``, ``"image/png"``, ``"image/webp"``, ``"video/mp4"`` (an ISO
        ``ftyp`` box), ``"audio/mpeg"`` (ID3 tag or an MPEG frame sync),
        ``"audio/wav"`` (RIFF/WAVE), or ``None``.

    """
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(data) >= 12 and data[:4] == b"RIFF":
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav"}.get(data[8:12])
    if len(data) >= 8 and data[4:8] == b"ftyp":
        return "video/mp4"
    if data.startswith(b"ID3") or (len(data) >= 2 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    return None
