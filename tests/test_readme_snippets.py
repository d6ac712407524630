"""Every ```python and ```sh snippet of the README and of the site's pages (docs/) runs as written, on 127.0.0.1.

How a snippet runs:

- Provider settings come from the environment, as the docs say they do:
  ``KIE_PROVIDER=emulator``, ``KIE_BASE_URL`` and ``KIE_UPLOAD_BASE_URL`` point at
  a test emulator, and every key variable a snippet names (``KIE_API_KEY``,
  ``APIKLEY_API_KEY``, ``MY_KEY``) holds a test key. Nothing else is set.
- A snippet runs in a fresh folder holding the images the snippets name
  (``cat.png``, ``first.png``, ``last.png``) and the vendor pages they tell the
  reader to save (``SAVED_PAGES``, copied from tests/fixtures/vendor-pages).
- Python snippets run in this process. A page's Python snippets continue its
  first one, so a snippet that does not ``import kie`` itself starts with
  ``kie`` imported and ``client = kie.Client()``. Clients (sync and async) poll
  every 50 ms (as ``kie.testing``'s do) so the run stays short; nothing else
  about them changes.
- Shell snippets run in bash with this environment's ``kie`` first on PATH and
  ``.venv`` linked to it. A ``kie emulator --port N`` line is a server: it runs in
  the background (on a free port in place of N, everywhere in the snippet) until
  the snippet's other lines are done.
- ``SKIPPED_COMMANDS`` and ``SKIPPED_SNIPPETS`` say what does not run, and why.

Nothing here reaches beyond 127.0.0.1: the emulator never fetches the
``https://example.com/...`` image URLs it is given.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PIL import Image

import kie
from kie.emulator import Emulator, EmulatorConfig
from kie.emulator.video import probe_mp4

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
"""The README and every page of the site (the model pages are generated: tests/test_docs_models.py runs theirs)."""
BIN = Path(sys.executable).parent
BASH = shutil.which("bash") or "/bin/bash"

SKIPPED_COMMANDS = {
    "python3 -m venv .venv": "installs; this test runs in the environment it would create",
    ".venv/bin/pip install": "installs; this test runs in the environment it would create",
}
"""Commands of a shell snippet left out (the rest of the snippet runs): the start of the command -> why."""

SKIPPED_SNIPPETS = {
    "scripts/test": "runs the whole test suite, this test included; .ci/run runs it "
    "(tests/test_readme.py checks that it is the same command)",
    "scripts/regenerate": "(docs/vendor-pages.md) rewrites the checked-in generated code; scripts/check-generated "
    "(run by scripts/test, and on a copy by tests/test_generated.py) runs the same regeneration into a temporary "
    "folder and compares",
    'pytest_plugins = ["kie.testing"]': "(docs/testing.md) a conftest.py line: tests/test_readme.py runs it with "
    "the test file below as a user's own pytest run",
    "def test_my_pipeline_survives_rate_limits": "(docs/testing.md) a user's test file: tests/test_readme.py runs it "
    "under pytest",
}
"""Whole snippets that do not run here: a string the snippet contains -> why."""

MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
SAVED_PAGES = {
    "kling-3-0.md": MARKET / "kling" / "kling-3-0.md",
    "nano-banana.md": MARKET / "google" / "nano-banana.md",
    "sound-effect-v2.md": MARKET / "elevenlabs" / "sound-effect-v2.md",
}
"""Vendor pages the docs tell the reader to save, as published: in each snippet's folder under the name it uses."""

HMAC_KEY = "your-webhook-hmac-key"
"""The Callbacks snippet's placeholder key, which the emulator signs with, so its receiver accepts the callback."""


class Snippet(NamedTuple):
    """One fenced code block of a page."""

    page: str
    language: str
    line: int
    code: str

    @property
    def where(self) -> str:
        """``PAGE:LINE`` (``docs/journal.md:21``), for tracebacks and messages."""
        return f"{self.page}:{self.line}"


def page_snippets(path: Path) -> list[Snippet]:
    """A page's ```python and ```sh blocks (indented ones too, dedented), in order."""
    text = path.read_text(encoding="utf-8")
    page = path.relative_to(ROOT).as_posix()
    fence = re.compile(r"^( *)```(\w*)\n(.*?)^\1```[ \t]*$", re.MULTILINE | re.DOTALL)
    return [
        Snippet(page, match.group(2), text.count("\n", 0, match.start()) + 2, textwrap.dedent(match.group(3)))
        for match in fence.finditer(text)
        if match.group(2) in ("python", "sh")
    ]


SNIPPETS = [snippet for path in PAGES for snippet in page_snippets(path)]


def skip_reason(snippet: Snippet) -> str | None:
    """Why ``snippet`` does not run here, or ``None``."""
    return next((why for key, why in SKIPPED_SNIPPETS.items() if key in snippet.code), None)


def free_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    """The emulator the snippets talk to: fast tasks, callbacks signed with the Callbacks snippet's key."""
    config = EmulatorConfig(waiting_s=0.02, queuing_s=0.02, generating_s=0.05, fps=2, hmac_key=HMAC_KEY)
    with Emulator(config=config) as emulator:
        yield emulator


