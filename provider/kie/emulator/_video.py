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

Example:
    >>> width, height = output_size("720p")
    >>> data = render_mp4(duration=5, width=width, height=height, label="demo")
    >>> probe_mp4(data).duration
    5.0

"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

import av
import av.error
from av.video.reformatter import ColorPrimaries, ColorRange, Colorspace, ColorTrc
from av.video.stream import VideoStream
from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

__all__ = ["VideoProbe", "output_size", "probe_mp4", "render_mp4"]

_RESOLUTION_RE = re.compile(r"([0-9]+)[pP]")
_DEFAULT_ASPECT = 16 / 9
_MAX_SIDE = 8192
"""Largest accepted width or height in pixels (a sanity bound, well above 4K)."""
_MAX_FADE_STEPS = 64
"""Cross-fades use at most this many distinct blend levels; repeats are reused."""
_QP = "28"
"""Constant quantiser: cheaper than CRF for near-static content and plenty for an emulator."""
_GOP_SECONDS = 10
"""One keyframe every this many seconds keeps seeking snappy and files small."""

# FFmpeg enum values for the stream's colour description (AVCOL_PRI_BT709,
# AVCOL_TRC_BT709, AVCOL_SPC_BT709 and AVCOL_RANGE_MPEG are all 1). The codec
# context exposes them as plain ints, hence the literals.
_AVCOL_BT709 = 1
_AVCOL_RANGE_MPEG = 1

_WHITE_YUV = (235, 128, 128)
"""Limited-range BT.709 white as (Y, U, V)."""
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

_Planes = tuple[bytes, bytes, bytes]
"""The Y, U and V planes of a yuv420p picture, each padded to its line size."""


@dataclass(frozen=True, slots=True)
class VideoProbe:
    """What :func:`probe_mp4` found in an MP4.

    Attributes:
        duration: Duration of the video stream in seconds (falls back to the
            container duration when the stream does not declare one).
        width: Coded picture width in pixels.
        height: Coded picture height in pixels.
        frames: Number of frames that actually decoded.
        codec: FFmpeg name of the video codec, e.g. ``"h264"``.

    """

    duration: float
    width: int
    height: int
    frames: int
    codec: str


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
    start = _decode_image(first_frame, "first_frame", width, height) if first_frame is not None else None
    end = _decode_image(last_frame, "last_frame", width, height) if last_frame is not None else None

    next_frame: Callable[[int], av.VideoFrame]
    if start is None and end is None:
        pattern = _to_yuv(_test_pattern(width, height, duration, fps, label))
        next_frame = _pattern_frames(pattern, width, height, frame_count, fps)
    else:
        first = _to_yuv(start if start is not None else _test_pattern(width, height, duration, fps, label))
        last = _to_yuv(end) if end is not None else None
        next_frame = _image_frames(first, last, width, height, frame_count)
    return _encode(next_frame, frame_count, duration, width, height, fps)


def probe_mp4(data: bytes) -> VideoProbe:
    """Demux and fully decode the first video stream of an MP4 (or other container).

    Args:
        data: The complete file contents.

    Returns:
        A :class:`VideoProbe` with the stream duration in seconds, the picture size
        in pixels, the number of frames that decoded and the codec name.

    Raises:
        ValueError: If the bytes are not a readable media file, contain no video
            stream, or fail to decode.

    """
    try:
        with av.open(io.BytesIO(data), "r") as container:
            if not container.streams.video:
                raise ValueError("media file has no video stream")
            stream = container.streams.video[0]
            frames = sum(1 for _ in container.decode(stream))
            if stream.duration is not None and stream.time_base is not None:
                duration = float(stream.duration * stream.time_base)
            elif container.duration is not None:
                duration = container.duration / av.time_base
            else:
                duration = 0.0
            context = stream.codec_context
            return VideoProbe(
                duration=duration,
                width=context.width,
                height=context.height,
                frames=frames,
                codec=context.name,
            )
    except av.error.FFmpegError as exc:
        raise ValueError(f"not a decodable video: {exc}") from exc


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


# --------------------------------------------------------------------------- pictures


def _decode_image(data: bytes, name: str, width: int, height: int) -> Image.Image:
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


