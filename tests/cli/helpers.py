"""Helpers of the ``kie`` command tests: run the command in-process, point it at the emulator, make inputs."""

from __future__ import annotations

import importlib.util
import io
import socket
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from kie import cli
from kie.emulator import Emulator

__all__ = ["KIE_SCRIPT", "SCRIPTS", "closed_port", "error_line", "load_script", "on", "png_file", "run"]

KIE_SCRIPT = Path(sys.executable).with_name("kie")
"""The installed ``kie`` console script of this interpreter's environment."""

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
"""The repository's ``scripts`` folder: the full-size trials the tests run small."""


def load_script(name: str) -> ModuleType:
    """Import ``scripts/NAME.py`` (a trial such as ``fleet_trial``) as a module, so a test runs its own code small."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
