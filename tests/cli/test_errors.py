"""The `kie` command's error lines speak in flags (`--image`, `--option seed=...`), and bad input sends nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from kie.emulator import Emulator

from .helpers import error_line, on, png_file, run

PYTHON_WORDS = ("image_url", "end_image", "model_options", "input.", "api_key=", "client.", "generate()", "wait(")
"""Python argument names and calls: a command-line user typed none of these."""


def sent(emu: Emulator) -> int:
    """How many requests the emulator has answered so far (any path)."""
    return sum(emu.state.stats()["requests"].values())


def refused(capsys: pytest.CaptureFixture[str], emu: Emulator, *args: str) -> str:
    """Run ``kie generate ARGS`` against ``emu``; check it exits 2 having sent nothing; return its error line."""
    before = sent(emu)
    code, out, err = run(capsys, "generate", *args, *on(emu))
    line = error_line(err)
    assert code == 2, err
    assert out == ""
    assert sent(emu) == before, "a refused command sent a request"
    assert not any(word in line for word in PYTHON_WORDS), line
    return line


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["wan/2-5-image-to-video", "--example", "--option", "sound=false"], "'sound' (--option sound=false)"),
        (["wan/2-5-image-to-video", "--example", "--option", 'seed="abc"'], "--option seed='abc' is not of type"),
        (["wan/2-5-image-to-video", "--example", "--option", "negative_prompt=" + "n" * 501],
         "--option negative_prompt is 501 characters, over the limit of 500"),
        (["wan/2-5-image-to-video", "--example", "--duration", "7"], "--duration 7 is not available"),
        (["wan/2-5-image-to-video", "--example", "--resolution", "4k"], "--resolution '4k' is not available"),
        (["wan/2-5-image-to-video", "--example", "--prompt", "p" * 801],
         "--prompt is 801 characters, over the limit of 800"),
        (["kling-2.6/image-to-video", "--example", "--end-image", "https://x.test/e.png"], "takes no --end-image"),
        (["hailuo/02-image-to-video-pro", "--example", "--duration", "10"],
         "has no --duration option (its output is fixed at 6); its options are: prompt_optimizer"),
        (["wan/2-5-image-to-video", "--example", "--callback-url", "ftp://x.test/hook"],
         "--callback-url 'ftp://x.test/hook' is not an http(s) URL"),
    ],
)  # fmt: skip
def test_input_errors_name_the_flag(
    capsys: pytest.CaptureFixture[str], emu: Emulator, args: list[str], words: str
) -> None:
    """An input the model refuses is named by the flag that gave it, never by a Python argument name."""
    assert words in refused(capsys, emu, *args)


def test_option_typo_suggests_the_option_flag(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """An option typo is shown as the --option the user typed, with the one meant, and the model's options."""
    line = refused(capsys, emu, "wan/2-5-image-to-video", "-p", "x", "-i", "https://x.test/a.png", "-O", "sed=42")
    assert "has no option 'sed' (--option sed=42) (did you mean --option seed=...?)" in line
    assert "negative_prompt, enable_prompt_expansion, seed" in line


