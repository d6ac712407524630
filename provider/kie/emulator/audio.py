"""Render and probe the emulator's audio results: real MP3, WAV or Ogg Opus files of an exact length.

An audio model's task gets a mono test signal, a 440 Hz beep at the start of
every second, in the format its ``output_format`` asks for (vendor music pages:
``mp3_44100_128``, ``pcm_16000``, ``opus_48000_64``, ...): MP3 through PyAV's
``libmp3lame`` encoder, WAV (16-bit PCM) through the standard library's
``wave``, Ogg Opus through PyAV's ``libopus``. All in memory.

Example:
    >>> data = render_audio(duration=3, mime="audio/mpeg")
    >>> probe_audio(data).duration
    3.0

"""

from __future__ import annotations

import array
import functools
import io
import math
import wave
from dataclasses import dataclass

import av
import av.error
from av.audio.stream import AudioStream

__all__ = ["FORMATS", "AudioProbe", "probe_audio", "render_audio"]

FORMATS = {"audio/mpeg": ("mp3", "libmp3lame", "s16p"), "audio/ogg": ("ogg", "libopus", "s16"), "audio/wav": None}
"""The media types ``render_audio`` writes: PyAV's ``(container, encoder, sample format)``, or ``None`` for ``wave``."""

RATES = {
    "audio/mpeg": (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000),
    "audio/ogg": (8000, 12000, 16000, 24000, 48000),
}
"""The sample rates (Hz) each encoder takes; WAV takes any rate from 1,000 to 192,000 Hz."""

_TONE_HZ = 440
_BEEP_S = 0.25
_AMPLITUDE = 8000  # of 32767: about -12 dBFS
_CHUNK = 1152 * 8  # samples per frame handed to the encoder (a multiple of MP3's frame)
_MAX_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class AudioProbe:
    """What :func:`probe_audio` found: ``duration`` (s, decoded samples / rate), ``sample_rate`` (Hz), ``codec``."""

    duration: float
    sample_rate: int
    codec: str


@functools.lru_cache(maxsize=8)
def _second(rate: int) -> bytes:
    """One second of the signal at ``rate`` Hz, 16-bit little-endian mono: a faded beep, then silence."""
    beep = int(rate * _BEEP_S)
    fade = max(1, rate // 200)  # 5 ms ramps: no clicks
    samples = array.array("h", bytes(2 * rate))
    for index in range(beep):
        ramp = min(1.0, index / fade, (beep - index) / fade)
        samples[index] = int(_AMPLITUDE * ramp * math.sin(2 * math.pi * _TONE_HZ * index / rate))
    return samples.tobytes()


def _pcm(duration: float, rate: int) -> bytes:
    """``duration`` seconds of the signal at ``rate`` Hz (16-bit little-endian mono)."""
    total = round(duration * rate)
    second = _second(rate)
    whole, rest = divmod(total, rate)
    return second * whole + second[: 2 * rest]


def _check(duration: float, mime: str, rate: int) -> None:
    if isinstance(duration, bool) or not isinstance(duration, int | float):
        raise ValueError(f"duration must be a number of seconds, got {duration!r}")
    if not 0 < duration <= _MAX_SECONDS:
        raise ValueError(f"duration must be in (0, {_MAX_SECONDS:g}] seconds, got {duration!r}")
    if mime not in FORMATS:
        raise ValueError(f"mime must be one of {', '.join(FORMATS)}, got {mime!r}")
    allowed = RATES.get(mime)
    if (allowed is not None and rate not in allowed) or not 1000 <= rate <= 192_000:
        shown = ", ".join(map(str, allowed)) if allowed else "1000..192000"
        raise ValueError(f"sample_rate {rate!r} Hz is not one {mime} takes ({shown})")


def render_audio(
    *, duration: float, mime: str = "audio/mpeg", sample_rate: int = 44100, bit_rate: int = 128000
) -> bytes:
    """Encode ``duration`` seconds of the mono test signal as an MP3, WAV or Ogg Opus file, in memory.

    Args:
        duration: Length in seconds, > 0 and at most an hour.
        mime: ``"audio/mpeg"`` (MP3), ``"audio/wav"`` (16-bit PCM) or ``"audio/ogg"`` (Opus).
        sample_rate: Samples per second, Hz (see ``RATES`` for what MP3 and Opus take).
        bit_rate: The encoder's bit rate, bits per second (MP3 and Opus; WAV ignores it).

    Returns:
        The complete file as bytes; it decodes to ``round(duration * sample_rate)`` samples.

    Raises:
        ValueError: a duration, type or sample rate out of range (the message names it).

    """
    _check(duration, mime, sample_rate)
    pcm = _pcm(duration, sample_rate)
    encoder = FORMATS[mime]
    buffer = io.BytesIO()
    if encoder is None:
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(sample_rate)
            wav.writeframes(pcm)
        return buffer.getvalue()
    container, codec, sample_format = encoder
    with av.open(buffer, "w", format=container) as output:
        stream = output.add_stream(codec, rate=sample_rate, layout="mono")
        assert isinstance(stream, AudioStream)  # noqa: S101 - an audio codec gives an audio stream
        stream.bit_rate = bit_rate
        stream.format = sample_format
        for start in range(0, len(pcm) // 2, _CHUNK):
            chunk = pcm[2 * start : 2 * (start + _CHUNK)]
            frame = av.AudioFrame(format=sample_format, layout="mono", samples=len(chunk) // 2)
            frame.sample_rate = sample_rate
            frame.pts = start
            plane = frame.planes[0]
            plane.update(chunk + bytes(plane.buffer_size - len(chunk)))
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return buffer.getvalue()


def probe_audio(data: bytes) -> AudioProbe:
    """Decode the first audio stream of a file fully.

    Args:
        data: The complete file contents.

    Returns:
        An :class:`AudioProbe` (the duration counts decoded samples, so a cut-short file shows it).

    Raises:
        ValueError: the bytes are not a decodable audio file.

    """
    try:
        with av.open(io.BytesIO(data), "r") as container:
            if not container.streams.audio:
                raise ValueError("media file has no audio stream")
            stream = container.streams.audio[0]
            samples = sum(frame.samples for frame in container.decode(stream))
            rate = stream.codec_context.sample_rate
            return AudioProbe(samples / rate if rate else 0.0, rate, stream.codec_context.name)
    except av.error.FFmpegError as exc:
        raise ValueError(f"not a decodable audio file: {exc}") from exc
