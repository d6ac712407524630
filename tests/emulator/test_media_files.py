"""What a task's input asks for (``_media.media_spec``), and ``kie.media`` telling whole files from fragments.

The whole-file checks run on real files the emulator's renderers make (and
on their truncations), the sizes on the vendor pages' own field values.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kie.emulator._media import image_size, media_spec, video_size
from kie.emulator.audio import probe_audio, render_audio
from kie.emulator.image import render_image
from kie.emulator.video import render_mp4
from kie.media import check_whole, sniff_mime

RENDERS: dict[str, Callable[[], bytes]] = {
    "video/mp4": lambda: render_mp4(duration=1, width=64, height=36, fps=4),
    "image/png": lambda: render_image(width=96, height=64),
    "image/jpeg": lambda: render_image(width=96, height=64, mime="image/jpeg"),
    "image/webp": lambda: render_image(width=96, height=64, mime="image/webp"),
    "audio/mpeg": lambda: render_audio(duration=1.5),
    "audio/wav": lambda: render_audio(duration=1.5, mime="audio/wav", sample_rate=16000),
    "audio/ogg": lambda: render_audio(duration=1.5, mime="audio/ogg", sample_rate=48000),
}


@pytest.mark.parametrize("mime", list(RENDERS))
def test_a_whole_file_passes_and_a_cut_one_is_refused(tmp_path: Path, mime: str) -> None:
    """Each rendered type sniffs as itself and passes ``check_whole``; cut at any of three points, it fails."""
    data = RENDERS[mime]()
    assert sniff_mime(data[:16]) == mime
    whole = tmp_path / "whole"
    whole.write_bytes(data)
    check_whole(whole, mime)
    for keep in (len(data) // 3, len(data) * 2 // 3, len(data) - 3):
        cut = tmp_path / f"cut-{keep}"
        cut.write_bytes(data[:keep])
        with pytest.raises(ValueError, match=r"cut short|fragment|not an? |no moov"):
            check_whole(cut, mime)


@pytest.mark.parametrize(
    ("body", "mime"),
    [
        (b"", "image/png"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        (b"ID3\x04\0\0\0\0\0\x10" + b"\0" * 16, "audio/mpeg"),
        (b"RIFF\xff\xff\0\0WAVEfmt ", "audio/wav"),
    ],
    ids=["empty", "png-signature-then-zeros", "id3-tag-without-frames", "wav-header-only"],
)
def test_junk_behind_a_right_signature_is_refused(tmp_path: Path, body: bytes, mime: str) -> None:
    """Magic bytes alone do not make a file: an empty one, or a signature followed by nothing real, fails."""
    path = tmp_path / "junk"
    path.write_bytes(body)
    with pytest.raises(ValueError, match=r"."):
        check_whole(path, mime)


@pytest.mark.parametrize(
    ("resolution", "aspect", "size"),
    [("720p", 16 / 9, (1280, 720)), ("720p", 9 / 16, (720, 1280)), ("768P", 16 / 9, (1366, 768)),
     ("1080p", 21 / 9, (2520, 1080)), ("480p", 1.0, (480, 480)), ("4K", 16 / 9, (3840, 2160))],
)  # fmt: skip
def test_video_resolution_names_the_short_side(resolution: str, aspect: float, size: tuple[int, int]) -> None:
    """``720p`` at 9:16 is 720x1280, as the vendors' portrait videos are; ``4K`` is 2160 lines."""
    assert video_size(resolution, aspect) == size


