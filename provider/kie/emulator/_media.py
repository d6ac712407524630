"""What a task's result will be, read from its input by the model's category, and rendering it.

``media_spec(category, values, ...)`` decides the file a task produces from
its input (over the model's fixed output facts and its defaults), by category
(``kie.ModelInfo.category``, from the vendor page's folder):

- ``video``: an H.264 MP4. Length from ``duration`` (seconds), else Sora's
  ``n_frames`` (``"10"``, ``"15"``: seconds on kie.ai), else ``num_frames`` /
  ``frames_per_second``, else 5 s. Size from ``resolution`` (or a ``mode``
  such as ``"1080p"`` or ``"4K"``: the short side, in pixels) and
  ``aspect_ratio``/``ratio`` (``"16:9"``, ``"9:21"``, ``"portrait"``,
  ``"landscape"``; ``"auto"``/``"adaptive"`` follow the input image), 720p 16:9
  by default: ``720p`` 16:9 is 1280x720, 9:16 is 720x1280.
- ``image``: a PNG, JPEG or WebP (``output_format``; PNG by default). Size from
  ``image_size`` (the named sizes ``square`` 512x512, ``square_hd`` 1024x1024,
  ``landscape_16_9`` 1024x576, ``portrait_4_3`` 768x1024, ..., or a ratio),
  ``aspect_ratio``, and ``resolution``/``image_resolution`` (``1K``, ``2K``,
  ``4K``: about that many thousand pixels squared, sides multiples of 8);
  1024x1024 by default.
- ``audio``: an MP3 (``output_format`` ``mp3_44100_128`` and the like), WAV
  (``pcm_*``, ``ulaw_*``, ``alaw_*``: 16-bit PCM at that rate) or Ogg Opus
  (``opus_*``); MP3 44.1 kHz 128 kbit/s by default. Length from
  ``duration_seconds``/``duration``, else the text to speak at 15 characters a
  second ([GUESS]: about 150 words a minute; ``text``, ``prompt`` or the
  ``dialogue`` lines), else 5 s.

A ``MediaSpec`` holds everything that shapes the file (the prompt too, when it
is drawn: ``EmulatorConfig.draw_prompt``, off by default so that every task
asking for the same size and length shares one render), so ``MediaSpec.key``
with the input images' digests names identical renders: the emulator renders
each key once (``_renders.RenderStore``). The input images are the files of the
fields whose role is ``image``, ``end_image`` or ``images`` (``frame_urls``).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from PIL import Image

from kie import ModelInfo
from kie.media import EXTENSIONS
from kie.urls import is_http_url

from .audio import render_audio
from .image import render_image
from .video import render_mp4

__all__ = ["MediaSpec", "frame_urls", "image_size", "media_spec", "render_media", "source_size", "video_size"]

_MAX_SIDE = 8192
_VIDEO_RES = re.compile(r"(\d+)[pP]")
_K_RES = re.compile(r"(\d+)[kK]")
_RATIO = re.compile(r"(\d+(?:\.\d+)?)\s*[:x/_]\s*(\d+(?:\.\d+)?)")
_NAMED_ASPECT = {"portrait": 9 / 16, "landscape": 16 / 9, "square": 1.0, "square_hd": 1.0}
_SQUARE_PX = {"square": 512, "square_hd": 1024}
_IMAGE_FORMATS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp"}
_AUDIO_PREFIXES = {"mp3": "audio/mpeg", "pcm": "audio/wav", "wav": "audio/wav", "ulaw": "audio/wav",
                   "alaw": "audio/wav", "opus": "audio/ogg", "ogg": "audio/ogg"}  # fmt: skip
_SPEECH_CHARS_PER_S = 15.0
_LABEL_CHARS = 80


@attrs.frozen
class MediaSpec:
    """Everything that shapes a task's result file (and nothing else: equal specs render equal files).

    Attributes:
        category: ``"video"``, ``"image"`` or ``"audio"``.
        mime: the file's type (``"video/mp4"``, ``"image/png"``, ``"audio/mpeg"``, ...).
        resolution: the size as requested (``"720p"``, ``"1K"``, ``"square_hd"``), or the pixels (``"1024x1024"``).
        width: pixels (video, image; 0 for audio).
        height: pixels (video, image; 0 for audio).
        duration: seconds (video, audio; 0 for an image).
        fps: frames per second (video).
        sample_rate: samples per second, Hz (audio).
        bit_rate: bits per second (MP3, Opus).
        label: the text drawn on the picture (the prompt, shortened, with ``draw_prompt``); else empty.

    """

    category: str
    mime: str
    resolution: str = ""
    width: int = 0
    height: int = 0
    duration: float = 0.0
    fps: int = 0
    sample_rate: int = 0
    bit_rate: int = 0
    label: str = ""

    @property
    def extension(self) -> str:
        """The result file's extension (``".mp4"``, ``".png"``, ``".mp3"``, ...)."""
        return EXTENSIONS[self.mime]

    def key(self, images: Sequence[bytes] = ()) -> str:
        """Name this render: a SHA-256 (hex) of the spec and the input images it uses (the first two, or one)."""
        used = images[: self.image_count]
        if not used:
            return _spec_digest(self)
        digest = hashlib.sha256(_spec_digest(self).encode())
        for image in used:
            digest.update(hashlib.sha256(image).digest())
        return digest.hexdigest()

    @property
    def image_count(self) -> int:
        """How many input images the render uses: a video's first and last frame, an image's source, no audio's."""
        return {"video": 2, "image": 1}.get(self.category, 0)


