"""Render and probe small, real H.264 MP4 files for the kie emulator.

The emulator has to hand out videos that actual players, browsers and ``ffprobe``
accept, so this module encodes genuine H.264 (``libx264``, ``yuv420p``, BT.709,
limited range) into an in-memory MP4 with the ``moov`` atom up front
("faststart"). Everything happens in memory; no temporary files are written.

Content is deliberately cheap to encode: either the caller's first frame image
(optionally cross-fading to a last frame image) or a colour-bar test pattern with
a bouncing box and a progress bar so that consecutive frames differ. Mostly static
frames cost the encoder almost nothing: 80 s of 720p is roughly 40 kB for a still
image, 120 kB for the test pattern and 330 kB for a full-length cross-fade.

This module checks the arguments and puts the pieces together: pictures are
drawn in ``video.draw``, turned into yuv420p frames in ``video.frames`` and
encoded in ``video.encode``; ``video.probe`` holds :func:`probe_mp4`.

Example:
    >>> width, height = output_size("720p")
    >>> data = render_mp4(duration=5, width=width, height=height, label="demo")
    >>> probe_mp4(data).duration
    5.0

"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import av
from PIL import Image

from .draw import decode_image, draw_test_pattern
from .encode import encode
from .frames import image_frames, pattern_frames, to_yuv
from .probe import VideoProbe, probe_mp4

__all__ = ["VideoProbe", "output_size", "probe_mp4", "render_mp4"]

_RESOLUTION_RE = re.compile(r"([0-9]+)[pP]")
_DEFAULT_ASPECT = 16 / 9
_MAX_SIDE = 8192
"""Largest accepted width or height in pixels (a sanity bound, well above 4K)."""


def output_size(resolution: str, aspect: float | None = None) -> tuple[int, int]:
    """Map a kie resolution name such as ``"720p"`` to a frame size.

    The number is the height in pixels; the width is ``height * aspect`` rounded
    half-up to the nearest even number (at least 2), so ``"720p"`` is
    ``(1280, 720)``, ``"768P"`` is ``(1366, 768)`` and ``"512P"`` is ``(910, 512)``.

    Args:
        resolution: Digits followed by ``p`` or ``P`` (``"720p"``, ``"1080p"``,
            ``"512P"``, ``"768P"``); surrounding whitespace is ignored.
        aspect: Width divided by height; ``None`` means 16/9.

    Returns:
        ``(width, height)`` in pixels, both even and positive.

    Raises:
        ValueError: If ``resolution`` is not digits + ``p``, names a zero, odd or
            larger-than-supported height, or ``aspect`` is not a positive finite
            number. The message quotes the offending value.

    """
    match = _RESOLUTION_RE.fullmatch(resolution.strip()) if isinstance(resolution, str) else None
    if match is None:
        raise ValueError(f"unsupported resolution {resolution!r}: expected digits followed by 'p', e.g. '720p'")
    height = int(match.group(1))
    if height <= 0 or height % 2 or height > _MAX_SIDE:
        raise ValueError(f"unsupported resolution {resolution!r}: height must be even and in 2..{_MAX_SIDE}")
    if aspect is None:
        aspect = _DEFAULT_ASPECT
    if not (isinstance(aspect, int | float) and math.isfinite(aspect) and aspect > 0):
        raise ValueError(f"unsupported aspect ratio {aspect!r}: expected a positive finite number")
    width = max(2, 2 * math.floor(height * aspect / 2 + 0.5))
    if width > _MAX_SIDE:
        raise ValueError(f"aspect ratio {aspect!r} makes {resolution!r} {width} pixels wide (max {_MAX_SIDE})")
    return width, height


def render_mp4(
    *,
    duration: float,
    width: int,
    height: int,
    first_frame: bytes | None = None,
    last_frame: bytes | None = None,
    fps: int = 8,
    label: str = "",
) -> bytes:
    """Encode a real, playable H.264 MP4 entirely in memory.

    The file is ``libx264`` (preset ultrafast, constant frame rate ``fps``),
    ``yuv420p``, tagged BT.709 limited range, with the ``moov`` atom first. It has
    ``ceil(duration * fps)`` frames and the last frame is shortened so that the
    stream duration equals ``duration`` (to the muxer's ~1/16000 s timescale).

    Content:
        * ``first_frame`` given: the video opens on that image, scaled to fit and
          letterboxed on black. Without ``last_frame`` it stays on it.
        * ``last_frame`` given: the video cross-fades linearly to that image and
          ends exactly on it. (With no ``first_frame`` the fade starts from the
          test pattern.)
        * Neither given: SMPTE-style colour bars, ``label`` and the format written
          in the lower band, a bouncing white box and a progress bar along the
          bottom edge, so every frame differs from its neighbours.

    Args:
        duration: Length of the video in seconds; must be finite and > 0.
        width: Frame width in pixels; positive, even, at most 8192.
        height: Frame height in pixels; positive, even, at most 8192.
        first_frame: Encoded image (JPEG, PNG, WebP or anything else Pillow
            decodes) to start on, or ``None``.
        last_frame: Encoded image to end on, or ``None``.
        fps: Frames per second; a positive integer.
        label: Text drawn on the test pattern (ignored when ``first_frame`` is
            given). Characters the built-in font lacks may show as boxes.

    Returns:
        The complete MP4 file as bytes.

    Raises:
        ValueError: If ``duration`` is not a finite number > 0, ``width`` or
            ``height`` is not a positive even int within bounds, ``fps`` is not a
            positive int, or an image cannot be decoded (the message says which
            argument was at fault).

    """
    _check_args(duration, width, height, fps)
    frame_count = max(1, math.ceil(duration * fps - 1e-9))
    start = decode_image(first_frame, "first_frame", width, height) if first_frame is not None else None
    end = decode_image(last_frame, "last_frame", width, height) if last_frame is not None else None
    next_frame = _timeline(start, end, (width, height, frame_count), duration, fps, label)
    return encode(next_frame, frame_count, duration, width, height, fps)


def _timeline(
    start: Image.Image | None,
    end: Image.Image | None,
    shape: tuple[int, int, int],
    duration: float,
    fps: int,
    label: str,
) -> Callable[[int], av.VideoFrame]:
    """Return the frame-index -> frame function: the animated test pattern, a still image or a cross-fade.

    ``shape`` is ``(width, height, frame_count)``; the test pattern (drawn when
    ``start`` is missing) needs ``duration`` (seconds), ``fps`` and ``label``.
    """
    width, height, frame_count = shape
    if start is None and end is None:
        pattern = to_yuv(draw_test_pattern(width, height, duration, fps, label))
        return pattern_frames(pattern, width, height, frame_count, fps)
    first = to_yuv(start if start is not None else draw_test_pattern(width, height, duration, fps, label))
    last = to_yuv(end) if end is not None else None
    return image_frames(first, last, width, height, frame_count)


# --------------------------------------------------------------------------- checks


def _check_args(duration: float, width: int, height: int, fps: int) -> None:
    """Validate the scalar arguments of :func:`render_mp4`.

    Args:
        duration: Requested length in seconds.
        width: Requested width in pixels.
        height: Requested height in pixels.
        fps: Requested frames per second.

    Raises:
        ValueError: Naming the first argument that is out of range.

    """
    if isinstance(duration, bool) or not isinstance(duration, int | float):
        raise ValueError(f"duration must be a number of seconds, got {duration!r}")
    if not math.isfinite(duration) or duration <= 0:
        raise ValueError(f"duration must be a finite number of seconds > 0, got {duration!r}")
    for name, value in (("width", width), ("height", height)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be an int, got {value!r}")
        if value <= 0 or value % 2 or value > _MAX_SIDE:
            raise ValueError(f"{name} must be a positive even number of pixels <= {_MAX_SIDE}, got {value!r}")
    if isinstance(fps, bool) or not isinstance(fps, int) or fps <= 0:
        raise ValueError(f"fps must be a positive int, got {fps!r}")
