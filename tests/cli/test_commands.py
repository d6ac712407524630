"""`kie status`, `models`, `upload` and `credits`, and `--option` parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kie
from kie import cli
from kie.emulator import Emulator

from .helpers import error_line, on, png_file, run


def test_status_shows_waits_for_and_downloads_a_task(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path
) -> None:
    """`status ID --wait --json` prints the TaskInfo fields, `--output` saves the result, plain status reads well."""
    _, out, _ = run(capsys, "generate", "wan/2-5-image-to-video", "--example", *on(emu), "--no-wait")
    task_id = out.strip()
    target = tmp_path / "later.mp4"
    code, out, err = run(capsys, "status", task_id, "--wait", "--json", "-o", str(target), *on(emu))
    assert code == 0, err
    info = json.loads(out)
    assert info["task_id"] == task_id
    assert info["state"] == "success"
    assert info["is_done"] is True
    assert info["model"] == "wan/2-5-image-to-video"
    assert info["param"]["input"]["seed"] == 42
    assert info["create_time"].endswith("+00:00")
    assert info["output"] == str(target)
    assert target.stat().st_size > 0
    code, out, _ = run(capsys, "status", task_id, *on(emu))
    assert code == 0
    assert f"task:      {task_id}" in out
    assert "state:     success" in out
    assert info["result_urls"][0] in out


def test_status_of_failed_task_exits_1(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """`status` of a failed task prints its record with the failure and exits 1."""
    emu.inject("fail_task")
    _, out, _ = run(capsys, "generate", "kling-2.6/image-to-video", "--example", *on(emu), "--no-wait")
    code, out, err = run(capsys, "status", out.strip(), "--wait", *on(emu))
    assert code == 1
    assert "state:     fail" in out
    assert "failure:" in out
    assert "failed" in error_line(err)


def test_models_lists_every_model(capsys: pytest.CaptureFixture[str]) -> None:
    """`models` lists every model id with its fields, and `--json` gives each field's type, enum and default."""
    code, out, _ = run(capsys, "models")
    assert code == 0
    for model in kie.MODELS:
        assert model in out
    code, out, _ = run(capsys, "models", "--json")
    data = json.loads(out)
    assert set(data) == set(kie.MODELS)
    duration = data["wan/2-5-image-to-video"]["fields"]["duration"]
    assert (duration["type"], duration["enum"], duration["default"]) == ("string", ["5", "10"], "5")


def test_models_describes_one_model(capsys: pytest.CaptureFixture[str]) -> None:
    """`models MODEL` shows each field's type, required, enum, default, max length, file types and max size."""
    code, out, _ = run(capsys, "models", "wan/2-5-image-to-video")
    assert code == 0
    assert "prompt: string; required; max length 800 characters" in out
    assert "resolution: string; optional; one of 720p, 1080p; default 1080p" in out
    assert "image_url: string; required; accepted files image/jpeg, image/png, image/webp; max size 10 MB" in out
    code, out, _ = run(capsys, "models", "kling-2.6/image-to-video", "--json")
    assert json.loads(out)["fields"]["image_urls"]["max_bytes"] == 10 * 1024 * 1024


def test_upload_and_credits(capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path) -> None:
    """`upload` prints the URL of the uploaded image and `credits` the balance (plain or JSON)."""
    code, out, err = run(capsys, "upload", str(png_file(tmp_path / "a.png")), *on(emu))
    assert code == 0, err
    assert out.strip().startswith(emu.url)
    code, out, _ = run(capsys, "upload", str(tmp_path / "missing.png"), *on(emu), "--json")
    assert code == 2
    code, out, err = run(capsys, "credits", *on(emu), "--json")
    assert code == 0, err
    assert json.loads(out)["credits"] == emu.state.credits
    code, out, _ = run(capsys, "credits", *on(emu))
    assert float(out) == emu.state.credits


def test_parse_option_values() -> None:
    """`--option` values are JSON when they parse, else plain strings; a missing `=` is an input error."""
    assert cli.parse_option("seed=42") == ("seed", 42)
    assert cli.parse_option("sound=true") == ("sound", True)
    assert cli.parse_option('duration="5"') == ("duration", "5")
    assert cli.parse_option("negative_prompt=blurry, dark") == ("negative_prompt", "blurry, dark")
    assert cli.parse_option("negative_prompt=") == ("negative_prompt", "")
    with pytest.raises(kie.InputValidationError):
        cli.parse_option("seed")