@functools.lru_cache(maxsize=1024)
def _spec_digest(spec: MediaSpec) -> str:
    """SHA-256 (hex) of a spec's fields (a suite asks for the same few specs again and again)."""
    return hashlib.sha256(json.dumps(attrs.asdict(spec), sort_keys=True).encode()).hexdigest()


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _positive(value: Any) -> float | None:
    """A positive finite number from a number or a numeric string, else None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < math.inf else None


def _label(values: Mapping[str, Any]) -> str:
    """The prompt, on one line, shortened to what the picture shows."""
    prompt = " ".join(str(values.get("prompt") or "").split())
    return prompt if len(prompt) <= _LABEL_CHARS else prompt[: _LABEL_CHARS - 3] + "..."


def _aspect(value: Any, source: tuple[int, int] | None) -> float | None:
    """Width / height of ``"16:9"``, ``"portrait_4_3"``, ``"landscape"``, ...; ``"auto"`` is the source's."""
    text = _text(value)
    if text is None:
        return None
    text = text.lower()
    if text in ("auto", "adaptive", "match_input_image"):
        return source[0] / source[1] if source else None
    if text in _NAMED_ASPECT:
        return _NAMED_ASPECT[text]
    found = _RATIO.search(text)
    if found is None or not float(found.group(1)) or not float(found.group(2)):
        return None
    ratio = float(found.group(1)) / float(found.group(2))
    if text.startswith("portrait"):
        return min(ratio, 1 / ratio)
    if text.startswith("landscape"):
        return max(ratio, 1 / ratio)
    return ratio


def _even(value: float) -> int:
    return max(2, 2 * math.floor(value / 2 + 0.5))


def _fit(width: float, height: float, step: int) -> tuple[int, int]:
    """Scale down to fit ``_MAX_SIDE`` and round both sides to multiples of ``step`` (at least ``step``)."""
    scale = min(1.0, _MAX_SIDE / max(width, height))
    return tuple(max(step, step * round(side * scale / step)) for side in (width, height))  # type: ignore[return-value]


def video_size(resolution: str, aspect: float) -> tuple[int, int]:
    """The frame size of a video resolution name at an aspect: ``"720p"`` is the short side (``"4K"``: 2160).

    Args:
        resolution: ``"720p"``, ``"1080P"``, ``"4K"``, ...
        aspect: width / height (> 0).

    Returns:
        ``(width, height)``, even, at most 8192 a side: ``("720p", 16/9)`` -> 1280x720, ``("720p", 9/16)`` -> 720x1280.

    Raises:
        ValueError: a name that is neither digits + ``p`` nor ``2K``/``4K``/``8K``.

    """
    found = _VIDEO_RES.fullmatch(resolution.strip())
    k_found = _K_RES.fullmatch(resolution.strip())
    if found is None and k_found is None:
        raise ValueError(f"unsupported video resolution {resolution!r}: expected e.g. '720p' or '4K'")
    short = int(found.group(1)) if found else int(k_found.group(1)) * 540  # type: ignore[union-attr]
    long_side = short * max(aspect, 1 / aspect)
    width, height = (long_side, short) if aspect >= 1 else (short, long_side)
    return _fit(_even(width), _even(height), 2)


