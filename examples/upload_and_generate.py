"""Upload a first and a last frame, generate a Hailuo video between them, and download it.

Shows the sync ``kie.Client`` end to end: ``upload()`` (the file-upload API, which
returns the URL to give a model), ``generate()`` with ``image`` and ``end_image``
and an ``on_progress`` callback that prints each state, then ``download()``
(streamed to a temp file, size-checked, renamed). Against the emulator the MP4 is
real: 6 s at 512P, fading from the first frame to the last.

Run it (two PNGs are drawn with Pillow in a temp dir unless given)::

    .venv/bin/python examples/upload_and_generate.py
    .venv/bin/python examples/upload_and_generate.py --image first.png --end-image last.png --output out.mp4
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

import kie

MODEL = "hailuo/02-image-to-video-standard"


def draw_frame(path: Path, colour: tuple[int, int, int], label: str) -> Path:
    """Write a small 640x360 PNG filled with ``colour`` and labelled ``label``."""
    image = Image.new("RGB", (640, 360), colour)
    ImageDraw.Draw(image).text((24, 24), label, fill=(255, 255, 255))
    image.save(path, format="PNG")
    return path


def show_progress(info: kie.TaskInfo) -> None:
    """Print each new state (and progress, when the model reports it)."""
    progress = f" ({info.progress}%)" if info.progress is not None else ""
    print(f"  state: {info.state.value}{progress}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--image", type=Path, help="the first frame (jpeg/png/webp); default: a drawn blue PNG")
    parser.add_argument("--end-image", type=Path, help="the last frame; default: a drawn orange PNG")
    parser.add_argument("--output", type=Path, default=Path("hailuo.mp4"), help="where to write the MP4")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Upload two frames, generate between them, download the MP4; 0 on success."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, kie.Client(provider="emulator", poll_interval=0.1) as client:
        first = args.image or draw_frame(Path(tmp) / "first.png", (30, 60, 200), "first frame")
        last = args.end_image or draw_frame(Path(tmp) / "last.png", (230, 120, 20), "last frame")
        image_url = client.upload(first)
        end_image_url = client.upload(last)
        print(f"uploaded {first.name}: {image_url}")
        print(f"uploaded {last.name}: {end_image_url}")
        info = client.generate(
            MODEL,
            prompt="the sky turns from blue to sunset orange",
            image=image_url,
            end_image=end_image_url,
            duration=6,
            resolution="512P",
            on_progress=show_progress,
        )
        print(f"task {info.task_id}: {info.state.value}, result {info.result_urls[0]}")
        path = client.download(info, args.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