@pytest.mark.parametrize(
    ("named", "aspect", "resolution", "size"),
    [(None, None, None, (1024, 1024)), (None, 16 / 9, "1K", (1368, 768)), (None, 1.0, "4K", (4096, 4096)),
     ("square", None, None, (512, 512)), ("square_hd", None, None, (1024, 1024)),
     ("portrait_4_3", 3 / 4, None, (768, 1024)), ("landscape_21_9", 21 / 9, None, (1024, 440)),
     (None, 8.0, "4K", (8192, 1024))],
)  # fmt: skip
def test_image_sizes(named: str | None, aspect: float | None, resolution: str | None, size: tuple[int, int]) -> None:
    """Named sizes (long side 1024, ``square`` 512), ratios at about 1K/2K/4K squared pixels, capped at 8192."""
    assert image_size(named, aspect, resolution) == size


@pytest.mark.parametrize(
    ("category", "values", "expected"),
    [
        ("video", {"n_frames": "15", "aspect_ratio": "portrait"}, {"duration": 15.0, "width": 720, "height": 1280}),
        ("video", {"num_frames": 80, "frames_per_second": 16, "resolution": "480p"},
         {"duration": 5.0, "width": 854, "height": 480}),
        ("video", {"mode": "1080p", "ratio": "1:1"}, {"width": 1080, "height": 1080, "duration": 5.0}),
        ("image", {"output_format": "jpg", "aspect_ratio": "auto"}, {"mime": "image/jpeg", "width": 1024}),
        ("image", {"image_size": "portrait_16_9", "output_format": "webp"},
         {"mime": "image/webp", "width": 576, "height": 1024}),
        ("audio", {"output_format": "opus_48000_64", "duration_seconds": 1.5},
         {"mime": "audio/ogg", "sample_rate": 48000, "bit_rate": 64000, "duration": 1.5}),
        ("audio", {"dialogue": [{"text": "a" * 30}, {"text": "b" * 14}]}, {"mime": "audio/mpeg", "duration": 3.0}),
        ("audio", {"audio_url": "https://example.com/a.mp3"}, {"duration": 5.0, "sample_rate": 44100}),
    ],
    ids=["sora-n_frames", "frames-over-fps", "mode-as-resolution", "image-jpg", "named-webp", "opus",
         "dialogue-length", "audio-default"],
)  # fmt: skip
def test_media_spec_reads_the_vendor_fields(category: str, values: dict[str, Any], expected: dict[str, Any]) -> None:
    """The fields of the vendor pages shape the result: lengths, sizes, formats and rates."""
    spec = media_spec(category, values)
    assert {name: getattr(spec, name) for name in expected} == expected


def test_an_auto_aspect_follows_the_input_image() -> None:
    """``aspect_ratio: auto`` takes the input image's shape, and the picture is that image, not the prompt."""
    tall = render_image(width=60, height=120)
    spec = media_spec("image", {"aspect_ratio": "auto", "prompt": "p"}, images=[tall], draw_prompt=True)
    assert (spec.width, spec.height, spec.label) == (728, 1448, "")


def test_identical_inputs_share_a_key_and_an_image_changes_it() -> None:
    """The render key follows what shapes the file: the prompt when it is drawn, and the input images' bytes."""
    assert media_spec("video", {"prompt": "a"}).key() == media_spec("video", {"prompt": "b"}).key()
    drawn = media_spec("video", {"prompt": "a"}, draw_prompt=True)
    assert drawn.key() == media_spec("video", {"prompt": "a"}, draw_prompt=True).key()
    assert drawn.key() != media_spec("video", {"prompt": "b"}, draw_prompt=True).key()
    red, blue = render_image(width=8, height=8), render_image(width=8, height=8, mime="image/jpeg")
    framed = media_spec("video", {"prompt": "a"}, images=[red], draw_prompt=True)
    assert framed.key([red]) != framed.key([blue])
    assert media_spec("audio", {"text": "a"}).key([red]) == media_spec("audio", {"text": "b"}).key()


def test_audio_renders_exactly_the_asked_samples() -> None:
    """An MP3 of 2.5 s decodes to 2.5 s at its rate (the encoder's padding is trimmed by the gapless header)."""
    assert probe_audio(render_audio(duration=2.5, sample_rate=22050, bit_rate=32000)).duration == 2.5
