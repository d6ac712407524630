"""The installed wheel is typed: a user's script type-checks with ``mypy --strict`` (py.typed, literals, narrowing).

Issue "Hardening", item 6. The wheel is built from this checkout and installed,
without its dependencies, into a fresh virtual environment that borrows them
from this one; mypy then checks a user's script against that environment.
The same wheel registers vendor pages at run time (``kie.register_model_spec``, issue 11 item 3).
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

GOOD = """
import asyncio
import kie

def model_of(result: kie.JobResult) -> str:
    if result.ok:
        return result.info.model            # narrowed: info is a TaskInfo
    return type(result.error).__name__      # narrowed: error is a KieError

def main() -> None:
    model: kie.ModelId = "wan/2-5-image-to-video"
    with kie.Client(provider="emulator") as client:
        task: kie.Task = client.submit(model, prompt="a cat", image="https://example.com/cat.png")
        info: kie.TaskInfo = client.wait(task.task_id, timeout=60)
        typed = kie.MODELS[model].input_class.from_dict({"prompt": "p", "image_url": "https://x.example/a.png"})
        client.create_task(model, typed)
        print(info.state is kie.TaskState.SUCCESS, [model_of(r) for r in client.generate_many([])])

async def amain() -> kie.TaskInfo:
    async with kie.AsyncClient(provider="emulator") as client:
        return await client.get_task("t1")

asyncio.run(amain())
"""

BAD = """
import kie

with kie.Client(provider="emulator") as client:
    client.get_task(42)
    client.wait("t1", timeout="60")
    for result in client.generate_many([]):
        print(result.info.state)
"""


@pytest.fixture(scope="module")
def user_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the kie wheel installed; httpx, attrs, ... borrowed from this environment."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    build = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        str(dist),
        str(ROOT),
    ]
    subprocess.run(build, check=True, capture_output=True)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    wheel = next(dist.glob("kie-*.whl"))
    install = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-deps",
        "--no-index",
        "--target",
        str(site),
        str(wheel),
    ]
    subprocess.run(install, check=True, capture_output=True)
    return python


def _mypy(python: Path, tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_script.py"
    script.write_text(textwrap.dedent(source), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-executable",
        str(python),
        str(script),
    ]
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, check=False)


def test_a_users_script_type_checks_against_the_wheel(user_python: Path, tmp_path: Path) -> None:
    """py.typed ships in the wheel: model ids, clients, TaskInfo and JobResult narrowing all type-check."""
    done = _mypy(user_python, tmp_path, GOOD)
    assert done.returncode == 0, done.stdout


def test_misuse_is_caught_by_the_users_type_checker(user_python: Path, tmp_path: Path) -> None:
    """A wrong argument type and an un-narrowed ``JobResult.info`` are type errors, not ``Any``."""
    done = _mypy(user_python, tmp_path, BAD)
    assert re.search(r'Argument 1 to "get_task" of "\w+" has incompatible type "int"; expected "str"', done.stdout)
    assert 'Argument "timeout" to "wait" of "Client" has incompatible type "str"' in done.stdout
    assert 'Item "None" of "TaskInfo | None" has no attribute "state"' in done.stdout
    assert "Found 3 errors" in done.stdout


REGISTER = """
import json, sys, tempfile
import kie
from kie._vendor_pages import read_page
from kie.media import sniff_mime

assert "/provider/kie/" not in kie.__file__, kie.__file__  # the wheel's kie, not this checkout's
pages = sys.argv[1:]
forms = [pages[0], open(pages[1], encoding="utf-8").read(), json.dumps(read_page(open(pages[2]).read()))]
with kie.Client(provider="emulator", poll_interval=0.05) as client, tempfile.TemporaryDirectory() as folder:
    for page in forms + pages[3:]:
        info = kie.register_model_spec(page)
        task = client.create_task(info.id, info.example["input"])
        done = client.wait(task.task_id, timeout=60)
        path = client.download(done, folder)
        print(info.id, done.state.value, info.category, sniff_mime(path.read_bytes()[:32]))
    # the registered image model by the generate vocabulary: its roles were inferred at registration
    made = client.generate("qwen2/text-to-image", prompt="a paper boat", aspect_ratio="4:3", timeout=60)
    print(kie.MODELS["qwen2/text-to-image"].roles["aspect_ratio"], made.input["image_size"], made.state.value)
"""

SAMPLE = [
    "kling/kling-3-0.md",
    "bytedance/seedance-2.md",
    "grok-imagine/text-to-video.md",
    "wan/2-7-image.md",
    "qwen2/text-to-image.md",
    "elevenlabs/text-to-dialogue-v3.md",
    "sora2/sora-2-text-to-video.md",
    "hailuo/2-3-image-to-video-pro.md",
]


def test_register_model_spec_works_from_the_installed_wheel(user_python: Path, tmp_path: Path) -> None:
    """Vendor pages across vendors (a path, the page's text, its JSON) register from the wheel and run to success.

    Each gets its category (the result downloaded is that media) and its roles (``generate`` maps onto them).
    """
    market = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
    script = tmp_path / "register.py"
    script.write_text(REGISTER, encoding="utf-8")
    done = subprocess.run(
        [user_python, "-W", "ignore", str(script), *(str(market / page) for page in SAMPLE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        word
        for model, category, mime in (
            ("kling-3.0/video", "video", "video/mp4"),
            ("bytedance/seedance-2", "video", "video/mp4"),
            ("grok-imagine/text-to-video", "video", "video/mp4"),
            ("wan/2-7-image", "image", "image/png"),
            ("qwen2/text-to-image", "image", "image/png"),
            ("elevenlabs/text-to-dialogue-v3", "audio", "audio/mpeg"),
            ("sora-2-text-to-video", "video", "video/mp4"),
            ("hailuo/2-3-image-to-video-pro", "video", "video/mp4"),
        )
        for word in (model, "success", category, mime)
    ] + ["image_size", "4:3", "success"]
