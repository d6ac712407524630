"""The installed `kie` console script and `kie emulator`, run as subprocesses."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from kie.emulator import Emulator
from kie.emulator.video import probe_mp4

from .helpers import KIE_SCRIPT, closed_port, on, run


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
