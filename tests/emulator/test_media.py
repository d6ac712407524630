"""Each model's category gets its own media, end to end: the client downloads the PNG, JPEG, MP3 or WAV it asked for.

Image and audio models are not bundled, so these tests register vendor pages
from ``tests/fixtures/vendor-pages/market/`` (as a user of the wheel would),
run them on the session emulator with ``kie.Client`` and check the downloaded
file by decoding it. The render cache and a 200-task run close the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import kie
from kie.emulator import Emulator, ManualClock
from kie.emulator.audio import probe_audio
from kie.emulator.image import probe_image
from kie.emulator.video import probe_mp4
from tests.fakes import MakeEmulator

PAGES = Path(__file__).parents[1] / "fixtures" / "vendor-pages" / "market"


def register(page: str) -> str:
    """Register a fixture vendor page; its model id."""
    return kie.register_model_spec(PAGES / page).id


def run(client: kie.Client, model: str, input_: dict[str, Any], tmp_path: Path) -> tuple[kie.TaskInfo, Path]:
    """Create a task, wait for it and download its result into ``tmp_path``."""
    task = client.create_task(model, input_)
    info = client.wait(task.task_id, timeout=60)
    assert info.state is kie.TaskState.SUCCESS, info
    return info, client.download(info, tmp_path)


@pytest.mark.usefixtures("restore_models")
@pytest.mark.parametrize(
    ("page", "input_", "suffix", "shape"),
    [
        ("google/nano-banana.md", {"prompt": "a fox", "output_format": "jpeg", "image_size": "16:9"},
         ".jpg", (1368, 768, "JPEG")),
        ("google/nano-banana.md", {"prompt": "a fox"}, ".png", (1024, 1024, "PNG")),
        ("qwen/text-to-image.md", {"prompt": "a fox", "image_size": "landscape_16_9"}, ".png", (1024, 576, "PNG")),
        ("flux2/pro-text-to-image.md", {"prompt": "a fox", "aspect_ratio": "9:16", "resolution": "2K"},
         ".png", (1536, 2728, "PNG")),
    ],
    ids=["jpeg-16:9", "png-default", "named-size", "2K-portrait"],
)  # fmt: skip
def test_an_image_model_gives_the_image_it_asks_for(
    kie_client: kie.Client, tmp_path: Path, page: str, input_: dict[str, Any], suffix: str, shape: tuple[int, int, str]
) -> None:
    """An image page's task ends with one result URL of its format; the download decodes at the asked size."""
    model = register(page)
    info, saved = run(kie_client, model, input_, tmp_path)
    assert len(info.result_urls) == 1
    assert info.result_urls[0].endswith(f"/files/results/{info.task_id}{suffix}")
    assert saved.name == f"{info.task_id}{suffix}"
    probe = probe_image(saved.read_bytes())
    assert (probe.width, probe.height, probe.format) == shape


@pytest.mark.usefixtures("restore_models")
@pytest.mark.parametrize(
    ("page", "input_", "suffix", "seconds", "rate"),
    [
        ("elevenlabs/sound-effect-v2.md", {"text": "rain", "duration_seconds": 3, "output_format": "mp3_44100_128"},
         ".mp3", 3.0, 44100),
        ("elevenlabs/sound-effect-v2.md", {"text": "rain", "duration_seconds": 2, "output_format": "pcm_16000"},
         ".wav", 2.0, 16000),
        ("elevenlabs/text-to-speech-turbo-2-5.md", {"text": "x" * 45, "voice": "Rachel"}, ".mp3", 3.0, 44100),
    ],
    ids=["mp3-3s", "wav-2s", "speech-length-from-text"],
)  # fmt: skip
def test_an_audio_model_gives_audio_of_the_asked_length(
    kie_client: kie.Client, tmp_path: Path, page: str, input_: dict[str, Any], suffix: str, seconds: float, rate: int
) -> None:
    """An audio page's task gives an MP3 or WAV (its output_format) lasting the asked seconds (or the text's)."""
    model = register(page)
    info, saved = run(kie_client, model, input_, tmp_path)
    assert saved.suffix == suffix
    probe = probe_audio(saved.read_bytes())
    assert (probe.duration, probe.sample_rate) == (seconds, rate)
    record = kie_client.get_task(info.task_id)
    assert record.result_urls == info.result_urls


@pytest.mark.usefixtures("restore_models")
def test_a_video_honours_aspect_ratio_and_resolution(kie_client: kie.Client, tmp_path: Path) -> None:
    """9:16 at 720p is a 720x1280 MP4 (the resolution names the short side), as long as asked."""
    model = register("bytedance/v1-pro-text-to-video.md")
    input_ = {"prompt": "a tall tower", "aspect_ratio": "9:16", "resolution": "720p", "duration": "5"}
    _, saved = run(kie_client, model, input_, tmp_path)
    probe = probe_mp4(saved.read_bytes())
    assert (probe.width, probe.height, probe.duration) == (720, 1280, 5.0)


