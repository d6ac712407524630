"""``kie.register_model_spec`` and env ``KIE_MODEL_SPECS``: vendor pages added to ``kie.MODELS`` at run time."""

from __future__ import annotations

import json
import threading
import warnings
from pathlib import Path

import pytest

import kie
from kie import _registration
from kie._vendor_pages import read_page
from kie.emulator import Emulator
from kie.spec import build_create_body

ROOT = Path(__file__).resolve().parent.parent
MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
KLING3 = MARKET / "kling" / "kling-3-0.md"


pytestmark = pytest.mark.usefixtures("restore_models")  # each test leaves kie.MODELS as it found it


def test_a_markdown_page_registers_a_model_that_validates() -> None:
    """A vendor page as published (kling-3-0.md) becomes a ``kie.MODELS`` entry whose limits validation applies."""
    info = kie.register_model_spec(KLING3)
    assert info is kie.MODELS["kling-3.0/video"]
    assert (info.source, info.fields["mode"].enum) == ("kling-3-0.md", ("std", "pro", "4K"))
    assert info.example is not None
    client = kie.Client(api_key="k", base_url="https://api.example")
    with pytest.raises(kie.InputValidationError, match="8K"):
        client.create_task(info.id, {**info.example["input"], "mode": "8K"})


def test_the_three_forms_and_a_path_string_register_the_same_model() -> None:
    """The page's text, its bare YAML, its JSON and its path as a ``str`` give the same model."""
    text = KLING3.read_text(encoding="utf-8")
    bare = text.split("```yaml\n", 1)[1].split("\n```", 1)[0]
    as_json = json.dumps(read_page(text))
    infos = [kie.register_model_spec(form) for form in (text, bare, as_json, str(KLING3))]
    assert {i.id for i in infos} == {"kling-3.0/video"}
    assert all(i.input_schema == infos[0].input_schema for i in infos)
    assert infos[0].source == "<text>"


def test_a_repair_that_chose_is_a_warning() -> None:
    """qwen2/text-to-image.md's enum names another model: registering it warns, naming the page and the choice."""
    with pytest.warns(UserWarning, match=r"text-to-image.md: the model enum says 'qwen2/image-edit'"):
        info = kie.register_model_spec(MARKET / "qwen2" / "text-to-image.md")
    assert info.id == "qwen2/text-to-image"


def test_a_page_that_cannot_be_used_is_a_configuration_error() -> None:
    """An unreadable file or a page the normalizer cannot repair is one ``ConfigurationError`` naming it."""
    with pytest.raises(kie.ConfigurationError, match="cannot read the model spec"):
        kie.register_model_spec(MARKET / "no-such-page.md")
    with pytest.raises(kie.ConfigurationError, match=r"get-task-detail.md: no POST /api/v1/jobs/createTask"):
        kie.register_model_spec(MARKET / "common" / "get-task-detail.md")


def test_a_newer_page_of_a_bundled_model_replaces_it_and_its_validation() -> None:
    """The vendor's kling/image-to-video.md replaces the seed's kling-2.6 (5-80 s) with its own 5/10 s, at once."""
    body = {"prompt": "p", "image_urls": ["https://a.example/x.png"], "sound": True, "duration": "15"}
    assert build_create_body("kling-2.6/image-to-video", body)["input"]["duration"] == "15"
    kie.register_model_spec(MARKET / "kling" / "image-to-video.md")
    assert kie.MODELS["kling-2.6/image-to-video"].fields["duration"].enum == ("5", "10")
    with pytest.raises(kie.InputValidationError, match="duration"):
        build_create_body("kling-2.6/image-to-video", body)


def test_a_registered_model_has_no_typed_input_class() -> None:
    """``input_class`` says why it is missing (registered at run time) instead of a bare AttributeError.

    A page that replaces a bundled model (kling-3-0.md) has none either: the generated class describes the bundled page.
    """
    assert kie.MODELS["kling-3.0/video"].input_class.__name__ == "Kling30VideoInput"
    info = kie.register_model_spec(KLING3)
    with pytest.raises(AttributeError, match=r"registered at run time from kling-3-0\.md"):
        _ = info.input_class
    with pytest.warns(UserWarning, match="model enum"), pytest.raises(AttributeError, match="has no generated"):
        _ = kie.register_model_spec(MARKET / "qwen2" / "text-to-image.md").input_class


def test_registration_is_thread_safe() -> None:
    """Threads registering pages while others iterate ``kie.MODELS`` see whole registries, and every model lands."""
    pages = sorted((MARKET / "wan").glob("2-6-*.md")) + sorted((MARKET / "sora2").glob("*.md"))
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                assert all(kie.MODELS[model_id].id == model_id for model_id in list(kie.MODELS))
            except BaseException as exc:  # reported by the main thread
                errors.append(exc)

    def register(page: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kie.register_model_spec(page)

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=register, args=(page,)) for page in pages]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    done.set()
    for thread in readers:
        thread.join()
    assert errors == []
    assert {"wan/2-6-text-to-video", "sora-2-text-to-video", "sora-watermark-remover"} <= set(kie.MODELS)


def test_kie_model_specs_is_read_when_a_client_is_built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Env ``KIE_MODEL_SPECS`` names files and folders (``os.pathsep``-separated); a client build registers them."""
    folder = tmp_path / "pages" / "wan"
    folder.mkdir(parents=True)
    (folder / "2-7-image.md").write_text((MARKET / "wan" / "2-7-image.md").read_text())
    nano = MARKET / "google" / "nano-banana.md"
    monkeypatch.setenv("KIE_MODEL_SPECS", f"{tmp_path / 'pages'}:{nano}")
    assert not {"google/nano-banana", "wan/2-7-image"} & set(kie.MODELS)  # image models: not bundled
    kie.Client(api_key="k", base_url="https://api.example")
    assert {"google/nano-banana", "wan/2-7-image"} <= set(kie.MODELS)
    assert kie.MODELS["google/nano-banana"].category == "image"
    assert _registration.register_env_model_specs() == []  # unchanged files are not read again


def test_kie_model_specs_naming_nothing_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A path in ``KIE_MODEL_SPECS`` that does not exist stops the client build with an error naming it."""
    monkeypatch.setenv("KIE_MODEL_SPECS", "/no/such/pages")
    with pytest.raises(kie.ConfigurationError, match="KIE_MODEL_SPECS: no such file or folder: '/no/such/pages'"):
        kie.Client(api_key="k", base_url="https://api.example")


def test_a_registered_model_runs_on_the_emulator(kie_emulator: Emulator) -> None:
    """The emulator takes a registered model: its page's own example creates a task that reaches success."""
    info = kie.register_model_spec(KLING3)
    assert info.example is not None
    with kie.Client(api_key="test-key", base_url=kie_emulator.url, poll_interval=0.01) as client:
        task = client.create_task(info.id, info.example["input"])
        result = client.wait(task.task_id, timeout=60)
    assert result.state is kie.TaskState.SUCCESS
    assert result.result_urls
