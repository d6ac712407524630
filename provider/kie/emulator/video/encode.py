"""Encode yuv420p frames into an in-memory, faststart H.264 MP4.

:func:`encode` drives PyAV's ``libx264`` encoder (preset ultrafast, constant
quantiser, BT.709 limited range) and the MP4 muxer with ``movflags=+faststart``,
all in memory, and retimes the last frame so the track lasts exactly the
requested duration.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from fractions import Fraction

import av
from av.video.stream import VideoStream

__all__ = ["encode"]

_QP = "28"
"""Constant quantiser: cheaper than CRF for near-static content and plenty for an emulator."""
_GOP_SECONDS = 10
"""One keyframe every this many seconds keeps seeking snappy and files small."""

# FFmpeg enum values for the stream's colour description (AVCOL_PRI_BT709,
# AVCOL_TRC_BT709, AVCOL_SPC_BT709 and AVCOL_RANGE_MPEG are all 1). The codec
# context exposes them as plain ints, hence the literals.
_AVCOL_BT709 = 1
_AVCOL_RANGE_MPEG = 1


class _SharedReader:
    """A read-only cursor over a ``BytesIO`` that another writer is using.

    FFmpeg's MP4 muxer implements ``movflags=+faststart`` by reopening the output
    *by name* for reading and shifting the media data up to make room for the
    ``moov`` atom. An in-memory output has no name, so :func:`encode` hands this
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


def _add_stream(output: av.container.OutputContainer, width: int, height: int, fps: int) -> VideoStream:
    """Add the ``libx264`` yuv420p stream (ultrafast, constant QP, BT.709 limited range) to ``output``."""
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
    return stream


def encode(
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
        stream = _add_stream(output, width, height, fps)
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