def _test_pattern(width: int, height: int, duration: float, fps: int, label: str) -> Image.Image:
    """Draw the static part of the test pattern: colour bars and a captioned band.

    Args:
        width: Width in pixels.
        height: Height in pixels.
        duration: Video length in seconds (written in the caption).
        fps: Frame rate (written in the caption).
        label: Caller's text, drawn above the format line when non-empty.

    Returns:
        An RGB image of ``width`` x ``height``.

    """
    image = Image.new("RGB", (width, height), _BAND_RGB)
    draw = ImageDraw.Draw(image)
    bars_bottom = _even(height * 0.62)
    for index, colour in enumerate(_BAR_COLOURS):
        left = width * index // len(_BAR_COLOURS)
        right = width * (index + 1) // len(_BAR_COLOURS)
        if right > left:
            draw.rectangle((left, 0, right - 1, bars_bottom - 1), fill=colour)
    if height >= 48:
        font_px = max(10, height // 24)
        font = ImageFont.load_default(size=font_px)
        caption = f"{width}x{height}  {duration:g}s  {fps} fps"
        text = f"{label}\n{caption}" if label else caption
        position = (max(2, width // 40), bars_bottom + max(2, height // 60))
        try:
            draw.multiline_text(position, text, fill=_TEXT_RGB, font=font, spacing=font_px // 3)
        except UnicodeError:  # Pillow's bitmap fallback font is Latin-1 only
            ascii_text = text.encode("ascii", "replace").decode("ascii")
            draw.multiline_text(position, ascii_text, fill=_TEXT_RGB, font=font, spacing=font_px // 3)
    return image


def _to_yuv(image: Image.Image) -> _Planes:
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


def _plane_line_sizes(planes: _Planes, height: int) -> tuple[int, int, int]:
    """Return the bytes per row of padded yuv420p plane buffers.

    Args:
        planes: Y, U and V buffers as returned by :func:`_to_yuv`.
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


# --------------------------------------------------------------------------- timelines


def _image_frames(
    first: _Planes, last: _Planes | None, width: int, height: int, frame_count: int
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


def _pattern_frames(
    pattern: _Planes, width: int, height: int, frame_count: int, fps: int
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
    bar_height = max(2, _even(height / 90))
    box = max(2, _even(height / 12))
    box_top = max(0, height - bar_height - box - _even(height / 30))
    speed = max(2, _even((width - box) / (2 * fps)))
    # A whole number of steps per sweep: the box then touches both ends exactly
    # and never lands on the same spot twice in a row when it turns around.
    travel = max(0, width - box) // speed * speed

    def frame_at(index: int) -> av.VideoFrame:
        frame = _make_frame(width, height, pattern, line_sizes)
        if travel:
            offset = (index * speed) % (2 * travel)
            left = _even_floor(offset if offset <= travel else 2 * travel - offset)
            _fill_rect(frame, left, box_top, left + box, min(height, box_top + box))
        _fill_rect(frame, 0, height - bar_height, _even_floor(width * (index + 1) / frame_count), height)
        return frame

    return frame_at


def _even(value: float) -> int:
    """Round to the nearest even integer (halves up).

    Args:
        value: Any finite number.

    Returns:
        The nearest even integer.

    """
    return 2 * math.floor(value / 2 + 0.5)


def _even_floor(value: float) -> int:
    """Round down to an even integer.

    Args:
        value: Any finite number.

    Returns:
        The largest even integer not above ``value``.

    """
    return 2 * math.floor(value / 2)


# --------------------------------------------------------------------------- encoding


class _SharedReader:
    """A read-only cursor over a ``BytesIO`` that another writer is using.

    FFmpeg's MP4 muxer implements ``movflags=+faststart`` by reopening the output
    *by name* for reading and shifting the media data up to make room for the
    ``moov`` atom. An in-memory output has no name, so :func:`_encode` hands this
    reader to PyAV's ``io_open`` hook instead. It keeps its own position and
    restores the writer's position after every read.
    """

    def __init__(self, target: io.BytesIO) -> None:
        """Wrap ``target``.

        Args:
            target: The buffer the muxer is writing to.

        """
        self._target = target
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` bytes from the reader's own position.

        Args:
            size: Maximum number of bytes; negative reads to the end.

        Returns:
            The bytes read (empty at the end of the buffer).

        """
        saved = self._target.tell()
        try:
            self._target.seek(self._position)
            data = self._target.read(size)
        finally:
            self._target.seek(saved)
        self._position += len(data)
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move the reader's position.

        Args:
            offset: Byte offset.
            whence: ``io.SEEK_SET``, ``io.SEEK_CUR`` or ``io.SEEK_END``.

        Returns:
            The new absolute position in bytes.

        """
        if whence == io.SEEK_CUR:
            offset += self._position
        elif whence == io.SEEK_END:
            saved = self._target.tell()
            offset += self._target.seek(0, io.SEEK_END)
            self._target.seek(saved)
        self._position = max(0, offset)
        return self._position

    def tell(self) -> int:
        """Return the reader's position in bytes.

        Returns:
            The current absolute position.

        """
        return self._position

    def close(self) -> None:
        """Do nothing: the underlying buffer belongs to the writer."""


def _encode(
    next_frame: Callable[[int], av.VideoFrame],
    frame_count: int,
    duration: float,
    width: int,
    height: int,
    fps: int,
) -> bytes:
    """Encode ``frame_count`` frames into a faststart MP4 lasting ``duration`` seconds.

    Args:
        next_frame: Maps a frame index to the yuv420p frame to encode. The same
            object may be returned repeatedly; it is never modified here beyond
            its ``pts``.
        frame_count: Number of frames.
        duration: Exact stream duration in seconds; the last frame absorbs any
            remainder below one frame period.
        width: Width in pixels.
        height: Height in pixels.
        fps: Frames per second.

    Returns:
        The MP4 file bytes.

    """
    buffer = io.BytesIO()

    def reopen(_url: str, _flags: int, _options: dict[str, str]) -> _SharedReader:
        return _SharedReader(buffer)

    with av.open(buffer, "w", format="mp4", options={"movflags": "+faststart"}, io_open=reopen) as output:
        stream = output.add_stream(
            "libx264",
            rate=fps,
            options={"preset": "ultrafast", "tune": "zerolatency", "qp": _QP},
        )
        stream.width = width
        stream.height = height
        stream.pix_fmt = "yuv420p"
        stream.gop_size = fps * _GOP_SECONDS
        context = stream.codec_context
        context.color_primaries = _AVCOL_BT709
        context.color_trc = _AVCOL_BT709
        context.colorspace = _AVCOL_BT709
        context.color_range = _AVCOL_RANGE_MPEG
        output.start_encoding()  # writes the header, which fixes the stream's time base

        pending: av.Packet[VideoStream] | None = None
        for index in range(frame_count + 1):
            frame = next_frame(index) if index < frame_count else None
            if frame is not None:
                frame.pts = index
            for packet in stream.encode(frame):
                if pending is not None:
                    output.mux(pending)
                pending = packet
        if pending is not None:
            # Stretch or shrink the last frame so the track lasts exactly `duration`.
            _stretch_last(pending, stream.time_base, duration)
            output.mux(pending)
    return buffer.getvalue()


def _stretch_last(packet: av.Packet[VideoStream], stream_time_base: Fraction | None, duration: float) -> None:
    """Retime the final packet so that the track ends exactly at ``duration``.

    The packet is moved into the muxer's (much finer) stream time base first,
    because in the codec time base of ``1/fps`` only whole frames can be
    expressed. ``Packet.rescale_ts`` is not used: PyAV 18 rejects a
    ``fractions.Fraction`` there ("time_base must be an AVRational").

    Args:
        packet: The last packet, still in the encoder's time base.
        stream_time_base: The output stream's time base after the header was
            written; ``None`` leaves the packet untouched.
        duration: Wanted end time of the track in seconds.

    """
    source = packet.time_base
    if stream_time_base is None or source is None or packet.pts is None:
        return
    pts = round(packet.pts * source / stream_time_base)
    dts = pts if packet.dts is None else round(packet.dts * source / stream_time_base)
    end = round(Fraction(duration) / stream_time_base)
    packet.time_base = stream_time_base
    packet.pts = pts
    packet.dts = dts
    packet.duration = max(1, end - pts)
