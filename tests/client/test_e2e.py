"""End to end over real HTTP on loopback: the seed examples through the client and the emulator."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

import kie
from kie.callbacks import CallbackReceiver
from kie.emulator import Emulator, ServerThread
from kie.emulator.video import output_size, probe_mp4
from tests.fakes import call

SEED_REQUESTS = sorted((Path(__file__).parent.parent / "fixtures" / "seed_requests").glob("*.json"))


def _expected(body: dict[str, Any]) -> tuple[int, int]:
    """The duration (s) and height (px) the seed request asks for (Hailuo pro: fixed 6 s 1080p)."""
    info = kie.MODELS[body["model"]]
    data = body["input"]
    duration = int(data.get("duration", info.output.get("duration", 5)))
    resolution = str(data.get("resolution", info.output.get("resolution", "720p")))
    return duration, output_size(resolution)[1]


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, kie_client: kie.Client, kie_async_client: kie.AsyncClient) -> Any:
    """Each end-to-end scenario runs on both clients."""
    return kie_client if request.param == "sync" else kie_async_client


@pytest.mark.parametrize("path", SEED_REQUESTS, ids=lambda p: p.stem)
async def test_seed_example_runs_to_success_and_downloads_a_real_mp4(
    path: Path, client: Any, kie_emulator: Emulator, tmp_path: Path
) -> None:
    """The exact request JSON of each seed example reaches SUCCESS and downloads an MP4 of its duration and size."""
    body = json.loads(path.read_text())
    states: list[str] = []
    task = await call(client.create_task(body["model"], body["input"], callback_url=body.get("callBackUrl")))
    info = await call(client.wait(task.task_id, timeout=60, on_progress=lambda i: states.append(i.state_raw)))
    assert info.state is kie.TaskState.SUCCESS
    assert info.input == body["input"]
    assert states[-1] == "success"
    assert set(states) <= {"waiting", "queuing", "generating", "success"}
    assert info.cost_time is not None
    assert info.complete_time is not None
    out = await call(client.download(info, tmp_path / "out.mp4"))
    probe = probe_mp4(out.read_bytes())
    duration, height = _expected(body)
    assert round(probe.duration) == duration
    assert probe.height == height
    assert probe.codec == "h264"
    assert kie_emulator.state.stats()["created_count"] == 1


async def test_generate_with_uploaded_frames(client: Any, kie_emulator: Emulator, tmp_path: Path) -> None:
    """generate() uploads local first/last frames; the emulator renders the video from them."""
    from PIL import Image

    first, last = tmp_path / "red.png", tmp_path / "blue.png"
    Image.new("RGB", (64, 36), (255, 0, 0)).save(first)
    Image.new("RGB", (64, 36), (0, 0, 255)).save(last)
    info = await call(
        client.generate(
            "hailuo/02-image-to-video-standard",
            prompt="red to blue",
            image=first,
            end_image=last,
            duration=6,
            resolution="512p",
        )
    )
    assert info.input["resolution"] == "512P"
    assert info.input["image_url"].startswith(kie_emulator.url)
    out = await call(client.download(info, tmp_path))
    probe = probe_mp4(out.read_bytes())
    assert (round(probe.duration), probe.height) == (6, 512)


async def test_credits_are_charged_at_creation(client: Any, kie_emulator: Emulator) -> None:
    """get_credits() reflects the emulator's charge for a created task."""
    before = await call(client.get_credits())
    await call(client.create_task("wan/2-5-image-to-video", {"prompt": "p", "image_url": "https://e.com/a.png"}))
    assert await call(client.get_credits()) == before - kie_emulator.config.credits_per_task


async def test_failed_task_raises_with_its_id(client: Any, kie_emulator: Emulator) -> None:
    """A task the emulator fails raises TaskFailedError carrying the task id and failure message."""
    kie_emulator.inject("fail_task")
    with pytest.raises(kie.TaskFailedError) as caught:
        await call(client.generate("wan/2-5-image-to-video", prompt="p", image="https://e.com/a.png"))
    assert caught.value.task_id
    assert caught.value.task_info.fail_msg


async def test_unknown_task_is_not_found(client: Any) -> None:
    """Asking for a task that does not exist raises TaskNotFoundError over real HTTP."""
    with pytest.raises(kie.TaskNotFoundError):
        await call(client.get_task("no-such-task"))


