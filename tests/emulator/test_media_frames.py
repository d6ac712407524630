"""The emulator draws a task's input pictures, found by their fields' roles (``kie.FieldInfo.role``).

A model's first frame, last frame and reference images are the fields whose
role is ``image``, ``end_image`` and ``images``, whatever the vendor calls them
(``tail_image_url``, ``reference_image_urls``, ``image_urls``): most bundled
models' pages give their fields no accepted types, so a lookup by accepted
type found only the seeds' pictures. Each test uploads solid-colour PNGs to the
session emulator with ``kie.Client`` and decodes the downloaded result.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import av
import pytest
from PIL import Image, ImageStat

import kie

PAGES = Path(__file__).parents[1] / "fixtures" / "vendor-pages" / "market"
RED = (255, 0, 0)
BLUE = (0, 0, 255)


def _png(colour: tuple[int, int, int]) -> bytes:
    """A 64x36 (16:9) PNG of one colour."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _colour(image: Image.Image) -> tuple[int, int, int]:
    """The mean colour of a picture, each channel rounded."""
    red, green, blue = ImageStat.Stat(image.convert("RGB")).mean
    return round(red), round(green), round(blue)


def _near(actual: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - e) <= 16 for a, e in zip(actual, expected, strict=True))


def _result(client: kie.Client, model: str, input_: dict[str, Any], folder: Path) -> bytes:
    """Create a task, wait for its success, download its result into ``folder`` and return the bytes."""
    task = client.create_task(model, input_)
    info = client.wait(task.task_id, timeout=60)
    assert info.state is kie.TaskState.SUCCESS, info
    return client.download(info, folder).read_bytes()


def _first_and_last_frames(mp4: bytes) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    with av.open(io.BytesIO(mp4), "r") as container:
        # VideoFrame.to_image is unannotated in PyAV's stubs.
        frames = [frame.to_image() for frame in container.decode(video=0)]  # type: ignore[no-untyped-call]
    return _colour(frames[0]), _colour(frames[-1])


def test_a_new_models_first_and_tail_images_open_and_close_the_video(kie_client: kie.Client, tmp_path: Path) -> None:
    """Kling 2.1 Pro's ``image_url`` and ``tail_image_url`` (its page states no file types): first and last frame."""
    red, blue = kie_client.upload(_png(RED)), kie_client.upload(_png(BLUE))
    mp4 = _result(
        kie_client, "kling/v2-1-pro", {"prompt": "a boat", "image_url": red, "tail_image_url": blue}, tmp_path
    )
    first, last = _first_and_last_frames(mp4)
    assert _near(first, RED), first
    assert _near(last, BLUE), last


def test_reference_images_open_the_video_when_no_first_frame_is_given(kie_client: kie.Client, tmp_path: Path) -> None:
    """Seedance 2 with only ``reference_image_urls``: the first reference is the picture the video opens on."""
    red, blue = kie_client.upload(_png(RED)), kie_client.upload(_png(BLUE))
    mp4 = _result(
        kie_client,
        "bytedance/seedance-2",
        {"prompt": "a boat", "reference_image_urls": [red, blue], "duration": 4},
        tmp_path,
    )
    first, _ = _first_and_last_frames(mp4)
    assert _near(first, RED), first


@pytest.mark.usefixtures("restore_models")
def test_an_image_edit_models_input_image_is_its_source(kie_client: kie.Client, tmp_path: Path) -> None:
    """A registered image-edit page's ``image_urls`` (role ``images``) is the picture the result is made from."""
    model = kie.register_model_spec(PAGES / "google" / "nano-banana-edit.md").id
    red = kie_client.upload(_png(RED))
    png = _result(kie_client, model, {"prompt": "make it redder", "image_urls": [red], "image_size": "16:9"}, tmp_path)
    with Image.open(io.BytesIO(png)) as picture:
        assert _near(_colour(picture), RED), _colour(picture)
