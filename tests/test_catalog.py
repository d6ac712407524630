"""The vendor's whole catalog (issue 11, "Done when"): every createTask page of the market drops in.

All 109 pages as published go into one ``openapi/models/`` (the four seed models
replaced by their vendor pages), ``scripts/regenerate`` writes the bundle and the
client, and a fresh interpreter that imports that ``kie_api`` finds each model in
``kie.MODELS``, sends its request example (or the input built for a page without
one) through ``create_task`` to the emulator over HTTP, waits for ``success`` and
downloads a result whose sniffed type is its category's media.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kie
from kie._bundle_entry import model_files
from kie._vendor_pages import CREATE_TASK_PATH, normalize_page
from kie.emulator import Emulator, EmulatorConfig

ROOT = Path(__file__).resolve().parent.parent
MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
MEDIA = {
    "video": ["video/mp4"],
    "image": ["image/png", "image/jpeg", "image/webp"],
    "audio": ["audio/mpeg", "audio/wav"],
}
"""The result types each category may produce (``kie.media.sniff_mime`` names them)."""

RUN_ALL = """
import asyncio, json, sys, tempfile
from pathlib import Path

import kie
import kie_api
from kie.emulator import Emulator, EmulatorConfig
from kie.media import sniff_mime

expected = json.loads(sys.argv[1])  # model id -> category, from the pages
shipped = Path(kie_api.__file__).parent
missing = sorted(set(expected) - set(kie.MODELS))
assert not missing, missing


async def run_one(client, info, folder):
    body = info.example
    task = await client.create_task(info.id, body["input"])
    done = await client.get_task(task.task_id)
    while not done.is_done:  # polled every 50 ms: the emulator's clock, not wait()'s back-off, sets the pace
        await asyncio.sleep(0.05)
        done = await client.get_task(task.task_id)
    path = await client.download(done, folder / task.task_id)
    return [done.state.value, info.category, sniff_mime(path.read_bytes()[:32])]


async def main():
    config = EmulatorConfig(credits=1e9).with_task_seconds(0.1)
    with Emulator(config) as emulator, tempfile.TemporaryDirectory() as tmp:
        async with kie.AsyncClient(api_key="k", base_url=emulator.url, rate_limit=None) as client:
            infos = [kie.MODELS[model] for model in expected]
            found = await asyncio.gather(*(run_one(client, info, Path(tmp)) for info in infos))
    print(json.dumps({"bundle": str(shipped), "results": dict(zip(expected, found))}))


asyncio.run(main())
"""


def create_task_pages() -> list[Path]:
    """Every model page of the market: those with a createTask operation (109 of 111)."""
    return [p for p in model_files(MARKET) if f"  {CREATE_TASK_PATH}:" in p.read_text(encoding="utf-8")]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """``scripts/regenerate`` run on all 109 pages: ``(the output root, model id -> category)``."""
    root = tmp_path_factory.mktemp("catalog")
    models = root / "openapi" / "models"
    models.mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "common.yaml", root / "openapi")
    expected: dict[str, str] = {}
    for page in create_task_pages():
        target = models / page.relative_to(MARKET)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
        spec = normalize_page(page.read_text(encoding="utf-8"), page.name)
        expected[spec.model_id] = spec.category
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "regen.py"),
            "--out",
            str(root / "out"),
            "--spec-dir",
            str(root / "openapi"),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return root / "out", expected


def test_every_market_page_drops_in_and_runs_to_its_media_on_the_emulator(catalog: tuple[Path, dict[str, str]]) -> None:
    """109 pages -> 109 models in kie.MODELS; each example creates a task that succeeds with its category's media."""
    out, expected = catalog
    assert len(expected) == 109
    assert sorted(set(expected.values())) == ["audio", "image", "video"]
    env = {**os.environ, "PYTHONPATH": str(out / "generated")}
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", RUN_ALL, json.dumps(expected)],
        env=env,
        capture_output=True,
        text=True,
        cwd=out,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["bundle"].startswith(str(out)), report["bundle"]  # the regenerated client, not the checkout's
    results = report["results"]
    assert set(results) == set(expected)
    wrong = {
        model: found
        for model, found in results.items()
        if found[0] != "success" or found[1] != expected[model] or found[2] not in MEDIA[expected[model]]
    }
    assert wrong == {}


# --- generate by role, for every bundled model ----------------------------------------------------------------------

IMAGE = "https://example.com/frames/cat.png"
SAMPLES: dict[str, Any] = {
    "prompt": "a paper boat on a pond",
    "image": IMAGE,
    "end_image": "https://example.com/frames/last.png",
    "images": [IMAGE],
    "video": "https://example.com/clips/in.mp4",
    "audio": "https://example.com/sound/in.mp3",
}
"""A value for each role a test passes (URLs the emulator never fetches: they are not its own files)."""


SETTINGS = ("duration", "resolution", "aspect_ratio")
"""Roles a model may require without a default (Wan 2.5's duration): given from its example, in the vocabulary."""


def needed(info: kie.ModelInfo) -> set[str]:
    """The fields a caller must give: required, without a documented default."""
    return {name for name, field in info.fields.items() if field.required and not field.has_default}


def settings(info: kie.ModelInfo) -> dict[str, Any]:
    """The settings the model needs, from its example, as ``generate`` takes them (duration in seconds)."""
    example = dict((info.example or {}).get("input") or {})
    found = {role: example[info.roles[role]] for role in SETTINGS if info.roles.get(role) in needed(info)}
    if "duration" in found:
        found["duration"] = int(float(found["duration"]))
    return found


