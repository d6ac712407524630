"""Tests for the emulator's in-memory MP4 renderer and prober (kie.emulator.video)."""

from __future__ import annotations

import io
import itertools
import math
import struct

import av
import pytest
from PIL import Image, ImageStat

from kie.emulator.video import VideoProbe, output_size, probe_mp4, render_mp4

RED = (255, 0, 0)
BLUE = (0, 0, 255)


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (64, 36)) -> bytes:
    """Return a solid-colour PNG of the given RGB colour and size."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _decoded_images(data: bytes) -> list[Image.Image]:
    """Decode every frame of an MP4 to an RGB Pillow image."""
    with av.open(io.BytesIO(data), "r") as container:
        # VideoFrame.to_image is unannotated in PyAV's stubs.
        return [frame.to_image() for frame in container.decode(video=0)]  # type: ignore[no-untyped-call]


def _mean_rgb(image: Image.Image) -> tuple[float, float, float]:
    """Return the mean (R, G, B) of an image."""
    red, green, blue = ImageStat.Stat(image.convert("RGB")).mean
    return red, green, blue


def _is_close(actual: tuple[float, float, float], expected: tuple[int, int, int], tolerance: float = 12) -> bool:
    """Tell whether every channel of ``actual`` is within ``tolerance`` of ``expected``."""
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def _top_level_boxes(data: bytes) -> list[bytes]:
    """List the MP4 top-level box types in file order."""
    boxes, offset = [], 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        boxes.append(kind)
        if size < 8:  # 0 = to end of file, 1 = 64-bit size; neither occurs in these small files
            break
        offset += size
    return boxes


@pytest.mark.parametrize(
    ("duration", "width", "height", "fps"),
    [(1.0, 64, 36, 8), (2.5, 160, 90, 8), (0.3, 32, 32, 24), (1.15, 96, 54, 10)],
)
def test_render_probes_to_requested_duration_size_and_frame_count(
    duration: float, width: int, height: int, fps: int
) -> None:
    """A rendered test pattern probes as H.264 at the requested size, duration (±1 frame) and ceil(d*fps) frames."""
    probe = probe_mp4(render_mp4(duration=duration, width=width, height=height, fps=fps, label="test"))

    assert isinstance(probe, VideoProbe)
    assert (probe.width, probe.height, probe.codec) == (width, height, "h264")
    assert abs(probe.duration - duration) <= 1 / fps
    assert probe.frames == math.ceil(duration * fps)


def test_fractional_duration_is_exact_not_rounded_to_frames() -> None:
    """A duration that is not a whole number of frames is still hit to within a millisecond."""
    probe = probe_mp4(render_mp4(duration=1.3, width=32, height=32, fps=4))

    assert probe.duration == pytest.approx(1.3, abs=1e-3)


def test_output_is_faststart_mp4() -> None:
    """The file starts with ftyp and puts moov before mdat so players can stream it."""
    boxes = _top_level_boxes(render_mp4(duration=0.5, width=32, height=32))

    assert boxes[0] == b"ftyp"
    assert boxes.index(b"moov") < boxes.index(b"mdat")


def test_first_and_last_frame_images_are_used() -> None:
    """With both images the video opens on the first (red), ends on the last (blue) and blends between."""
    data = render_mp4(duration=1, width=64, height=36, first_frame=_png(RED), last_frame=_png(BLUE))
    images = _decoded_images(data)

    assert _is_close(_mean_rgb(images[0]), RED)
    assert _is_close(_mean_rgb(images[-1]), BLUE)
    red, _, blue = _mean_rgb(images[len(images) // 2])
    assert 60 < red < 200
    assert 60 < blue < 200


def test_first_frame_alone_is_held_for_the_whole_video() -> None:
    """With only a first image, the last frame still shows it."""
    images = _decoded_images(render_mp4(duration=0.5, width=64, height=36, first_frame=_png(RED)))

    assert _is_close(_mean_rgb(images[0]), RED)
    assert _is_close(_mean_rgb(images[-1]), RED)


def test_image_is_letterboxed_not_stretched() -> None:
    """A square image in a 16:9 frame is centred with black bars at the sides."""
    image = _decoded_images(render_mp4(duration=0.25, width=64, height=36, first_frame=_png(RED, (50, 50))))[0]

    assert _is_close(_mean_rgb(image.crop((0, 0, 8, 36))), (0, 0, 0))
    assert _is_close(_mean_rgb(image.crop((26, 4, 38, 32))), RED)


def test_test_pattern_frames_differ() -> None:
    """Without images every frame differs from the one before it."""
    images = _decoded_images(render_mp4(duration=2, width=64, height=36))

    assert len(images) == 16
    assert all(a.tobytes() != b.tobytes() for a, b in itertools.pairwise(images))


@pytest.mark.parametrize(
    ("resolution", "expected"),
    [
        ("720p", (1280, 720)),
        ("1080p", (1920, 1080)),
        ("512P", (910, 512)),
        ("768P", (1366, 768)),
        ("720P", (1280, 720)),
    ],
)
def test_output_size_maps_known_resolutions(resolution: str, expected: tuple[int, int]) -> None:
    """Known kie resolution names map to 16:9 sizes with even widths, case-insensitively."""
    assert output_size(resolution) == expected


@pytest.mark.parametrize("height", [2, 360, 480, 512, 540, 576, 720, 768, 1080, 1440, 2160])
@pytest.mark.parametrize("aspect", [None, 1.0, 4 / 3, 9 / 16, 2.39])
def test_output_size_rule(height: int, aspect: float | None) -> None:
    """Height is the number; width is height*aspect (default 16:9) rounded to the nearest even number."""
    width, got_height = output_size(f"{height}p", aspect)
    exact = height * (16 / 9 if aspect is None else aspect)

    assert got_height == height
    assert width % 2 == 0
    assert width >= 2
    assert abs(width - exact) <= 1 or width == 2


@pytest.mark.parametrize("resolution", ["720", "p720", "720i", "", "0p", "721p", "1080pp", "hd", " 7 2 0p", "-720p"])
def test_output_size_rejects_bad_names(resolution: str) -> None:
    """Anything but a positive even number followed by p raises ValueError quoting the value."""
    with pytest.raises(ValueError, match=f"resolution {resolution!r}"):
        output_size(resolution)


@pytest.mark.parametrize("aspect", [0.0, -1.0, math.nan, math.inf])
def test_output_size_rejects_bad_aspect(aspect: float) -> None:
    """A non-positive or non-finite aspect ratio raises ValueError."""
    with pytest.raises(ValueError, match="aspect"):
        output_size("720p", aspect)


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"duration": 0}, "duration"),
        ({"duration": -1.0}, "duration"),
        ({"duration": math.nan}, "duration"),
        ({"width": 0}, "width"),
        ({"width": 33}, "width"),
        ({"height": -2}, "height"),
        ({"height": 35}, "height"),
        ({"fps": 0}, "fps"),
    ],
)
def test_render_rejects_bad_arguments(overrides: dict[str, float], named: str) -> None:
    """Non-positive durations, non-positive or odd sizes and a zero frame rate raise ValueError naming the argument."""
    arguments: dict[str, float] = {"duration": 1.0, "width": 32, "height": 32, "fps": 8, **overrides}
    with pytest.raises(ValueError, match=named):
        render_mp4(**arguments)  # type: ignore[arg-type]  # floats stand in for the int parameters on purpose


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"first_frame": b"definitely not an image"}, "first_frame"),
        ({"first_frame": _png(RED), "last_frame": b""}, "last_frame"),
        ({"last_frame": _png(RED)[:60]}, "last_frame"),
    ],
)
def test_render_rejects_undecodable_images(overrides: dict[str, bytes], named: str) -> None:
    """Garbage, empty or truncated image bytes raise ValueError naming the offending argument."""
    with pytest.raises(ValueError, match=f"{named} is not a decodable image"):
        render_mp4(
            duration=0.5,
            width=32,
            height=32,
            first_frame=overrides.get("first_frame"),
            last_frame=overrides.get("last_frame"),
        )


@pytest.mark.parametrize("data", [b"", b"not a video at all", b"\x00\x00\x00\x18ftypisom" + bytes(64)])
def test_probe_rejects_non_video(data: bytes) -> None:
    """Bytes that are not a decodable video raise ValueError from probe_mp4."""
    with pytest.raises(ValueError, match="video"):
        probe_mp4(data)
