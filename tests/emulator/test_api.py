"""The emulator over real HTTP on loopback: envelope, validation, task lifecycle, MP4s, credits, uploads."""

from __future__ import annotations

import base64
import io
import json
from typing import Any

import av
import httpx
import pytest
from PIL import Image

from kie import MODELS
from kie.emulator import Emulator, ManualClock, shared_emulator
from kie.emulator.video import probe_mp4
from tests.fakes import MakeEmulator

AUTH = {"Authorization": "Bearer test-key"}
CREATE = "/api/v1/jobs/createTask"
RECORD = "/api/v1/jobs/recordInfo"
WAN = "wan/2-5-image-to-video"
HAILUO = "hailuo/02-image-to-video-standard"


def wan_body(**input_: Any) -> dict[str, Any]:
    """A small, valid Wan createTask body (5 s, 720p)."""
    return {
        "model": WAN,
        "input": {
            "prompt": "a cat",
            "image_url": "https://example.com/cat.png",
            "duration": "5",
            "resolution": "720p",
            **input_,
        },
    }


def create(client: httpx.Client, body: dict[str, Any]) -> str:
    """Create a task and return its id."""
    answer = client.post(CREATE, json=body).json()
    assert answer["code"] == 200, answer
    task_id: str = answer["data"]["taskId"]
    return task_id


def record(client: httpx.Client, task_id: str) -> dict[str, Any]:
    """Return recordInfo's data for a task."""
    answer = client.get(RECORD, params={"taskId": task_id}).json()
    assert answer["code"] == 200, answer
    data: dict[str, Any] = answer["data"]
    return data


def finish(emulator: Emulator, clock: ManualClock, seconds: float = 1.0) -> None:
    """Let renders finish, then move the clock past every phase."""
    assert emulator.state.wait_idle(10)
    clock.advance(seconds)


def png(colour: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), colour).save(buffer, "PNG")
    return buffer.getvalue()


def frames(data: bytes) -> list[Image.Image]:
    """Decode every frame of an MP4 to RGB images."""
    with av.open(io.BytesIO(data), "r") as container:
        # PyAV declares to_image() without types.
        images: list[Image.Image] = [frame.to_image() for frame in container.decode(video=0)]  # type: ignore[no-untyped-call]
    return images


