"""The site's model pages (written at build time by docs/hooks/models.py) are complete and their examples run.

Each bundled model's page shows a ``client.generate(...)`` call and a ``kie generate`` line built from
the vendor's request example; both run here, as the page prints them, against an emulator on 127.0.0.1
(clients poll every 20 ms; nothing else about them changes).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shlex
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import kie
from kie import cli
from kie.emulator import Emulator, EmulatorConfig
from kie.media import sniff_mime

ROOT = Path(__file__).resolve().parent.parent


def _load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hook_models", ROOT / "docs" / "hooks" / "models.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = _load_hook()
MODEL_IDS = sorted(kie.MODELS)
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
MEDIA = {"video": "video/mp4", "image": ("image/png", "image/jpeg", "image/webp"), "audio": ("audio/mpeg", "audio/wav")}


def _snippets(page: str) -> dict[str, str]:
    """A model page's code blocks by language (one ``python``, one ``sh``, one ``json``)."""
    found = FENCE.findall(page)
    assert sorted(language for language, _ in found) == sorted({language for language, _ in found})
    return dict(found)


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    """A fast emulator for the pages' examples (tasks end about 0.05 s after creation)."""
    config = EmulatorConfig(waiting_s=0.01, queuing_s=0.01, generating_s=0.03, fps=2, credits=1e6)  # 2 tasks a model
    with Emulator(config=config) as emulator:
        yield emulator


@pytest.fixture
def folder(tmp_path: Path, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, with the environment (and fast clients) that bind every client to ``emu``."""
    for name in [name for name in os.environ if name.startswith("KIE_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("KIE_PROVIDER", "emulator")
    monkeypatch.setenv("KIE_BASE_URL", emu.url)
    monkeypatch.setenv("KIE_API_KEY", "docs-key")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the CLI's default journal, never the real one

    def short_sleep(seconds: float) -> None:
        time.sleep(min(seconds, 0.02))

    fast = functools.partial(kie.Client, poll_interval=0.02, sleep=short_sleep)
    monkeypatch.setattr(cli, "Client", fast)
    monkeypatch.setattr(kie, "Client", fast)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def _check_result(path: Path, info: kie.ModelInfo) -> None:
    category = str(getattr(info, "category", "video"))
    assert sniff_mime(path.read_bytes()[:32]) in MEDIA.get(category, ()), (info.id, path)


def test_the_index_lists_every_model_with_a_link_to_its_page() -> None:
    """The models index has one row per model of ``kie.MODELS``, linking to the page the hook writes."""
    index = hook.index_page(kie.MODELS)
    for model_id in MODEL_IDS:
        assert f"[`{model_id}`]({model_id}.md)" in index
    assert index.count("\n| [`") == len(MODEL_IDS)


def test_every_field_of_every_model_is_on_its_page() -> None:
    """A model's page names each of its input fields, with its type, and its limits where it has some."""
    for model_id in MODEL_IDS:
        info = kie.MODELS[model_id]
        page = hook.model_page(info)
        for field in info.fields.values():
            row = next(line for line in page.splitlines() if line.startswith(f"| `{field.name}` |"))
            assert f"| {field.type}" in row
            if field.enum is not None:
                assert "one of" in row, row
            if field.max_length is not None:
                assert f"at most {field.max_length} characters" in row


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_the_page_examples_run(model_id: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's ``generate`` call and its ``kie generate`` line both run to success and save the model's media."""
    info = kie.MODELS[model_id]
    snippets = _snippets(hook.model_page(info))
    namespace: dict[str, Any] = {"__name__": "docs_model_page"}
    exec(compile(snippets["python"], f"models/{model_id}.md", "exec"), namespace)  # noqa: S102 - the page's code
    assert namespace["info"].state is kie.TaskState.SUCCESS
    (saved,) = folder.iterdir()
    _check_result(saved, info)
    saved.unlink()

    words = shlex.split(snippets["sh"])
    assert words[:3] == ["kie", "generate", model_id]
    assert cli.main(words[1:]) == 0
    (saved,) = folder.iterdir()
    _check_result(saved, info)
