"""`kie generate`: the example, the flags, local images, --json and --no-wait, end to end against the emulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kie.emulator import Emulator
from kie.emulator.video import probe_mp4

from .helpers import error_line, on, png_file, run


@pytest.mark.parametrize(
    ("model", "seconds", "size"),
    [
        ("kling-2.6/image-to-video", 5, None),  # the spec states no resolution for kling
        ("hailuo/02-image-to-video-standard", 10, (1366, 768)),
        ("hailuo/02-image-to-video-pro", 6, (1920, 1080)),
        ("wan/2-5-image-to-video", 5, (1920, 1080)),
    ],
)
def test_generate_example_writes_mp4(
    capsys: pytest.CaptureFixture[str],
    emu: Emulator,
    tmp_path: Path,
    model: str,
    seconds: int,
    size: tuple[int, int] | None,
) -> None:
    """`generate MODEL --example` runs the spec's example and saves a playable MP4 of its duration and size."""
    target = tmp_path / "out.mp4"
    code, out, err = run(capsys, "generate", model, "--example", *on(emu), "--output", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    probe = probe_mp4(target.read_bytes())
    assert probe.duration == pytest.approx(seconds, abs=0.3)
    assert probe.frames > 0
    if size is not None:
        assert (probe.width, probe.height) == size


def test_generate_prints_task_id_before_waiting(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The task id is on stderr before the progress lines and the result, and names the default output file."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu))
    assert code == 0, err
    lines = err.splitlines()
    assert lines[0].startswith("task ")
    assert lines[0].endswith("created (wan/2-5-image-to-video)")
    task_id = lines[0].split()[1]
    assert any("success" in line and task_id in line for line in lines[1:-1])
    assert lines[-1].startswith(f"saved {task_id}.mp4")
    assert out.strip() == f"{task_id}.mp4"
    assert (tmp_path / f"{task_id}.mp4").stat().st_size > 0


def test_generate_json_output(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """`--json` prints one JSON object with the task id, state, result URLs, output path and timings."""
    target = tmp_path / "wan.mp4"
    code, out, err = run(
        capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu), "-o", str(target), "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["task_id"] in err
    assert result["model"] == "wan/2-5-image-to-video"
    assert result["state"] == "success"
    assert result["output"] == str(target)
    assert result["bytes"] == target.stat().st_size
    assert result["result_urls"][0].startswith(emu.url)
    assert isinstance(result["cost_time"], float)
    assert result["input"]["seed"] == 42


def test_generate_flags_override_the_example(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """Explicit --resolution and --option values override the example's, with JSON-typed option values."""
    target = tmp_path / "wan720.mp4"
    code, out, err = run(
        capsys, "generate", "wan/2-5-image-to-video", "--example", "--resolution", "720P",
        "--option", "seed=7", "--option", "negative_prompt=blurry", *on(emu), "-o", str(target), "--json",
    )  # fmt: skip
    assert code == 0, err
    sent = json.loads(out)["input"]
    assert (sent["resolution"], sent["seed"], sent["negative_prompt"]) == ("720p", 7, "blurry")
    assert probe_mp4(target.read_bytes()).height == 720


def test_generate_uploads_a_local_image(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """A local --image is uploaded first and the model receives the uploaded file's URL."""
    image = png_file(tmp_path / "cat.png")
    code, out, err = run(
        capsys, "generate", "kling-2.6/image-to-video", "--prompt", "a cat", "--image", str(image),
        "--duration", "5", *on(emu), "-o", str(tmp_path / "cat.mp4"), "--json",
    )  # fmt: skip
    assert code == 0, err
    sent = json.loads(out)["input"]
    assert sent["image_urls"][0].startswith(emu.url)
    assert sent["sound"] is True  # the required field's vendor default


def sent(emu: Emulator) -> tuple[int, int, int]:
    """What reached the emulator so far: (tasks created, files stored, createTask and upload requests)."""
    stats = emu.state.stats()
    requests = sum(n for path, n in stats["requests"].items() if "createTask" in path or "upload" in path)
    return stats["created_count"], stats["files"], requests


def test_bad_option_with_a_local_image_sends_nothing(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path
) -> None:
    """A local --image with an option the model lacks exits 2 before anything is sent: no upload, no createTask."""
    image = png_file(tmp_path / "cat.png")
    before = sent(emu)
    code, out, err = run(
        capsys, "generate", "kling-2.6/image-to-video", "--prompt", "a cat", "--image", str(image),
        "--option", "fps=30", *on(emu),
    )  # fmt: skip
    assert code == 2
    assert "'fps'" in error_line(err)
    assert sent(emu) == before
    assert out == ""


def test_generate_with_in_process_emulator(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--example --provider emulator` works with nothing else: it starts the in-process emulator."""
    target = tmp_path / "x.mp4"
    code, _, err = run(
        capsys, "generate", "wan/2-5-image-to-video", "--example", "--provider", "emulator", "-o", str(target)
    )
    assert code == 0, err
    assert probe_mp4(target.read_bytes()).duration == pytest.approx(5, abs=0.3)


def test_no_wait_prints_the_task_id_and_exits(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """`--no-wait` prints the created task's id on stdout and exits 0 without downloading."""
    code, out, err = run(capsys, "generate", "hailuo/02-image-to-video-pro", "--example", *on(emu), "--no-wait")
    assert code == 0, err
    task_id = out.strip()
    assert task_id in emu.state.tasks
    assert f"kie status {task_id} --wait" in err
    assert not Path(f"{task_id}.mp4").exists()


def test_loopback_base_url_keeps_uploads_local(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kie generate ... --base-url http://127.0.0.1:PORT` uploads a local image to that host, not production's.

    The README's emulator line, as a user with KIE_API_KEY set runs it: provider kie, no upload host given.
    """
    monkeypatch.setenv("KIE_API_KEY", "sk-local-test")
    image = png_file(tmp_path / "cat.png")
    files = emu.state.stats()["files"]
    target = tmp_path / "out.mp4"
    code, out, err = run(capsys, "generate", "wan/2-5-image-to-video", "--prompt", "a cat", "--image", str(image),
                         "--base-url", emu.url, "--output", str(target))  # fmt: skip
    assert code == 0, err
    assert out.strip() == str(target)
    assert emu.state.stats()["files"] == files + 1
    assert "redpandaai" not in err


def test_an_unknown_model_names_close_ids_and_kie_models(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """`kie generate TYPO`: one line naming the id, up to three close ids and `kie models`, not all the ids; exit 2."""
    code, out, err = run(capsys, "generate", "kling-2.6/image-to-vid", "--prompt", "a cat", *on(emu))
    assert code == 2
    line = error_line(err)
    assert "unknown model 'kling-2.6/image-to-vid'; did you mean 'kling-2.6/image-to-video'" in line
    assert "`kie models`" in line
    assert "sora" not in line
    assert "wan/" not in line
    assert out == ""