def close_to(pixel: Any, colour: tuple[int, int, int], tolerance: int = 24) -> bool:
    """Whether an RGB pixel is within ``tolerance`` of a colour on every channel."""
    return all(abs(int(a) - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def test_missing_bearer_is_http_401(make_emulator: MakeEmulator) -> None:
    """Without ``Authorization: Bearer <key>`` every API route answers HTTP 401 with body code 401."""
    emulator, client, _ = make_emulator()
    for auth in ("", "Bearer", "Basic abc"):
        client.headers["Authorization"] = auth
        response = client.post(CREATE, json=wan_body())
        assert response.status_code == 401
        assert response.json()["code"] == 401
        assert response.json()["data"] is None
    assert emulator.state.created_count == 0


@pytest.mark.parametrize("model", sorted(MODELS))
def test_every_model_example_creates_a_task(make_emulator: MakeEmulator, model: str) -> None:
    """Each model's vendor example is accepted and answers ``recordId`` equal to ``taskId``."""
    _, client, _ = make_emulator(fps=1)
    example = MODELS[model].example
    assert example is not None
    response = client.post(CREATE, json=dict(example))
    assert response.status_code == 200
    answer = response.json()
    assert answer["code"] == 200
    assert answer["data"]["taskId"] == answer["data"]["recordId"]
    assert record(client, answer["data"]["taskId"])["model"] == model


def test_states_progress_on_the_clock(make_emulator: MakeEmulator) -> None:
    """A task goes waiting -> queuing -> generating -> success as the injected clock moves; times are epoch ms."""
    emulator, client, clock = make_emulator(waiting_s=10, queuing_s=10, generating_s=10)
    task_id = create(client, wan_body())
    first = record(client, task_id)
    assert (first["state"], first["progress"], first["resultJson"]) == ("waiting", 0, "")
    assert first["costTime"] is None
    assert first["completeTime"] is None
    assert first["creditsConsumed"] is None
    clock.advance(10)
    assert record(client, task_id)["state"] == "queuing"
    clock.advance(15)
    middle = record(client, task_id)
    assert (middle["state"], middle["progress"]) == ("generating", 50)
    assert middle["updateTime"] == middle["createTime"] + 20_000
    finish(emulator, clock, 5)
    done = record(client, task_id)
    assert (done["state"], done["progress"], done["failCode"], done["failMsg"]) == ("success", 100, None, None)
    assert done["completeTime"] == done["createTime"] + 30_000 == done["updateTime"]
    assert done["creditsConsumed"] == 10.0
    assert json.loads(done["resultJson"])["resultUrls"] == [f"{emulator.url}/files/results/{task_id}.mp4"]


def test_cost_time_is_in_seconds(make_emulator: MakeEmulator) -> None:
    """``costTime`` counts seconds (as observed on the real API), not the documented milliseconds."""
    emulator, client, clock = make_emulator(waiting_s=1, queuing_s=2, generating_s=120)
    task_id = create(client, wan_body())
    finish(emulator, clock, 200)
    assert record(client, task_id)["costTime"] == 123


def test_result_is_a_real_mp4_of_the_requested_size(make_emulator: MakeEmulator) -> None:
    """The success result URL serves an H.264 MP4 with the requested duration and resolution."""
    emulator, client, clock = make_emulator()
    task_id = create(client, wan_body(duration="5", resolution="720p"))
    finish(emulator, clock)
    url = json.loads(record(client, task_id)["resultJson"])["resultUrls"][0]
    response = httpx.get(url, trust_env=False)
    assert response.status_code == 200
    assert response.headers["content-type"] == "video/mp4"
    assert int(response.headers["content-length"]) == len(response.content)
    probe = probe_mp4(response.content)
    assert (probe.duration, probe.width, probe.height, probe.codec, probe.frames) == (5.0, 1280, 720, "h264", 10)


def test_fixed_output_model_uses_its_spec_duration_and_resolution(make_emulator: MakeEmulator) -> None:
    """Hailuo pro (no duration/resolution inputs) renders the spec's fixed 6 s at 1080p."""
    emulator, client, clock = make_emulator(fps=1)
    task_id = create(
        client,
        {"model": "hailuo/02-image-to-video-pro", "input": {"prompt": "p", "image_url": "https://example.com/a.png"}},
    )
    finish(emulator, clock)
    probe = probe_mp4(emulator.state.results[task_id])
    assert (probe.duration, probe.width, probe.height) == (6.0, 1920, 1080)


def test_validation_error_is_http_200_with_body_422(make_emulator: MakeEmulator) -> None:
    """A spec violation answers HTTP 200, body code 422, a message naming the field, and ``data: null``."""
    emulator, client, _ = make_emulator()
    response = client.post(CREATE, json=wan_body(duration="7"))
    assert response.status_code == 200
    answer = response.json()
    assert answer["code"] == 422
    assert answer["data"] is None
    assert "input.duration" in answer["msg"]
    assert "'7'" in answer["msg"]
    missing = client.post(CREATE, json={"model": WAN, "input": {"prompt": "x"}}).json()
    assert missing["code"] == 422
    assert "input.image_url" in missing["msg"]
    assert emulator.state.created_count == 0


def test_unknown_model_is_not_supported(make_emulator: MakeEmulator) -> None:
    """An unknown model answers HTTP 200 with body 422 "The model is not supported"."""
    _, client, _ = make_emulator()
    response = client.post(CREATE, json={"model": "wan/9-image-to-video", "input": {"prompt": "x"}})
    assert response.status_code == 200
    assert response.json() == {"code": 422, "msg": "The model is not supported", "data": None}


def test_unknown_task_is_record_info_null(make_emulator: MakeEmulator) -> None:
    """RecordInfo for an unknown task id answers HTTP 200 with body 422 "recordInfo is null"."""
    _, client, _ = make_emulator()
    response = client.get(RECORD, params={"taskId": "nope"})
    assert response.status_code == 200
    assert response.json() == {"code": 422, "msg": "recordInfo is null", "data": None}


@pytest.mark.parametrize("double", [True, False])
def test_param_input_is_double_encoded_when_configured(make_emulator: MakeEmulator, double: bool) -> None:
    """``param`` is the create body as a JSON string whose ``input`` is itself a JSON string (observed quirk)."""
    _, client, _ = make_emulator(double_encode_input=double)
    body = wan_body(seed=7, extra_field="kept")
    param = json.loads(record(client, create(client, body))["param"])
    assert param["model"] == WAN
    inner: Any = param["input"]
    if double:
        assert isinstance(inner, str)
        inner = json.loads(inner)
    assert inner == body["input"]


def test_credits_are_charged_at_creation_and_402_when_exhausted(make_emulator: MakeEmulator) -> None:
    """Each created task costs ``credits_per_task`` at once; below that, createTask answers body 402."""
    emulator, client, _ = make_emulator(credits=25.0, credits_per_task=10.0)
    assert client.get("/api/v1/chat/credit").json() == {"code": 200, "msg": "success", "data": 25.0}
    create(client, wan_body())
    create(client, wan_body())
    assert client.get("/api/v1/chat/credit").json()["data"] == 5.0
    response = client.post(CREATE, json=wan_body())
    assert response.status_code == 200
    assert response.json()["code"] == 402
    assert response.json()["data"] is None
    assert response.json()["msg"].startswith("Credits insufficient")
    assert emulator.state.created_count == 2


def test_uploaded_frames_become_the_first_and_last_frame(make_emulator: MakeEmulator) -> None:
    """Stream and base64 uploads are served back and become the MP4's first and last frames."""
    emulator, client, clock = make_emulator()
    red, blue = png((220, 30, 30)), png((30, 30, 220))
    streamed = client.post(
        "/api/file-stream-upload",
        files={"file": ("red.png", red, "image/png")},
        data={"uploadPath": "tests", "fileName": "red.png"},
    ).json()
    encoded = client.post(
        "/api/file-base64-upload",
        json={"base64Data": "data:image/png;base64," + base64.b64encode(blue).decode(), "uploadPath": "tests"},
    ).json()
    assert streamed["success"] is True
    assert streamed["code"] == 200
    assert streamed["data"]["filePath"] == "tests/red.png"
    assert streamed["data"]["mimeType"] == "image/png"
    assert streamed["data"]["fileSize"] == len(red)
    assert httpx.get(streamed["data"]["downloadUrl"], trust_env=False).content == red
    assert httpx.get(encoded["data"]["downloadUrl"], trust_env=False).content == blue
    task_id = create(
        client,
        {
            "model": HAILUO,
            "input": {
                "prompt": "fade",
                "image_url": streamed["data"]["downloadUrl"],
                "end_image_url": encoded["data"]["downloadUrl"],
                "duration": "6",
                "resolution": "512P",
            },
        },
    )
    finish(emulator, clock)
    images = frames(emulator.state.results[task_id])
    assert images[0].size == (910, 512)
    assert close_to(images[0].getpixel((455, 256)), (220, 30, 30))
    assert close_to(images[-1].getpixel((455, 256)), (30, 30, 220))


def test_url_upload_fetches_only_the_emulators_own_files(make_emulator: MakeEmulator) -> None:
    """file-url-upload copies this emulator's /files/ URLs and refuses any other host (no network)."""
    _, client, _ = make_emulator()
    first = client.post(
        "/api/file-base64-upload",
        json={"base64Data": base64.b64encode(b"hello").decode(), "uploadPath": "a", "fileName": "x.txt"},
    ).json()
    copied = client.post(
        "/api/file-url-upload", json={"fileUrl": first["data"]["downloadUrl"], "uploadPath": "b"}
    ).json()
    assert copied["code"] == 200
    assert copied["data"]["filePath"] == "b/x.txt"
    assert httpx.get(copied["data"]["downloadUrl"], trust_env=False).content == b"hello"
    refused = client.post("/api/file-url-upload", json={"fileUrl": "https://example.com/a.png", "uploadPath": "b"})
    assert refused.json()["code"] == 400
    assert refused.json()["data"] is None


def test_expired_result_is_410_and_download_url_gives_a_fresh_link(make_emulator: MakeEmulator) -> None:
    """Past ``result_ttl_s`` the result URL answers 410; download-url returns a working link for 20 minutes."""
    emulator, client, clock = make_emulator(result_ttl_s=60)
    task_id = create(client, wan_body())
    finish(emulator, clock)
    url = json.loads(record(client, task_id)["resultJson"])["resultUrls"][0]
    assert httpx.get(url, trust_env=False).status_code == 200
    clock.advance(61)
    assert httpx.get(url, trust_env=False).status_code == 410
    answer = client.post("/api/v1/common/download-url", json={"url": url}).json()
    assert answer["code"] == 200
    assert isinstance(answer["data"], str)
    fresh = httpx.get(answer["data"], trust_env=False)
    assert fresh.status_code == 200
    assert fresh.content == emulator.state.results[task_id]
    clock.advance(1201)
    assert httpx.get(answer["data"], trust_env=False).status_code == 410
    assert client.post("/api/v1/common/download-url", json={"url": "https://x.test/a"}).json()["code"] == 422


def test_shared_emulator_is_one_lazily_started_instance() -> None:
    """``shared_emulator()`` starts one emulator on first use and returns that same one afterwards."""
    first = shared_emulator()
    assert first is shared_emulator()
    assert first.running
    assert httpx.get(first.url + "/api/v1/chat/credit", headers=AUTH, trust_env=False).json()["code"] == 200