def image_size(named: str | None, aspect: float | None, resolution: str | None) -> tuple[int, int]:
    """The pixel size of an image request (see the module docstring for the names).

    Args:
        named: the ``image_size`` value, when it is a named size (``"square_hd"``, ``"landscape_16_9"``).
        aspect: width / height, or ``None`` (1:1).
        resolution: ``"1K"``, ``"2K"``, ``"4K"``, or ``None`` (1K).

    Returns:
        ``(width, height)``, multiples of 8, at most 8192 a side.

    """
    k_found = _K_RES.fullmatch(resolution.strip()) if resolution else None
    scale = max(1, int(k_found.group(1))) if k_found else 1
    if named is not None and named.lower() in _SQUARE_PX:
        side = _SQUARE_PX[named.lower()] * scale
        return _fit(side, side, 8)
    ratio = aspect or 1.0
    if named is not None:  # portrait_4_3, landscape_16_9: the long side is 1024
        long_side = 1024 * scale
        return _fit(long_side, long_side / ratio, 8) if ratio >= 1 else _fit(long_side * ratio, long_side, 8)
    area = (1024 * scale) ** 2
    return _fit(math.sqrt(area * ratio), math.sqrt(area / ratio), 8)


def source_size(images: Sequence[bytes]) -> tuple[int, int] | None:
    """The pixel size of the first input image (its header only), or ``None``."""
    for data in images[:1]:
        try:
            with Image.open(io.BytesIO(data)) as opened:
                return opened.size
        except (OSError, ValueError, SyntaxError):
            return None
    return None


def _video(values: Mapping[str, Any], fps: int, source: tuple[int, int] | None) -> MediaSpec:
    frames = _positive(values.get("num_frames"))
    rate = _positive(values.get("frames_per_second"))
    duration = _positive(values.get("duration")) or _positive(values.get("n_frames"))
    duration = duration or (frames / rate if frames and rate else None) or 5.0
    named = (_text(values.get(name)) for name in ("resolution", "mode"))
    resolution = next((r for r in named if r and (_VIDEO_RES.fullmatch(r) or _K_RES.fullmatch(r))), "720p")
    aspect = _aspect(values.get("aspect_ratio") or values.get("ratio"), source) or 16 / 9
    width, height = video_size(resolution, aspect)
    return MediaSpec("video", "video/mp4", resolution, width, height, duration, fps=fps, label=_label(values))


def _image(values: Mapping[str, Any], source: tuple[int, int] | None) -> MediaSpec:
    fmt = (_text(values.get("output_format")) or _text(values.get("format")) or "png").lower()
    mime = _IMAGE_FORMATS.get(fmt, "image/png")
    size = _text(values.get("image_size"))
    named = size if size and size.lower().startswith(("square", "portrait", "landscape")) else None
    aspect = _aspect(values.get("aspect_ratio") or values.get("ratio") or size, source)
    resolution = _text(values.get("resolution")) or _text(values.get("image_resolution"))
    width, height = image_size(named, aspect, resolution)
    shown = named or resolution or f"{width}x{height}"
    return MediaSpec("image", mime, shown, width, height, label=_label(values))


def _speech_seconds(values: Mapping[str, Any]) -> float | None:
    lines = values.get("dialogue")
    lines = lines if isinstance(lines, list) else []
    texts = [str(line.get("text") or "") for line in lines if isinstance(line, Mapping)]
    text = " ".join(texts) or _text(values.get("text")) or _text(values.get("prompt"))
    return min(300.0, max(1.0, round(len(text) / _SPEECH_CHARS_PER_S, 1))) if text else None


