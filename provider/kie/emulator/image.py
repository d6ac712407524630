"""Render and probe the emulator's image results: real PNG, JPEG or WebP files drawn with Pillow.

An image model's task gets a picture of the requested size in the requested
format (``output_format``, vendor image pages): the task's input image
letterboxed onto the canvas when it has one (an edit, an upscale), else the
colour-bar test pattern with the prompt and the size written on it.

Example:
    >>> data = render_image(width=1024, height=576, mime="image/jpeg", label="a red fox")
    >>> probe_image(data)
    ImageProbe(width=1024, height=576, format='JPEG')

"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from .video.draw import decode_image, draw_test_pattern

__all__ = ["FORMATS", "ImageProbe", "probe_image", "render_image"]

FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WEBP"}
"""The media types ``render_image`` writes, and Pillow's name of each format."""

_MAX_SIDE = 8192
"""Largest accepted width or height in pixels (as for the videos)."""


@dataclass(frozen=True, slots=True)
class ImageProbe:
    """What :func:`probe_image` found: ``width`` and ``height`` in pixels and Pillow's ``format`` name (``"PNG"``)."""

    width: int
    height: int
    format: str


def render_image(
    *, width: int, height: int, mime: str = "image/png", source: bytes | None = None, label: str = ""
) -> bytes:
    """Encode a picture of ``width`` x ``height`` pixels as a PNG, JPEG or WebP file, in memory.

    Args:
        width: Width in pixels, 1..8192.
        height: Height in pixels, 1..8192.
        mime: ``"image/png"`` (lossless, fastest compression), ``"image/jpeg"`` or
            ``"image/webp"`` (quality 85).
        source: An encoded image (anything Pillow decodes) to letterbox onto the
            canvas, or ``None`` for the test pattern.
        label: Text drawn on the test pattern (the prompt); ignored with ``source``.

    Returns:
        The complete image file as bytes.

    Raises:
        ValueError: a size out of range, a type not in ``FORMATS``, or a ``source``
            Pillow cannot decode (the message names the argument).

    """
    for name, value in (("width", width), ("height", height)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= _MAX_SIDE:
            raise ValueError(f"{name} must be a whole number of pixels in 1..{_MAX_SIDE}, got {value!r}")
    kind = FORMATS.get(mime)
    if kind is None:
        raise ValueError(f"mime must be one of {', '.join(FORMATS)}, got {mime!r}")
    if source is not None:
        picture = decode_image(source, "source", width, height)
    else:
        picture = draw_test_pattern(width, height, label=label, caption=f"{width}x{height}  {kind}")
    buffer = io.BytesIO()
    options = {"compress_level": 1} if kind == "PNG" else {"quality": 85}
    picture.save(buffer, format=kind, **options)
    return buffer.getvalue()


def probe_image(data: bytes) -> ImageProbe:
    """Decode an image file fully and report its size and format.

    Args:
        data: The complete file contents.

    Returns:
        An :class:`ImageProbe`.

    Raises:
        ValueError: the bytes are not a whole image Pillow decodes (a truncated file included).

    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return ImageProbe(image.width, image.height, str(image.format))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValueError(f"not a decodable image: {exc}") from exc
