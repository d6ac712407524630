"""Pictures for the emulator's videos, drawn with Pillow: decoded caller images and the test pattern.

:func:`decode_image` letterboxes a caller's first or last frame image onto the
video size; :func:`draw_test_pattern` draws the static colour bars and caption the
emulator shows when it has no image. Both return RGB images of exactly the video
size; :mod:`kie.emulator.video.frames` turns them into yuv420p frames.
"""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

__all__ = ["decode_image", "draw_test_pattern", "even", "even_floor"]

_BAR_COLOURS = (
    (191, 191, 191),
    (191, 191, 0),
    (0, 191, 191),
    (0, 191, 0),
    (191, 0, 191),
    (191, 0, 0),
    (0, 0, 191),
)
"""The seven classic 75 % colour bars, left to right, as RGB."""
_BAND_RGB = (24, 24, 32)
_TEXT_RGB = (235, 235, 235)


def decode_image(data: bytes, name: str, width: int, height: int) -> Image.Image:
    """Decode image bytes and letterbox them onto a black ``width`` x ``height`` canvas.

    EXIF orientation is honoured and transparency is composited over black.

    Args:
        data: Encoded image file contents.
        name: Argument name used in error messages.
        width: Canvas width in pixels.
        height: Canvas height in pixels.

    Returns:
        An RGB image of exactly ``width`` x ``height``.

    Raises:
        ValueError: If Pillow cannot identify or decode the bytes.

    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ValueError(f"{name} must be image bytes, got {type(data).__name__}")
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (width, height))  # JPEG only: decode at a reduced scale when large
            opened.load()
            image = ImageOps.exif_transpose(opened)
            if image.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or "transparency" in image.info:
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size)
                image.paste(rgba, mask=rgba.getchannel("A"))
            else:
                image = image.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValueError(f"{name} is not a decodable image: {exc}") from exc
    if image.size == (width, height):
        return image
    fitted = ImageOps.contain(image, (width, height), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", (width, height))
    canvas.paste(fitted, ((width - fitted.width) // 2, (height - fitted.height) // 2))
    return canvas


def draw_test_pattern(
    width: int, height: int, duration: float = 0.0, fps: int = 0, label: str = "", *, caption: str | None = None
) -> Image.Image:
    """Draw the static part of the test pattern: colour bars and a captioned band.

    Args:
        width: Width in pixels.
        height: Height in pixels.
        duration: Video length in seconds (written in the default caption).
        fps: Frame rate (written in the default caption).
        label: Caller's text (the prompt), drawn above the caption when non-empty.
        caption: The format line; default ``"{width}x{height}  {duration}s  {fps} fps"``.

    Returns:
        An RGB image of ``width`` x ``height``.

    """
    image = Image.new("RGB", (width, height), _BAND_RGB)
    draw = ImageDraw.Draw(image)
    bars_bottom = even(height * 0.62)
    for index, colour in enumerate(_BAR_COLOURS):
        left = width * index // len(_BAR_COLOURS)
        right = width * (index + 1) // len(_BAR_COLOURS)
        if right > left:
            draw.rectangle((left, 0, right - 1, bars_bottom - 1), fill=colour)
    if height >= 48:
        font_px = max(10, height // 24)
        font = ImageFont.load_default(size=font_px)
        if caption is None:
            caption = f"{width}x{height}  {duration:g}s  {fps} fps"
        text = f"{label}\n{caption}" if label else caption
        position = (max(2, width // 40), bars_bottom + max(2, height // 60))
        try:
            draw.multiline_text(position, text, fill=_TEXT_RGB, font=font, spacing=font_px // 3)
        except UnicodeError:  # Pillow's bitmap fallback font is Latin-1 only
            ascii_text = text.encode("ascii", "replace").decode("ascii")
            draw.multiline_text(position, ascii_text, fill=_TEXT_RGB, font=font, spacing=font_px // 3)
    return image


def even(value: float) -> int:
    """Round to the nearest even integer (halves up).

    Args:
        value: Any finite number.

    Returns:
        The nearest even integer.

    """
    return 2 * math.floor(value / 2 + 0.5)


def even_floor(value: float) -> int:
    """Round down to an even integer.

    Args:
        value: Any finite number.

    Returns:
        The largest even integer not above ``value``.

    """
    return 2 * math.floor(value / 2)