def _audio(values: Mapping[str, Any]) -> MediaSpec:
    fmt = (_text(values.get("output_format")) or _text(values.get("format")) or "mp3_44100_128").lower()
    parts = fmt.split("_")
    mime = _AUDIO_PREFIXES.get(parts[0], "audio/mpeg")
    numbers = [int(part) for part in parts[1:] if part.isdigit()]
    default_rate = 48000 if mime == "audio/ogg" else 44100
    rate = numbers[0] if numbers else default_rate
    bit_rate = numbers[1] * 1000 if len(numbers) > 1 else (64000 if mime == "audio/ogg" else 128000)
    duration = _positive(values.get("duration_seconds")) or _positive(values.get("duration"))
    duration = duration or _speech_seconds(values) or 5.0
    return MediaSpec("audio", mime, fmt, duration=duration, sample_rate=rate, bit_rate=bit_rate)


def media_spec(
    category: str,
    values: Mapping[str, Any],
    *,
    fps: int = 8,
    images: Sequence[bytes] = (),
    draw_prompt: bool = False,
) -> MediaSpec:
    """Decide a task's result from its category and input (the module docstring lists the fields read).

    Args:
        category: ``"video"``, ``"image"`` or ``"audio"`` (``kie.ModelInfo.category``); anything else is video.
        values: the task's input over the model's fixed output facts over its defaults.
        fps: a video's frame rate (``EmulatorConfig.fps``).
        images: the input images the emulator holds: the picture shows them instead of
            the prompt, and ``"auto"`` aspects follow the first one.
        draw_prompt: write the prompt on the test pattern (``EmulatorConfig.draw_prompt``);
            it is then part of the spec, so tasks share a render only when their prompts match.

    Returns:
        The ``MediaSpec``.

    """
    if category == "audio":
        return _audio(values)
    source = source_size(images) if images else None
    spec = _image(values, source) if category == "image" else _video(values, fps, source)
    return spec if draw_prompt and not images else attrs.evolve(spec, label="")  # an input image is the picture


def render_media(spec: MediaSpec, images: Sequence[bytes] = ()) -> bytes:
    """Render the file a ``MediaSpec`` describes.

    Args:
        spec: what to render.
        images: input images: a video opens on the first and fades to the second; an
            image letterboxes the first; audio uses none.

    Returns:
        The file's bytes.

    Raises:
        ValueError: the spec is out of the renderers' range, or an image does not decode.

    """
    if spec.category == "image":
        return render_image(
            width=spec.width, height=spec.height, mime=spec.mime, source=images[0] if images else None, label=spec.label
        )
    if spec.category == "audio":
        return render_audio(
            duration=spec.duration, mime=spec.mime, sample_rate=spec.sample_rate, bit_rate=spec.bit_rate
        )
    return render_mp4(
        duration=spec.duration,
        width=spec.width,
        height=spec.height,
        first_frame=images[0] if images else None,
        last_frame=images[1] if len(images) > 1 else None,
        fps=spec.fps,
        label=spec.label,
    )


_FRAME_ROLES = ("image", "end_image", "images")
"""The ``generate`` roles whose files are pictures the emulator draws from (``kie.FieldInfo.role``)."""


def _http_urls(value: Any) -> list[str]:
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and is_http_url(v)]


def frame_urls(info: ModelInfo, input_: Mapping[str, Any]) -> list[str]:
    """Return the http(s) URLs of a task's input pictures, first frame first, by their fields' roles.

    The ``image`` role's field gives the first frame (an image's source) and the
    ``end_image`` role's the last; the ``images`` role's (reference images, or
    Kling 2.6's ``image_urls``) fill in what those leave out, in order. The
    roles are the bundle's ``x-kie-role`` (``kie.ModelInfo.roles``), so a model
    registered from any vendor page has its pictures found, whatever its fields
    are called (``first_frame_url``, ``input_urls``, ``tail_image_url``...).

    Args:
        info: the model.
        input_: the validated createTask ``input``.

    Returns:
        The URLs, each once; the caller keeps those that turn out to be images.

    """
    fields = {role: info.roles[role] for role in _FRAME_ROLES if role in info.roles}
    first = _http_urls(input_.get(fields["image"])) if "image" in fields else []
    last = _http_urls(input_.get(fields["end_image"])) if "end_image" in fields else []
    shared = fields.get("images") == fields.get("image")  # Kling 2.6: ``image`` is ``images``'s one-item form
    others = _http_urls(input_.get(fields["images"])) if "images" in fields and not shared else []
    if not first:  # no first frame given: the first reference image opens the video
        first, others = others[:1], others[1:]
    return list(dict.fromkeys([*first, *last, *others]))