@pytest.mark.usefixtures("restore_models")
def test_emulator_specs_register_pages_it_then_serves() -> None:
    """``Emulator(specs=[page])`` accepts the page's model (an image model the bundle lacks)."""
    with Emulator(specs=[PAGES / "google/imagen4.md"]) as emulator:
        answer = httpx.post(
            f"{emulator.url}/api/v1/jobs/createTask",
            json={"model": "google/imagen4", "input": {"prompt": "a fox"}},
            headers={"Authorization": "Bearer k"},
            trust_env=False,
        ).json()
        assert answer["code"] == 200, answer
        assert emulator.state.tasks[answer["data"]["taskId"]].mime == "image/png"


def test_identical_requests_render_once(kie_client: kie.Client, kie_emulator: Emulator, request: Any) -> None:
    """Two tasks asking for the same video share one render: the second is a cache hit, counted in the stats.

    With ``draw_prompt`` the (here new) prompt is part of the picture, so a third task
    with another prompt renders again.
    """
    kie_emulator.config.draw_prompt = True
    input_ = {"prompt": f"render me once {request.node.name}", "image_url": "https://example.com/cat.png"}
    tasks = [kie_client.create_task("wan/2-5-image-to-video", input_) for _ in range(2)]
    tasks.append(kie_client.create_task("wan/2-5-image-to-video", {**input_, "prompt": f"other {request.node.name}"}))
    for task in tasks:
        assert kie_client.wait(task.task_id, timeout=60).state is kie.TaskState.SUCCESS
    stats = httpx.get(f"{kie_emulator.url}/_emulator/stats", trust_env=False).json()["data"]
    assert (stats["renders"], stats["render_cache_hits"]) == (2, 1)
    results = kie_emulator.state.results
    assert results[tasks[0].task_id] == results[tasks[1].task_id] != results[tasks[2].task_id]


def test_prompts_share_a_render_by_default(kie_client: kie.Client, kie_emulator: Emulator) -> None:
    """Without ``draw_prompt`` the prompt is not drawn: tasks of the same shape share one file whatever they ask."""
    made = [
        kie_client.create_task("wan/2-5-image-to-video", {"prompt": prompt, "image_url": "https://example.com/c.png"})
        for prompt in ("a cat", "a dog")
    ]
    for task in made:
        assert kie_client.wait(task.task_id, timeout=60).state is kie.TaskState.SUCCESS
    stats = kie_emulator.state.stats()
    assert stats["render_cache_hits"] >= 1
    assert stats["renders"] + stats["render_cache_hits"] == 2
    assert kie_emulator.state.results[made[0].task_id] == kie_emulator.state.results[made[1].task_id]


def test_two_hundred_tasks_reach_success(make_emulator: MakeEmulator) -> None:
    """200 tasks over HTTP, over four bundled models' examples, all end in success; each distinct one rendered once."""
    emulator, client, clock = make_emulator(credits=1e6)
    models = list(kie.MODELS)[:4]
    for index in range(200):
        model = models[index % len(models)]
        example = kie.MODELS[model].example or {"input": {}}
        answer = client.post("/api/v1/jobs/createTask", json={"model": model, "input": example["input"]}).json()
        assert answer["code"] == 200, answer
    assert emulator.state.wait_idle(60)
    clock.advance(3600)
    stats = client.get("/_emulator/stats").json()["data"]
    assert stats["tasks_by_state"] == {"success": 200}
    assert stats["renders"] + stats["render_cache_hits"] == 200
    assert stats["renders"] <= len(models)
    assert stats["results"] == 200
    some = next(iter(emulator.state.tasks.values()))
    url = json.loads(
        client.get("/api/v1/jobs/recordInfo", params={"taskId": some.task_id}).json()["data"]["resultJson"]
    )
    assert probe_mp4(client.get(url["resultUrls"][0]).content).frames > 0


def test_manual_clock_tasks_stay_generating_until_their_time(make_emulator: MakeEmulator) -> None:
    """A cached render does not end a task early: it succeeds only once its phases have passed."""
    emulator, client, clock = make_emulator()
    assert isinstance(clock, ManualClock)
    body = {"model": "wan/2-5-image-to-video", "input": {"prompt": "p", "image_url": "https://example.com/c.png"}}
    ids = [client.post("/api/v1/jobs/createTask", json=body).json()["data"]["taskId"] for _ in range(2)]
    assert emulator.state.wait_idle(30)
    states = {client.get("/api/v1/jobs/recordInfo", params={"taskId": i}).json()["data"]["state"] for i in ids}
    assert states == {"waiting"}
    clock.advance(60)
    states = {client.get("/api/v1/jobs/recordInfo", params={"taskId": i}).json()["data"]["state"] for i in ids}
    assert states == {"success"}