def test_image_folder_is_its_own_error(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """`--image ./` says the path is a folder, not an image (no raw OSError text)."""
    line = refused(capsys, emu, "wan/2-5-image-to-video", "--prompt", "x", "--image", f"{tmp_path}/")
    assert line == f"error: --image {tmp_path}/ is a folder, not an image file"


def test_gif_image_is_its_own_error(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """A GIF is named as a GIF, with the types the model takes."""
    gif = tmp_path / "cat.gif"
    Image.new("RGB", (16, 16)).save(gif, format="GIF")
    line = refused(capsys, emu, "hailuo/02-image-to-video-standard", "--prompt", "x", "--image", str(gif))
    assert line == (f"error: --image {gif} is a GIF image; hailuo/02-image-to-video-standard takes JPEG, PNG or WebP")


def test_gif_last_frame_is_its_own_error(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """The same check names --end-image when the last frame is the GIF."""
    gif = tmp_path / "last.gif"
    Image.new("RGB", (16, 16)).save(gif, format="GIF")
    first = png_file(tmp_path / "first.png")
    line = refused(
        capsys,
        emu,
        "hailuo/02-image-to-video-standard",
        "--prompt",
        "x",
        "--image",
        str(first),
        "--end-image",
        str(gif),
    )
    assert line.startswith(f"error: --end-image {gif} is a GIF image")


def test_ftp_image_is_its_own_error(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """An ftp:// image is refused as a URL scheme the API cannot fetch, not as a missing local file."""
    line = refused(capsys, emu, "wan/2-5-image-to-video", "--prompt", "x", "--image", "ftp://x.test/cat.png")
    assert line == ("error: --image ftp://x.test/cat.png: ftp:// is not supported; give an http(s) URL or a local file")


def test_missing_image_file_names_the_flag(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """A local image that does not exist is named with its flag."""
    line = refused(capsys, emu, "wan/2-5-image-to-video", "--prompt", "x", "--image", str(tmp_path / "no.png"))
    assert line == f"error: --image {tmp_path / 'no.png'}: no such file"


def _unwritable_outputs(tmp_path: Path) -> list[Path]:
    (tmp_path / "a-file").write_text("not a folder")
    return [
        tmp_path / "a-file" / "out.mp4",  # the parent is a file
        tmp_path / "a-file" / "sub" / "out.mp4",  # an ancestor is a file
        Path("/proc/kie-test-out.mp4"),  # a folder nobody (not even root) can write
        Path("/proc/kie-test-dir/out.mp4"),  # a folder that cannot be created
    ]


@pytest.mark.parametrize("which", range(4))
def test_unwritable_output_is_refused_before_the_task_exists(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path, which: int
) -> None:
    """An --output that cannot be written exits 2 before createTask (no task paid for, nothing sent)."""
    output = _unwritable_outputs(tmp_path)[which]
    created = emu.state.created_count
    line = refused(capsys, emu, "wan/2-5-image-to-video", "--example", "--output", str(output))
    assert line.startswith(f"error: --output {output}: ")
    assert emu.state.created_count == created


def test_status_refuses_unwritable_output_before_asking(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path
) -> None:
    """`kie status ID --output` under a file is refused before any request."""
    output = _unwritable_outputs(tmp_path)[0]
    before = sent(emu)
    code, _, err = run(capsys, "status", "some-task", "--output", str(output), *on(emu))
    assert code == 2
    assert error_line(err).startswith(f"error: --output {output}: ")
    assert sent(emu) == before


def test_writable_new_output_folder_is_accepted(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path
) -> None:
    """A folder that does not exist yet but can be created is fine: the video lands in it."""
    target = tmp_path / "new" / "deeper" / "out.mp4"
    code, out, err = run(capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu), "-o", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    assert target.stat().st_size > 0


@pytest.mark.parametrize("wait", [False, True])
def test_unknown_task_id_exits_2(capsys: pytest.CaptureFixture[str], emu: Emulator, wait: bool) -> None:
    """`kie status` of a task the host does not know: "no task ID on HOST", exit 2 (bad input, not an API error)."""
    code, out, err = run(capsys, "status", "no-such-task", *(["--wait"] if wait else []), *on(emu), "--json")
    assert code == 2
    assert error_line(err) == f"error: no task no-such-task on {emu.url}"
    reported = json.loads(out)
    assert reported["error"]["exit_code"] == 2
    assert reported["task_id"] == "no-such-task"


def test_missing_api_key_names_the_variable_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a key the error names the environment variable to set, not a Python argument."""
    monkeypatch.delenv("KIE_API_KEY", raising=False)
    code, _, err = run(capsys, "credits", "--provider", "kie")
    assert code == 2
    assert error_line(err) == "error: no API key: set KIE_API_KEY (provider 'kie')"


def test_help_lists_the_environment_and_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    """`kie --help` shows the variables that configure it and what each exit status means."""
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in (
        "KIE_API_KEY",
        "APIKLEY_API_KEY",
        "KIE_PROVIDER",
        "KIE_BASE_URL",
        "KIE_UPLOAD_BASE_URL",
        "KIE_LOG",
        "KIE_MODEL_SPECS",
    ):
        assert name in out
    for status in ("0 ", "1 ", "2 ", "3 ", "4 ", "130 "):
        assert any(line.strip().startswith(status) for line in out.splitlines()), status