@pytest.fixture
def folder(tmp_path: Path, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with the snippets' images, and the environment that binds clients to ``emu``."""
    for name in [name for name in os.environ if name.startswith(("KIE_", "APIKLEY_"))]:
        monkeypatch.delenv(name)
    settings = {"KIE_PROVIDER": "emulator", "KIE_BASE_URL": emu.url, "KIE_UPLOAD_BASE_URL": emu.url}
    settings |= {"KIE_API_KEY": "readme-key", "APIKLEY_API_KEY": "readme-key", "MY_KEY": "readme-key"}
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    for name, color in (("cat.png", (200, 40, 40)), ("first.png", (40, 200, 40)), ("last.png", (40, 40, 200))):
        Image.new("RGB", (64, 36), color).save(tmp_path / name, format="PNG")
    for name, page in SAVED_PAGES.items():
        shutil.copyfile(page, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


class _FastClient(kie.Client):
    """``kie.Client`` polling every 50 ms (the snippets wait for tasks that end in 0.1 s)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("poll_interval", 0.05)
        super().__init__(*args, **kwargs)


class _FastAsyncClient(kie.AsyncClient):
    """``kie.AsyncClient`` polling every 50 ms."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("poll_interval", 0.05)
        super().__init__(*args, **kwargs)


def run_python(snippet: Snippet, monkeypatch: pytest.MonkeyPatch, *, fast: bool = True) -> dict[str, Any]:
    """Run a Python snippet in this process; return its namespace (``fast``: clients poll every 50 ms)."""
    if fast:
        monkeypatch.setattr(kie, "Client", _FastClient)
        monkeypatch.setattr(kie, "AsyncClient", _FastAsyncClient)
    namespace: dict[str, Any] = {"__name__": "readme_snippet"}
    continues = not re.search(r"^import kie$", snippet.code, re.MULTILINE)
    if continues:
        namespace |= {"kie": kie, "client": kie.Client()}
    try:
        exec(compile(snippet.code, snippet.where, "exec"), namespace)  # noqa: S102 - the docs' own code
    finally:
        if continues:
            namespace["client"].close()
    return namespace


def _commands(code: str) -> list[str]:
    """The commands of a shell snippet: its lines without comments, split at ``&&``."""
    lines = [line.split(" #", 1)[0].strip() for line in code.splitlines() if not line.lstrip().startswith("#")]
    return [part.strip() for line in lines if line for part in line.split("&&")]


def _wait_for_port(server: subprocess.Popen[str], port: int) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            assert server.poll() is None, server.communicate()
            assert time.monotonic() < deadline, "the snippet's emulator did not start"
            time.sleep(0.05)


def run_sh(snippet: Snippet, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell snippet's commands in ``folder`` (a ``kie emulator`` line in the background)."""
    code = snippet.code
    port = re.search(r"^kie emulator .*--port (\d+)", code, re.MULTILINE)
    if port is not None:
        code = code.replace(port.group(1), str(free_port()))
    commands = [c for c in _commands(code) if not any(c.startswith(skipped) for skipped in SKIPPED_COMMANDS)]
    servers = [c for c in commands if c.startswith("kie emulator")]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    (folder / ".venv").symlink_to(BIN.parent)
    started = [subprocess.Popen([BASH, "-c", f"exec {c}"], cwd=folder, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for c in servers]  # fmt: skip
    try:
        for server, command in zip(started, servers, strict=True):
            _wait_for_port(server, int(command.split("--port", 1)[1].split()[0]))
        script = " && ".join(c for c in commands if c not in servers)
        return subprocess.run([BASH, "-c", script], cwd=folder, env=env, capture_output=True, text=True,
                              timeout=60, check=False)  # fmt: skip
    finally:
        for server in started:
            server.terminate()
            server.communicate(timeout=20)


def test_every_snippet_is_run_or_skipped_for_a_reason() -> None:
    """The README and the site have Python and shell snippets, and every skip still names one (no stale entry)."""
    assert {s.language for s in SNIPPETS} == {"python", "sh"}
    assert {s.page for s in SNIPPETS} >= {"README.md", "docs/getting-started.md", "docs/journal.md"}
    for key in SKIPPED_SNIPPETS:
        assert any(key in s.code for s in SNIPPETS), f"no snippet contains {key!r} any more"
    for command in SKIPPED_COMMANDS:
        assert any(command in s.code for s in SNIPPETS if s.language == "sh"), f"no snippet runs {command!r}"


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"{s.page}:{s.line}-{s.language}" for s in SNIPPETS])
@pytest.mark.usefixtures("restore_models")  # a snippet may register a vendor page into kie.MODELS
def test_snippet_runs(snippet: Snippet, folder: Path, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    """The snippet runs without an error against the emulator; what it writes is whole and what its name says.

    A video is a playable MP4; an image or audio model's result is a whole file of its extension's type.
    """
    reason = skip_reason(snippet)
    if reason is not None:
        pytest.skip(f"{snippet.where}: {reason}")
    before = set(folder.iterdir())
    if snippet.language == "python":
        run_python(snippet, monkeypatch)
    else:
        done = run_sh(snippet, folder)
        assert done.returncode == 0, f"{snippet.where}\n{done.stdout}\n{done.stderr}"
    for made in sorted(set(folder.iterdir()) - before):
        if made.suffix == ".mp4":
            assert probe_mp4(made.read_bytes()).frames > 0, made
        elif made.suffix in (".png", ".jpg", ".webp", ".mp3", ".wav", ".ogg"):  # an image or audio model's result
            mime = kie.media.sniff_mime(made.read_bytes()[:64])
            assert mime == kie.media.extension_type(made.name), made
            kie.media.check_whole(made, mime)


def test_callbacks_snippet_ends_on_the_signed_callback(
    folder: Path, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Callbacks snippet's receiver takes the emulator's signed callback, which ends its generate.

    Its client polls at the library's pace (2 s), so the callback (0.1 s after creation) comes first.
    """
    (snippet,) = [s for s in SNIPPETS if "CallbackReceiver(" in s.code]
    started = time.monotonic()
    namespace = run_python(snippet, monkeypatch, fast=False)
    task_id = namespace["info"].task_id
    assert namespace["info"].state is kie.TaskState.SUCCESS
    assert task_id in namespace["receiver"].results
    assert time.monotonic() - started < 1.5