def test_wrong_key_over_http_is_an_authentication_error(kie_emulator: Emulator) -> None:
    """The emulator answers 401 without a Bearer token; the client maps it to AuthenticationError."""
    import httpx

    response = httpx.get(f"{kie_emulator.url}/api/v1/chat/credit")
    assert response.status_code == 401
    assert response.json()["code"] == 401


def test_provider_emulator_starts_one_in_process(tmp_path: Path) -> None:
    """``Client(provider="emulator")`` starts a shared emulator on a free loopback port on first use."""
    with kie.Client(provider="emulator", poll_interval=0.05) as client:
        assert client.base_url.startswith("http://127.0.0.1:")
        info = client.generate("kling-2.6/image-to-video", prompt="p", image="https://e.com/a.png")
        assert info.state is kie.TaskState.SUCCESS
        with kie.Client(provider="emulator") as again:
            assert again.base_url == client.base_url


async def test_expired_result_url_falls_back_to_download_url(
    client: Any, kie_emulator: Emulator, tmp_path: Path
) -> None:
    """When the result URL has expired (HTTP 410), download() fetches a fresh link and still writes the MP4."""
    kie_emulator.config.result_ttl_s = 0.0
    info = await call(
        client.generate("wan/2-5-image-to-video", prompt="p", image="https://e.com/a.png", resolution="720p")
    )
    out = await call(client.download(info, tmp_path / "late.mp4"))
    assert probe_mp4(out.read_bytes()).height == 720
    assert kie_emulator.state.stats()["requests"]["/api/v1/common/download-url"] == 1


@pytest.mark.parametrize("kind", [kie.Client, kie.AsyncClient])
async def test_signed_duplicated_callback_ends_the_wait(kind: type[Any], kie_emulator: Emulator) -> None:
    """With polls 30 s apart, generate() still ends as soon as the signed callback lands; duplicates count once."""
    kie_emulator.config.hmac_key = "hook-key"
    kie_emulator.config.duplicate_callbacks = 3
    handled: list[kie.TaskInfo] = []
    receiver = CallbackReceiver(handled.append, key="hook-key")
    client = kind(api_key="test-key", base_url=kie_emulator.url, poll_interval=30.0)
    started = time.monotonic()
    with ServerThread(receiver.app) as server:
        info = await call(
            client.generate(
                "wan/2-5-image-to-video",
                prompt="p",
                image="https://e.com/a.png",
                resolution="720p",
                callback_url=server.url + "/",
                receiver=receiver,
            )
        )
        assert kie_emulator.state.wait_idle(5)
    await call(client.close())
    assert time.monotonic() - started < 10
    assert info.state is kie.TaskState.SUCCESS
    assert [h.task_id for h in handled] == [info.task_id]
    assert receiver.rejected == 0
    assert kie_emulator.state.stats()["requests"]["/api/v1/jobs/recordInfo"] == 1
    assert len([c for c in kie_emulator.state.stats()["callbacks"] if c.get("status") == 200]) == 3


def test_the_generated_low_level_client_works_against_the_emulator(kie_emulator: Emulator) -> None:
    """``kie_api`` alone (typed request class, createTask, recordInfo) talks to the emulator end to end."""
    from kie_api import AuthenticatedClient
    from kie_api.api.jobs import create_task, get_task_record_info
    from kie_api.models import CreateTaskData, RecordInfo, Wan25ImageToVideoRequest

    body = json.loads((SEED_REQUESTS[0].parent / "wan-2-5-image-to-video.json").read_text())
    with AuthenticatedClient(base_url=kie_emulator.url, token="test-key") as low:
        created = create_task.sync(client=low, body=Wan25ImageToVideoRequest.from_dict(body))
        assert created is not None
        assert isinstance(created.data, CreateTaskData)
        assert kie_emulator.state.wait_idle(10)
        kie_emulator.state.clock = lambda: 10.0**9  # far past every phase
        answer = get_task_record_info.sync(client=low, task_id=created.data.task_id)
    assert answer is not None
    assert isinstance(answer.data, RecordInfo)
    assert answer.data.state == "success"
    assert isinstance(answer.data.param, str)
    assert json.loads(answer.data.param)["model"] == "wan/2-5-image-to-video"