def extras(info: kie.ModelInfo) -> dict[str, Any]:
    """The settings the model needs, and its required fields without a role or default (Kling's ``sound``)."""
    example = dict((info.example or {}).get("input") or {})
    plain = {name: example[name] for name in needed(info) if info.fields[name].role is None}
    return settings(info) | plain


def only(info: kie.ModelInfo, roles: set[str]) -> bool:
    """Whether ``roles`` and the settings cover every field the model needs."""
    return roles <= set(info.roles) and needed(info) <= {info.roles.get(r) for r in (*roles, *SETTINGS)}


def says(info: kie.ModelInfo, words: str) -> bool:
    """Whether the model's id or title says ``words`` (``image to video``)."""
    return words in f"{info.id} {info.description}".lower().replace("-", " ")


def image_to_video(info: kie.ModelInfo) -> bool:
    """An image-to-video model: its id or title says so, or a prompt and an image are all it needs."""
    return "image" in info.roles and (says(info, "image to video") or only(info, {"prompt", "image"}))


def text_to_video(info: kie.ModelInfo) -> bool:
    """A text-to-video model: its id or title says so, or a prompt is all it needs."""
    return "prompt" in info.roles and (says(info, "text to video") or only(info, {"prompt"}))


def media_needed(info: kie.ModelInfo) -> set[str]:
    """The media roles whose fields the model requires."""
    return {str(info.fields[name].role) for name in needed(info)} & {"image", "end_image", "images", "video", "audio"}


def role_arguments(info: kie.ModelInfo) -> dict[str, Any]:
    """``generate`` arguments for every field the model needs: its role's sample, else the example's value."""
    by_field = {name: role for role, name in info.roles.items() if role != "images" or "image" not in info.roles}
    example = dict((info.example or {}).get("input") or {})
    arguments: dict[str, Any] = settings(info)
    for name in needed(info):
        role = by_field.get(name)
        if role in SAMPLES:
            arguments[role] = SAMPLES[role]
        elif role is None:
            arguments[name] = example[name]
    return arguments


def run_generate(jobs: dict[str, dict[str, Any]]) -> dict[str, kie.TaskInfo | BaseException]:
    """Run ``AsyncClient.generate(model, **arguments)`` for each job at once on a fresh emulator."""

    async def main() -> dict[str, kie.TaskInfo | BaseException]:
        config = EmulatorConfig(credits=1e9).with_task_seconds(0.1)
        with Emulator(config) as emulator:
            async with kie.AsyncClient(
                api_key="k", base_url=emulator.url, rate_limit=None, poll_interval=0.05
            ) as client:
                found = await asyncio.gather(
                    *(client.generate(model, timeout=120, **arguments) for model, arguments in jobs.items()),
                    return_exceptions=True,
                )
        return dict(zip(jobs, found, strict=True))

    return asyncio.run(main())


def test_every_bundled_image_to_video_model_runs_from_a_prompt_and_an_image() -> None:
    """``generate(model, prompt=..., image=<url>)`` reaches success; the URL lands in the model's own field.

    A model that requires a setting without a default (Wan 2.5's duration) or a plain field (Kling's
    ``sound``) gets it from its example, as seconds or by vendor name.
    """
    models = [info for info in kie.MODELS.values() if image_to_video(info)]
    named = {info.id for info in kie.MODELS.values() if "image-to-video" in info.id}
    assert named <= {info.id for info in models}
    assert len(models) >= 20
    assert all(media_needed(info) <= {"image", "images"} for info in models)
    results = run_generate({info.id: {"prompt": SAMPLES["prompt"], "image": IMAGE, **extras(info)} for info in models})
    for info in models:
        result = results[info.id]
        assert isinstance(result, kie.TaskInfo), (info.id, result)
        assert result.state is kie.TaskState.SUCCESS
        assert result.input[info.roles["image"]] in (IMAGE, [IMAGE]), (info.id, result.input)


def test_every_bundled_text_to_video_model_runs_from_a_prompt() -> None:
    """``generate(model, prompt=...)`` reaches success (with what the model requires without a default)."""
    models = [info for info in kie.MODELS.values() if text_to_video(info)]
    assert {info.id for info in kie.MODELS.values() if "text-to-video" in info.id} <= {info.id for info in models}
    assert all(not media_needed(info) for info in models)
    results = run_generate({info.id: {"prompt": SAMPLES["prompt"], **extras(info)} for info in models})
    for info in models:
        result = results[info.id]
        assert isinstance(result, kie.TaskInfo), (info.id, result)
        assert result.state is kie.TaskState.SUCCESS
        assert result.input[info.roles["prompt"]] == SAMPLES["prompt"]


def test_every_other_bundled_model_runs_from_its_roles() -> None:
    """The rest (avatars, motion control, video edits, upscales...) run from the roles they need, by role name."""
    models = [info for info in kie.MODELS.values() if not (image_to_video(info) or text_to_video(info))]
    jobs = {info.id: role_arguments(info) for info in models}
    assert any("video" in arguments for arguments in jobs.values())
    assert any("audio" in arguments for arguments in jobs.values())
    results = run_generate(jobs)
    for info in models:
        result = results[info.id]
        assert isinstance(result, kie.TaskInfo), (info.id, result)
        assert result.state is kie.TaskState.SUCCESS
