"""The ``kie`` command, end to end against the emulator on 127.0.0.1."""

from __future__ import annotations

import functools
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

import kie
from kie import cli
from kie.emulator import Emulator, EmulatorConfig
from kie.emulator.video import probe_mp4

KIE_SCRIPT = Path(sys.executable).with_name("kie")


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    """A fast emulator shared by the module (tasks end about 0.1 s after creation)."""
    with Emulator(config=EmulatorConfig(waiting_s=0.02, queuing_s=0.02, generating_s=0.05)) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def fast_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's clients poll and back off in milliseconds, and keep env settings out."""
    for name in ("KIE_PROVIDER", "KIE_BASE_URL", "KIE_UPLOAD_BASE_URL", "KIE_API_KEY", "KIE_EMULATOR_API_KEY"):
        monkeypatch.delenv(name, raising=False)

    def short_sleep(seconds: float) -> None:
        time.sleep(min(seconds, 0.02))

    monkeypatch.setattr(cli, "Client", functools.partial(kie.Client, poll_interval=0.02, sleep=short_sleep))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``kie ARGS`` in-process; return (exit status, stdout, stderr)."""
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def on(emu: Emulator) -> list[str]:
    """The flags that point a command at the test emulator."""
    return ["--provider", "emulator", "--base-url", emu.url]


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def png_file(path: Path) -> Path:
    """Write a small PNG image to ``path``."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), (200, 40, 40)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return path


def error_line(err: str) -> str:
    """The single error line of a failed command (and check there is no traceback)."""
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


# -- generate --------------------------------------------------------------------------------------


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


# -- exit statuses ---------------------------------------------------------------------------------


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
        (["generate", "wan/2-5-image-to-video", "--example", "--end-image", "https://x.test/e.png"], "no end image"),
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


# -- status, models, upload, credits ---------------------------------------------------------------


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


def test_status_of_unknown_task_exits_3(capsys: pytest.CaptureFixture[str], emu: Emulator) -> None:
    """`status` of an id the API does not know is an API error (exit 3) naming the id."""
    code, _, err = run(capsys, "status", "no-such-task", *on(emu))
    assert code == 3
    assert "no-such-task" in error_line(err)


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


def test_console_script_end_to_end(emu: Emulator, tmp_path: Path) -> None:
    """The installed `kie` script creates a task with --no-wait --json, then `status --wait` saves the video."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIE_")}
    created = subprocess.run(
        [str(KIE_SCRIPT), "generate", "wan/2-5-image-to-video", "--example", *on(emu), "--no-wait", "--json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    task_id = json.loads(created.stdout)["task_id"]
    assert created.stderr.startswith(f"task {task_id} created")
    target = tmp_path / "script.mp4"
    waited = subprocess.run(
        [str(KIE_SCRIPT), "status", task_id, "--wait", "-o", str(target), *on(emu)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert waited.returncode == 0, waited.stderr
    assert probe_mp4(target.read_bytes()).duration == pytest.approx(5, abs=0.3)


def test_emulator_command_serves_until_interrupted(capsys: pytest.CaptureFixture[str]) -> None:
    """`kie emulator --port P` serves the API on 127.0.0.1:P (credits answer) and exits 0 on Ctrl-C."""
    port = closed_port()
    server = subprocess.Popen(
        [str(KIE_SCRIPT), "emulator", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert server.poll() is None, server.communicate()
                assert time.monotonic() < deadline, "the emulator did not start"
                time.sleep(0.05)
        code, out, err = run(capsys, "credits", "--provider", "emulator", "--base-url", f"http://127.0.0.1:{port}")
        assert code == 0, err
        assert float(out) > 0
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=20)
    assert server.returncode == 0, err
    assert f"kie emulator on http://127.0.0.1:{port}" in err
