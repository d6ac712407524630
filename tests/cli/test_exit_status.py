"""The `kie` command's exit statuses and error lines: failed task 1, bad input 2, API error 3, timeout 4."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kie.emulator import Emulator

from .helpers import closed_port, error_line, on, run


def test_failed_task_exits_1(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """A task that ends in fail exits 1 with one error line naming the task."""
    emu.inject("fail_task")
    code, out, err = run(
        capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu), "-o", str(tmp_path / "f.mp4")
    )
    assert code == 1
    task_id = err.splitlines()[0].split()[1]
    line = error_line(err)
    assert task_id in line
    assert "failed" in line
    assert out == ""
    assert not (tmp_path / "f.mp4").exists()


def test_bad_option_exits_2_and_lists_the_models_options(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """An option the model lacks exits 2, names it, lists the model's options and creates no task."""
    before = emu.state.created_count
    code, out, err = run(capsys, "generate", "wan/2-5-image-to-video", "--example", "--option", "fps=30", *on(emu))
    assert code == 2
    line = error_line(err)
    assert "'fps'" in line
    assert "duration, resolution, negative_prompt, enable_prompt_expansion, seed" in line
    assert emu.state.created_count == before
    assert out == ""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["generate", "wan/2-5-image-to-video", "--prompt", "x"], "--image is required"),
        (["generate", "wan/2-5-image-to-video", "--example", "--duration", "7"], "durations in seconds: 5, 10"),
        (["generate", "wan/2-5-image-to-video", "--example", "--end-image", "https://x.test/e.png"], "no --end-image"),
        (["generate", "veo/3", "--example"], "unknown model 'veo/3'"),
        (["generate", "wan/2-5-image-to-video", "--example", "--option", "seed"], "KEY=VALUE"),
        (["generate", "wan/2-5-image-to-video", "--duration", "five"], "--duration"),
        (["generate"], "Missing argument"),
        (["frobnicate"], "No such command"),
        (["models", "nope"], "unknown model 'nope'"),
    ],
)
def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str], emu: Emulator, args: list[str], words: str) -> None:
    """Bad input (usage, model, option, value) exits 2 with one error line that says what is wrong."""
    code, _, err = run(capsys, *args, *(on(emu) if args[0] == "generate" and len(args) > 1 else []))
    assert code == 2
    assert words in error_line(err)


def test_unreachable_api_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    """A closed loopback port exits 3 with one error line (JSON error on stdout under --json)."""
    url = f"http://127.0.0.1:{closed_port()}"
    code, out, err = run(capsys, "generate", "wan/2-5-image-to-video", "--example", "--provider", "emulator",
                         "--base-url", url, "--json")  # fmt: skip
    assert code == 3
    assert "Connection refused" in error_line(err) or "connect" in error_line(err).lower()
    assert json.loads(out)["error"]["exit_code"] == 3


def test_api_error_exits_3(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """An API error (402 insufficient credits) exits 3 and names the error."""
    saved = emu.state.credits
    emu.state.credits = 0
    try:
        code, _, err = run(capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu))
    finally:
        emu.state.credits = saved
    assert code == 3
    assert "InsufficientCreditsError (402)" in error_line(err)


def test_wait_timeout_exits_4_with_resume_command(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """`--timeout 0.01` exits 4 and prints the task id and the command that resumes the wait."""
    code, _, err = run(
        capsys, "generate", "hailuo/02-image-to-video-standard", "--example", *on(emu), "--timeout", "0.01"
    )
    assert code == 4
    task_id = err.splitlines()[0].split()[1]
    assert f"resume with: kie status {task_id} --wait --provider emulator --base-url {emu.url}" in error_line(err)


def test_api_key_is_never_printed(
    capsys: pytest.CaptureFixture[str], emu: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The API key from the environment appears in no output, on success or on error."""
    monkeypatch.setenv("KIE_EMULATOR_API_KEY", "sk-very-secret-key")
    _, out1, err1 = run(capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu), "-o",
                        str(tmp_path / "k.mp4"), "--json")  # fmt: skip
    emu.inject("fail_task")
    _, out2, err2 = run(capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu), "--json")
    assert "sk-very-secret-key" not in out1 + err1 + out2 + err2


def test_missing_cli_extra_prints_install_hint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without typer the command prints the pip install hint on one line and exits 2."""
    monkeypatch.setitem(sys.modules, "typer", None)
    code, out, err = run(capsys, "models")
    assert code == 2
    assert err.strip() == "error: the kie command needs typer and rich: pip install 'kie[cli]'"
    assert out == ""
