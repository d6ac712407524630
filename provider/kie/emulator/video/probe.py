"""Probe an MP4 (or any container PyAV reads): duration, picture size, decoded frames, codec.

Used by the emulator's tests and by anyone checking what :func:`kie.emulator.video.render_mp4`
produced; ``kie.emulator.video`` re-exports both names.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import av
import av.error

__all__ = ["VideoProbe", "probe_mp4"]


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
