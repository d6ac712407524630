"""yuv420p frames for the emulator's videos: plane conversion and the per-frame timelines.

:func:`to_yuv` converts a picture from :mod:`kie.emulator.video.draw` into
BT.709 limited-range yuv420p planes; :func:`image_frames` (a still image or a
cross-fade) and :func:`pattern_frames` (the animated test pattern) return
functions that map a frame index to the frame :func:`kie.emulator.video.encode.encode`
should encode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import av
from av.video.reformatter import ColorPrimaries, ColorRange, Colorspace, ColorTrc
from PIL import Image

from .draw import even, even_floor

__all__ = ["Planes", "image_frames", "pattern_frames", "to_yuv"]

_MAX_FADE_STEPS = 64
"""Cross-fades use at most this many distinct blend levels; repeats are reused."""
_WHITE_YUV = (235, 128, 128)
"""Limited-range BT.709 white as (Y, U, V)."""

Planes = tuple[bytes, bytes, bytes]
"""The Y, U and V planes of a yuv420p picture, each padded to its line size."""


def to_yuv(image: Image.Image) -> Planes:
    """Convert an RGB image to padded BT.709 limited-range yuv420p planes.

    Args:
        image: RGB image whose size is the video size.

    Returns:
        The Y, U and V plane buffers, each ``line_size * rows`` bytes.

    """
    # VideoFrame.from_image is unannotated in PyAV's stubs.
    rgb: av.VideoFrame = av.VideoFrame.from_image(image)  # type: ignore[no-untyped-call]
    yuv = rgb.reformat(
        format="yuv420p",
        dst_colorspace=Colorspace.ITU709,
        dst_color_range=ColorRange.MPEG,
        dst_color_trc=ColorTrc.BT709,
        dst_color_primaries=ColorPrimaries.BT709,
    )
    y_plane, u_plane, v_plane = (bytes(plane) for plane in yuv.planes)
    return y_plane, u_plane, v_plane


def _plane_line_sizes(planes: Planes, height: int) -> tuple[int, int, int]:
    """Return the bytes per row of padded yuv420p plane buffers.

    Args:
        planes: Y, U and V buffers as returned by :func:`to_yuv`.
        height: Picture height in pixels (even).

    Returns:
        Line sizes in bytes of the Y, U and V buffers.

    """
    y_plane, u_plane, v_plane = planes
    return len(y_plane) // height, len(u_plane) // (height // 2), len(v_plane) // (height // 2)


def _make_frame(width: int, height: int, planes: Sequence[bytes], line_sizes: Sequence[int]) -> av.VideoFrame:
    """Build a yuv420p frame from padded plane buffers.

    Args:
        width: Width in pixels.
        height: Height in pixels.
        planes: Y, U and V buffers laid out with ``line_sizes`` bytes per row.
        line_sizes: Bytes per row of each buffer.

    Returns:
        A new frame owning a copy of the data.

    """
    frame = av.VideoFrame(width, height, "yuv420p")
    for plane, data, line_size in zip(frame.planes, planes, line_sizes, strict=True):
        # Plane memory is writable through the buffer protocol, which saves the
        # intermediate copy that Plane.update() would need for a bytearray.
        with memoryview(plane) as view:
            if plane.line_size == line_size and view.nbytes == len(data):
                view[:] = data
                continue
            # Different padding than the source (not seen with PyAV 18, but allowed): copy row by row.
            for row in range(plane.height):
                view[row * plane.line_size : row * plane.line_size + plane.width] = data[
                    row * line_size : row * line_size + plane.width
                ]
    return frame


def _fill_rect(frame: av.VideoFrame, left: int, top: int, right: int, bottom: int) -> None:
    """Paint a white rectangle into a yuv420p frame in place.

    Args:
        frame: A yuv420p frame that has not been handed to the encoder yet.
        left: Left edge in pixels (even, inclusive).
        top: Top edge in pixels (even, inclusive).
        right: Right edge in pixels (even, exclusive).
        bottom: Bottom edge in pixels (even, exclusive).

    """
    if right <= left or bottom <= top:
        return
    for index, (plane, value) in enumerate(zip(frame.planes, _WHITE_YUV, strict=True)):
        shift = 0 if index == 0 else 1
        x0, x1 = left >> shift, right >> shift
        row_bytes = bytes([value]) * (x1 - x0)
        line_size = plane.line_size
        with memoryview(plane) as view:
            for row in range(top >> shift, bottom >> shift):
                view[row * line_size + x0 : row * line_size + x1] = row_bytes


def image_frames(
    first: Planes, last: Planes | None, width: int, height: int, frame_count: int
) -> Callable[[int], av.VideoFrame]:
    """Return a frame source that holds ``first`` or cross-fades it into ``last``.

    The fade uses at most ``_MAX_FADE_STEPS`` distinct levels; a frame object is
    reused while the level does not change, which the encoder turns into
    near-free skip frames.

    Args:
        first: Planes of the opening picture.
        last: Planes of the closing picture, or ``None`` for a still video.
        width: Width in pixels.
        height: Height in pixels.
        frame_count: Total number of frames.

    Returns:
        A function mapping the frame index to the frame to encode.

    """
    line_sizes = _plane_line_sizes(first, height)
    first_frame = _make_frame(width, height, first, line_sizes)
    if last is None or frame_count < 2:
        return lambda _index: first_frame

    sources = [
        (Image.frombytes("L", (line, len(a) // line), a), Image.frombytes("L", (line, len(b) // line), b))
        for a, b, line in zip(first, last, line_sizes, strict=True)
    ]
    steps = min(frame_count - 1, _MAX_FADE_STEPS)
    cache: dict[int, av.VideoFrame] = {0: first_frame}

    def frame_at(index: int) -> av.VideoFrame:
        level = round(index * steps / (frame_count - 1))
        frame = cache.get(level)
        if frame is None:
            cache.clear()  # levels only increase; keep memory flat
            alpha = level / steps
            planes = [Image.blend(a, b, alpha).tobytes() for a, b in sources]
            frame = cache[level] = _make_frame(width, height, planes, line_sizes)
        return frame

    return frame_at


def pattern_frames(
    pattern: Planes, width: int, height: int, frame_count: int, fps: int
) -> Callable[[int], av.VideoFrame]:
    """Return a frame source animating the test pattern.

    A white box bounces across the lower band (crossing the width in about two
    seconds, at least two pixels per frame) and a progress bar grows along the
    bottom edge.

    Args:
        pattern: Planes of the static pattern.
        width: Width in pixels.
        height: Height in pixels.
        frame_count: Total number of frames.
        fps: Frames per second.

    Returns:
        A function mapping the frame index to the frame to encode.

    """
    line_sizes = _plane_line_sizes(pattern, height)
    bar_height = max(2, even(height / 90))
    box = max(2, even(height / 12))
    box_top = max(0, height - bar_height - box - even(height / 30))
    speed = max(2, even((width - box) / (2 * fps)))
    # A whole number of steps per sweep: the box then touches both ends exactly
    # and never lands on the same spot twice in a row when it turns around.
    travel = max(0, width - box) // speed * speed

    def frame_at(index: int) -> av.VideoFrame:
        frame = _make_frame(width, height, pattern, line_sizes)
        if travel:
            offset = (index * speed) % (2 * travel)
            left = even_floor(offset if offset <= travel else 2 * travel - offset)
            _fill_rect(frame, left, box_top, left + box, min(height, box_top + box))
        _fill_rect(frame, 0, height - bar_height, even_floor(width * (index + 1) / frame_count), height)
        return frame

    return frame_at
