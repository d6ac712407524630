"""Client behaviour over ``httpx.MockTransport``: every scenario runs on ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import kie
from tests.fakes import FakeAPI, Sleeps, call, envelope, mp4, record

Make = Callable[..., kie.Client | kie.AsyncClient]
"""The ``make_client`` fixture: a ``Client`` or an ``AsyncClient`` on the fake API (typed, so mypy checks calls)."""
WAN = "wan/2-5-image-to-video"
WAN_INPUT = {"prompt": "a cat", "image_url": "https://img.example/cat.png", "duration": "5", "resolution": "720p"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


async def test_create_task_sends_the_vendor_body_with_auth_and_user_agent(make_client: Make, api: FakeAPI) -> None:
    """CreateTask POSTs the vendor's field names, a Bearer key, a User-Agent and an explicit timeout."""
    api.push(envelope({"taskId": "t1", "recordId": "t1"}))
    client = make_client()
    task = await call(client.create_task(WAN, WAN_INPUT, callback_url="https://me.example/cb"))
    assert task == kie.Task(task_id="t1", model=WAN)
    request = api.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/v1/jobs/createTask")
    assert json.loads(request.content) == {"model": WAN, "input": WAN_INPUT, "callBackUrl": "https://me.example/cb"}
    assert request.headers["authorization"] == "Bearer test-key"
    assert request.headers["user-agent"].startswith(f"kie-python/{kie.__version__}")
    assert request.extensions["timeout"]["read"] == 30.0


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_create_task_headers_follow_the_http_client_as_httpx_merges_them(
    kind: str, api: FakeAPI, sleeps: Sleeps
) -> None:
    """CreateTask sends the HTTP client's headers then the key, in httpx's order, and headers or cookies set later."""
    transport = httpx.MockTransport(api)
    http = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    http.headers["X-Team"] = "a"
    options: dict[str, Any] = {"api_key": "test-key", "base_url": "https://api.example", "clock": sleeps.clock}
    client = (
        kie.Client(http_client=http, sleep=sleeps.sync, **options)  # type: ignore[arg-type]
        if kind == "sync"
        else kie.AsyncClient(http_client=http, sleep=sleeps.asynchronous, **options)  # type: ignore[arg-type]
    )
    api.push(envelope({"taskId": "t1"}), envelope({"taskId": "t2"}))
    await call(client.create_task(WAN, WAN_INPUT))
    http.headers["X-Trace"] = "b"
    http.cookies.set("session", "c", domain="api.example")
    await call(client.create_task(WAN, WAN_INPUT))
    first, second = api.requests
    ours = {"Authorization": "Bearer test-key", "User-Agent": first.headers["user-agent"], "Accept": "application/json"}
    body = {"model": WAN, "input": WAN_INPUT}
    for request in (second, first):  # what build_request makes of the client as it was then
        expected = http.build_request("POST", "https://api.example/api/v1/jobs/createTask", json=body, headers=ours)
        assert request.headers.raw == expected.headers.raw
        http.headers.pop("X-Trace", None)
        http.cookies.clear()
    assert "x-trace" not in first.headers
    assert (second.headers["x-trace"], second.headers["cookie"]) == ("b", "session=c")


async def test_invalid_input_is_rejected_before_sending(make_client: Make, api: FakeAPI) -> None:
    """A value out of the spec raises InputValidationError and no request leaves the machine."""
    client = make_client()
    with pytest.raises(kie.InputValidationError, match=r"input.resolution = '4k' is not one of '720p', '1080p'"):
        await call(client.create_task(WAN, {**WAN_INPUT, "resolution": "4k"}))
    assert api.requests == []


async def test_typed_input_class_is_accepted(make_client: Make, api: FakeAPI) -> None:
    """The generated typed input class of a model can be passed as ``input``."""
    api.push(envelope({"taskId": "t2"}))
    typed = kie.MODELS[WAN].input_class.from_dict(WAN_INPUT)
    await call(make_client().create_task(WAN, typed))
    assert json.loads(api.requests[0].content)["input"] == WAN_INPUT


async def test_extra_input_sends_unknown_fields_on_purpose(make_client: Make, api: FakeAPI) -> None:
    """A field the spec lacks is refused in ``input`` but sent when passed in ``extra_input``."""
    client = make_client()
    with pytest.raises(kie.InputValidationError, match="has no input field 'fps'"):
        await call(client.create_task(WAN, {**WAN_INPUT, "fps": 30}))
    api.push(envelope({"taskId": "t3"}))
    await call(client.create_task(WAN, WAN_INPUT, extra_input={"fps": 30}))
    assert json.loads(api.requests[0].content)["input"]["fps"] == 30


async def test_get_task_decodes_the_record(make_client: Make, api: FakeAPI) -> None:
    """get_task GETs recordInfo?taskId= and returns a decoded TaskInfo."""
    api.push(envelope(record("t1", "success")))
    info = await call(make_client().get_task("t1"))
    assert api.requests[0].url.params["taskId"] == "t1"
    assert info.state is kie.TaskState.SUCCESS
    assert info.result_urls == ["https://files.example/r.mp4"]


ERRORS = [
    (400, kie.InvalidRequestError),
    (401, kie.AuthenticationError),
    (402, kie.InsufficientCreditsError),
    (404, kie.NotFoundError),
    (408, kie.UpstreamTimeoutError),
    (422, kie.InvalidRequestError),
    (429, kie.RateLimitError),
    (433, kie.RateLimitError),
    (455, kie.ServiceUnavailableError),
    (500, kie.InternalServerError),
    (501, kie.GenerationFailedError),
    (505, kie.FeatureDisabledError),
]


@pytest.mark.parametrize(("code", "klass"), ERRORS)
@pytest.mark.parametrize("http_status", [200, "same"])
async def test_each_error_code_maps_to_its_class(
    make_client: Make, api: FakeAPI, code: int, klass: type[kie.APIError], http_status: int | str
) -> None:
    """A body error code raises its APIError subclass, whether the HTTP status is 200 or the code itself."""
    status = code if http_status == "same" else 200
    api.default = lambda request: envelope(None, code=code, msg=f"error {code}", status=status)
    with pytest.raises(klass) as caught:
        await call(make_client(max_retries=0).get_credits())
    assert (caught.value.code, caught.value.msg, caught.value.http_status) == (code, f"error {code}", status)


async def test_real_402_body_raises_insufficient_credits(make_client: Make, api: FakeAPI) -> None:
    """The observed 402 body (HTTP 200) raises InsufficientCreditsError carrying the API's message."""
    msg = "Credits insufficient : Your current balance isn't enough to run this request. Please top up to continue."
    api.push(envelope(None, code=402, msg=msg))
    with pytest.raises(kie.InsufficientCreditsError, match="Credits insufficient"):
        await call(make_client().create_task(WAN, WAN_INPUT))
    assert len(api.requests) == 1


async def test_unknown_task_raises_task_not_found(make_client: Make, api: FakeAPI) -> None:
    """RecordInfo's 422 "recordInfo is null" raises TaskNotFoundError (also a NotFoundError) with the id."""
    api.push(envelope(None, code=422, msg="recordInfo is null"))
    with pytest.raises(kie.NotFoundError) as caught:
        await call(make_client().get_task("nope"))
    assert isinstance(caught.value, kie.TaskNotFoundError)
    assert caught.value.task_id == "nope"


async def test_cloudflare_block_is_explained(make_client: Make, api: FakeAPI) -> None:
    """A non-JSON 403 ("error code: 1010") raises PermissionDeniedError that says the client was blocked."""
    api.push(httpx.Response(403, text="error code: 1010"))
    with pytest.raises(kie.PermissionDeniedError, match="Cloudflare"):
        await call(make_client().get_credits())


async def test_idempotent_calls_retry_with_retry_after(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """RecordInfo retries a 429 after its Retry-After, then a 500 and a dropped connection, then succeeds."""
    api.push(
        envelope(None, code=429, msg="slow down", status=429, **{"Retry-After": "3"}),
        envelope(None, code=500, msg="oops"),
        httpx.RemoteProtocolError("dropped"),
        envelope(record("t1")),
    )
    info = await call(make_client(max_retries=3).get_task("t1"))
    assert info.task_id == "t1"
    assert len(api.requests) == 4
    assert sleeps.delays[0] == 3.0
    assert all(0 < d <= 8 for d in sleeps.delays[1:])


async def test_retry_after_http_date_is_capped(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """A Retry-After HTTP date far in the future waits at most 60 s."""
    api.push(envelope(None, code=429, status=429, **{"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}), envelope(12.5))
    assert await call(make_client().get_credits()) == 12.5
    assert sleeps.delays == [60.0]


async def test_retries_run_out_into_a_connection_error(make_client: Make, api: FakeAPI) -> None:
    """After max_retries connection failures get_credits raises APIConnectionError (timeouts: APITimeoutError)."""
    api.default = lambda request: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=request))
    with pytest.raises(kie.APITimeoutError):
        await call(make_client(max_retries=2).get_credits())
    assert len(api.requests) == 3


async def test_per_call_max_retries(make_client: Make, api: FakeAPI) -> None:
    """``max_retries`` on a call overrides the client's."""
    api.default = lambda request: envelope(None, code=455, msg="maintenance")
    with pytest.raises(kie.ServiceUnavailableError):
        await call(make_client(max_retries=5).get_task("t1", max_retries=1))
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    "answer",
    [
        envelope(None, code=429, status=429),
        envelope(None, code=433, msg="sub-key limit"),
        envelope(None, code=455, msg="maintenance"),
        httpx.ConnectError("connection refused"),
    ],
)
async def test_create_task_retries_only_when_nothing_was_created(make_client: Make, api: FakeAPI, answer: Any) -> None:
    """CreateTask is retried after 429, 433, 455 or a refused connection: the API provably created nothing."""
    api.push(answer, envelope({"taskId": "t1"}))
    task = await call(make_client().create_task(WAN, WAN_INPUT))
    assert task.task_id == "t1"
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    "answer",
    [
        httpx.ReadTimeout("no answer"),
        httpx.RemoteProtocolError("dropped"),
        envelope(None, code=500, msg="server error", status=500),
        envelope(None, code=500, msg="server error"),
        httpx.Response(502, text="bad gateway"),
        httpx.Response(200, text="<html>oops</html>"),
    ],
)
async def test_ambiguous_create_task_is_never_resent(make_client: Make, api: FakeAPI, answer: Any) -> None:
    """After a failure that may have created a task, SubmitUncertainError is raised and nothing is resent."""
    api.push(answer, envelope({"taskId": "should-not-happen"}))
    with pytest.raises(kie.SubmitUncertainError) as caught:
        await call(make_client(max_retries=5).create_task(WAN, WAN_INPUT))
    assert len(api.requests) == 1
    assert caught.value.model == WAN
    assert caught.value.body["input"] == WAN_INPUT


@pytest.mark.parametrize(("code", "klass"), [(505, kie.FeatureDisabledError), (501, kie.GenerationFailedError)])
async def test_definite_refusals_of_create_task_are_not_uncertain(
    make_client: Make, api: FakeAPI, code: int, klass: type[kie.APIError]
) -> None:
    """A createTask answered 505 (feature disabled) or 501 is a definite refusal, not an uncertain submit."""
    api.push(envelope(None, code=code, msg="no", status=code))
    with pytest.raises(klass):
        await call(make_client().create_task(WAN, WAN_INPUT))
    assert len(api.requests) == 1


async def test_create_task_is_paced_to_the_account_limit(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """The 21st createTask within 10 s waits for a free slot (20 per 10 s by default)."""
    api.default = lambda request: envelope({"taskId": "t"})
    client = make_client()
    for _ in range(21):
        await call(client.create_task(WAN, WAN_INPUT))
    assert sleeps.delays == [10.0]


async def test_pacing_is_configurable(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """``rate_limit=(2, 1.0)`` lets two calls through per second."""
    api.default = lambda request: envelope({"taskId": "t"})
    client = make_client(rate_limit=(2, 1.0))
    for _ in range(5):
        await call(client.create_task(WAN, WAN_INPUT))
    assert sleeps.delays == [1.0, 1.0]


async def test_pacing_can_be_turned_off(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """``rate_limit=None`` sends createTask calls back to back, never sleeping."""
    api.default = lambda request: envelope({"taskId": "t"})
    client = make_client(rate_limit=None)
    for _ in range(25):
        await call(client.create_task(WAN, WAN_INPUT))
    assert sleeps.delays == []


async def test_wait_polls_until_success_with_progress(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """wait() polls with backing-off intervals, reports each new state once, and returns the success."""
    api.push(
        *(envelope(record("t1", s)) for s in ["waiting", "waiting", "queuing", "generating", "generating", "success"])
    )
    seen: list[str] = []
    info = await call(make_client().wait("t1", on_progress=lambda i: seen.append(i.state_raw)))
    assert info.state is kie.TaskState.SUCCESS
    assert seen == ["waiting", "queuing", "generating", "success"]
    assert sleeps.delays[0] == 2.0
    assert sleeps.delays == sorted(sleeps.delays)
    assert sleeps.delays[-1] > sleeps.delays[0]


async def test_wait_raises_task_failed(make_client: Make, api: FakeAPI) -> None:
    """A task ending in ``fail`` raises TaskFailedError carrying the final TaskInfo."""
    api.push(envelope(record("t1", "fail", failCode="500", failMsg="content rejected")))
    with pytest.raises(kie.TaskFailedError, match="content rejected") as caught:
        await call(make_client().wait("t1"))
    assert caught.value.task_id == "t1"
    assert caught.value.task_info.fail_msg == "content rejected"


async def test_wait_timeout_carries_task_id_and_last_info(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """Past the deadline wait() raises WaitTimeoutError with the task id and the last TaskInfo seen."""
    api.default = lambda request: envelope(record("t1", "generating"))
    with pytest.raises(kie.WaitTimeoutError) as caught:
        await call(make_client().wait("t1", timeout=20.0))
    assert caught.value.task_id == "t1"
    assert caught.value.task_info is not None
    assert caught.value.task_info.state is kie.TaskState.GENERATING
    assert isinstance(caught.value, TimeoutError)
    assert sum(sleeps.delays) == pytest.approx(20.0)


async def test_wait_clamps_the_last_request_timeout(make_client: Make, api: FakeAPI, sleeps: Sleeps) -> None:
    """Near the deadline a poll's timeout shrinks to the time left (never below 1 s)."""
    api.default = lambda request: envelope(record("t1", "waiting"))
    with pytest.raises(kie.WaitTimeoutError):
        await call(make_client(timeout=30.0).wait("t1", timeout=5.0))
    timeouts = [r.extensions["timeout"]["read"] for r in api.requests]
    assert timeouts[0] == 5.0
    assert timeouts[-1] == 1.0


async def test_errors_while_waiting_keep_the_task_id(make_client: Make, api: FakeAPI) -> None:
    """A poll that fails for good raises an error whose ``task_id`` names the task."""
    api.default = lambda request: envelope(None, code=401, msg="bad key", status=401)
    with pytest.raises(kie.AuthenticationError) as caught:
        await call(make_client().wait("t-lost"))
    assert caught.value.task_id == "t-lost"


async def test_generate_maps_the_shared_vocabulary(make_client: Make, api: FakeAPI) -> None:
    """generate() turns duration=10 into "10" and resolution "720P" into Wan's "720p", passes seed through."""
    api.push(envelope({"taskId": "t1"}), envelope(record("t1", "success")))
    info = await call(
        make_client().generate(
            WAN, prompt="p", image="https://img.example/a.png", duration=10, resolution="720P", seed=7
        )
    )
    assert info.task_id == "t1"
    sent = json.loads(api.requests[0].content)["input"]
    assert sent == {
        "prompt": "p",
        "image_url": "https://img.example/a.png",
        "duration": "10",
        "resolution": "720p",
        "seed": 7,
    }


async def test_generate_fills_required_defaults_and_lists(make_client: Make, api: FakeAPI) -> None:
    """For Kling, generate() wraps the image in ``image_urls`` and fills required ``sound``/``duration`` defaults."""
    api.push(envelope({"taskId": "t1"}), envelope(record("t1", "success")))
    await call(make_client().generate("kling-2.6/image-to-video", prompt="p", image="https://img.example/a.png"))
    sent = json.loads(api.requests[0].content)["input"]
    assert sent == {"prompt": "p", "image_urls": ["https://img.example/a.png"], "sound": True, "duration": "5"}


async def test_generate_rejects_an_option_the_model_lacks(make_client: Make, api: FakeAPI) -> None:
    """An option the model does not have is an error listing the options it has."""
    with pytest.raises(kie.InputValidationError, match=r"has no option 'seed'; its options are: .*sound"):
        await call(
            make_client().generate("kling-2.6/image-to-video", prompt="p", image="https://a.example/x.png", seed=1)
        )
    with pytest.raises(kie.InputValidationError, match=r"no duration option \(its output is fixed at 6\)"):
        await call(
            make_client().generate(
                "hailuo/02-image-to-video-pro", prompt="p", image="https://a.example/x.png", duration=10
            )
        )
    assert api.requests == []


async def test_generate_uploads_local_images_first(make_client: Make, api: FakeAPI, tmp_path: Path) -> None:
    """A local path given as ``image`` is uploaded and its downloadUrl sent to the model."""
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    api.push(
        httpx.Response(
            200,
            json={
                "success": True,
                "code": 200,
                "msg": "ok",
                "data": {"downloadUrl": "https://upload.example/f/cat.png"},
            },
        ),
        envelope({"taskId": "t1"}),
        envelope(record("t1", "success")),
    )
    await call(make_client().generate(WAN, prompt="p", image=path))
    upload = api.requests[0]
    assert str(upload.url) == "https://upload.example/api/file-stream-upload"
    assert b'name="uploadPath"' in upload.content
    assert PNG in upload.content
    assert json.loads(api.requests[1].content)["input"]["image_url"] == "https://upload.example/f/cat.png"


async def test_generate_with_a_local_image_and_a_bad_option_sends_nothing(
    make_client: Make, api: FakeAPI, tmp_path: Path
) -> None:
    """A bad option, a bad value or a wrong-type local file fails before the image is uploaded: 0 requests."""
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    client = make_client()
    with pytest.raises(kie.InputValidationError, match=r"has no option 'fps'"):
        await call(client.generate(WAN, prompt="p", image=path, fps=30))
    with pytest.raises(kie.InputValidationError, match=r"resolution = '4k' is not available"):
        await call(client.submit(WAN, prompt="p", image=path, resolution="4k"))
    with pytest.raises(kie.InputValidationError, match=r"input.prompt is 801 characters"):
        await call(client.submit(WAN, prompt="p" * 801, image=path))
    with pytest.raises(kie.InputValidationError, match="accepted types"):
        await call(client.submit(WAN, prompt="p", image=b"GIF89a...."))
    assert api.requests == []


async def test_submit_uploads_then_creates_and_returns_the_task(
    make_client: Make, api: FakeAPI, tmp_path: Path
) -> None:
    """``submit`` uploads the local first and last frames, creates the task and returns it without waiting."""
    first, last = tmp_path / "first.png", tmp_path / "last.png"
    first.write_bytes(PNG)
    last.write_bytes(PNG)
    uploaded = {"code": 200, "msg": "ok", "data": {"downloadUrl": "https://upload.example/f/first.png"}}
    uploaded_last = {"code": 200, "msg": "ok", "data": {"downloadUrl": "https://upload.example/f/last.png"}}
    api.push(httpx.Response(200, json=uploaded), httpx.Response(200, json=uploaded_last), envelope({"taskId": "t9"}))
    task = await call(make_client().submit("hailuo/02-image-to-video-pro", prompt="p", image=first, end_image=last))
    assert task == kie.Task(task_id="t9", model="hailuo/02-image-to-video-pro")
    assert len(api.requests) == 3
    sent = json.loads(api.requests[2].content)["input"]
    assert sent["image_url"] == "https://upload.example/f/first.png"
    assert sent["end_image_url"] == "https://upload.example/f/last.png"


async def test_upload_checks_type_and_size_before_sending(make_client: Make, api: FakeAPI) -> None:
    """Uploading a non-image or a file over 10 MB fails before any request."""
    client = make_client()
    with pytest.raises(kie.InputValidationError, match="accepted types: image/jpeg, image/png, image/webp"):
        await call(client.upload(b"GIF89a...."))
    with pytest.raises(kie.InputValidationError, match="over the limit of 10,485,760 bytes"):
        await call(client.upload(PNG + b"\0" * (10 * 1024 * 1024)))
    assert api.requests == []


async def test_upload_without_an_upload_host_is_a_clear_error(make_client: Make, api: FakeAPI) -> None:
    """The apikley mirror has no known upload host: upload() says how to set one."""
    client = make_client(provider="apikley", base_url=None, upload_base_url=None)
    with pytest.raises(kie.ConfigurationError, match="KIE_UPLOAD_BASE_URL"):
        await call(client.upload(PNG))


async def test_download_writes_atomically(make_client: Make, api: FakeAPI, tmp_path: Path) -> None:
    """download() streams the result to the path without sending the API key to the file host."""
    video = mp4(b"MP4DATA" * 1000)
    api.push(httpx.Response(200, content=video))
    done: list[int] = []
    path = await call(
        make_client().download(
            kie.TaskInfo.from_data(record("t1")), tmp_path, on_progress=lambda n, total: done.append(n)
        )
    )
    assert path == tmp_path / "t1.mp4"
    assert path.read_bytes() == video
    assert "authorization" not in api.requests[0].headers
    assert done[-1] == len(video)
    assert [p.name for p in tmp_path.iterdir()] == ["t1.mp4"]


async def test_download_falls_back_to_download_url_when_expired(
    make_client: Make, api: FakeAPI, tmp_path: Path
) -> None:
    """An expired result URL (410) is swapped for a fresh link from download-url."""
    api.push(httpx.Response(410), envelope("https://files.example/fresh.mp4"), httpx.Response(200, content=mp4()))
    path = await call(make_client().download("https://files.example/r.mp4", tmp_path / "out.mp4"))
    assert path.read_bytes() == mp4()
    assert api.paths() == ["/r.mp4", "/api/v1/common/download-url", "/fresh.mp4"]
    assert json.loads(api.requests[1].content) == {"url": "https://files.example/r.mp4"}


async def test_short_download_leaves_no_file(make_client: Make, api: FakeAPI, tmp_path: Path) -> None:
    """A body shorter than its Content-Length fails and leaves neither the target nor a temp file."""
    api.default = lambda request: httpx.Response(200, content=b"abc", headers={"content-length": "10"})
    with pytest.raises(kie.APIConnectionError, match="got 3 of 10 bytes"):
        await call(make_client().download("https://files.example/r.mp4", tmp_path / "out.mp4"))
    assert list(tmp_path.iterdir()) == []


def test_api_key_is_never_sent_over_plain_http_to_a_remote_host() -> None:
    """A non-loopback http:// base URL is refused; loopback http is allowed."""
    with pytest.raises(kie.ConfigurationError, match="plain http"):
        kie.Client(api_key="k", base_url="http://api.example")
    kie.Client(api_key="k", base_url="http://127.0.0.1:9").close()


def test_missing_api_key_names_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a key the error names the provider's env var."""
    monkeypatch.delenv("APIKLEY_API_KEY", raising=False)
    with pytest.raises(kie.ConfigurationError, match="APIKLEY_API_KEY"):
        kie.Client(provider="apikley")


def test_settings_come_from_env_when_arguments_are_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """KIE_PROVIDER, the provider's key variable and KIE_BASE_URL are read when the client is built."""
    monkeypatch.setenv("KIE_PROVIDER", "apikley")
    monkeypatch.setenv("APIKLEY_API_KEY", "env-key")
    with kie.Client() as client:
        assert client.base_url == "https://api.apikley.ru"
    monkeypatch.setenv("KIE_BASE_URL", "https://other.example/")
    with kie.Client() as client:
        assert client.base_url == "https://other.example"
    with kie.Client(base_url="https://arg.example") as client:
        assert client.base_url == "https://arg.example"


def test_api_key_stays_out_of_repr_and_errors(api: FakeAPI) -> None:
    """The key appears in no repr and no exception text."""
    secret = "sk-very-secret-123456789"
    api.default = lambda request: envelope(None, code=401, msg="unauthorized", status=401)
    client = kie.Client(
        api_key=secret, base_url="https://api.example", http_client=httpx.Client(transport=httpx.MockTransport(api))
    )
    assert secret not in repr(client)
    with pytest.raises(kie.AuthenticationError) as caught:
        client.get_credits()
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


async def test_generate_many_keeps_every_outcome(make_client: Make, api: FakeAPI) -> None:
    """A batch returns each job's result or error in order; a failed job keeps its task id."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("createTask"):
            prompt = json.loads(request.content)["input"]["prompt"]
            return envelope({"taskId": f"t-{prompt}"})
        task_id = request.url.params["taskId"]
        return envelope(record(task_id, "fail" if task_id == "t-bad" else "success", failMsg="nope"))

    api.default = answer
    jobs = [{"model": WAN, "prompt": p, "image": "https://img.example/a.png"} for p in ("a", "bad", "c")]
    jobs.append({"model": WAN, "prompt": "d", "image": "https://img.example/a.png", "colour": "red"})
    results = await call(make_client().generate_many(jobs, concurrency=2))
    assert [r.ok for r in results] == [True, False, True, False]
    assert [r.task_id for r in results] == ["t-a", "t-bad", "t-c", None]
    assert isinstance(results[1].error, kie.TaskFailedError)
    assert isinstance(results[3].error, kie.InputValidationError)
    assert sum(p.endswith("createTask") for p in api.paths()) == 3


def test_emulator_provider_with_an_explicit_url_needs_no_key() -> None:
    """``provider="emulator"`` with a base URL (``kie emulator`` elsewhere) uses any key and the same upload host."""
    with kie.Client(provider="emulator", base_url="http://127.0.0.1:8000") as client:
        assert client.upload_base_url == "http://127.0.0.1:8000"


async def test_downloaded_files_get_a_normal_mode(make_client: Make, api: FakeAPI, tmp_path: Path) -> None:
    """A download is readable like any file the user writes (umask applied), not left at a temp file's 0600."""
    api.push(httpx.Response(200, content=mp4()))
    path = await call(make_client().download("https://files.example/r.mp4", tmp_path / "out.mp4"))
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


async def test_errors_keep_no_api_key_and_pickle_whole(make_client: Make, api: FakeAPI) -> None:
    """Connection, timeout and 401 errors keep a redacted request: the key is not in them nor in their pickle."""
    secret = "sk-do-not-leak-0123456789"
    client = make_client(api_key=secret, max_retries=0)
    api.push(
        httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), envelope(None, code=401, msg="bad key", status=401)
    )
    errors: list[kie.KieError] = []
    for _ in range(3):
        with pytest.raises(kie.KieError) as caught:
            await call(client.get_credits())
        errors.append(caught.value)
    assert [type(e) for e in errors] == [kie.APIConnectionError, kie.APITimeoutError, kie.AuthenticationError]
    for error in errors:
        request = error.request if isinstance(error, kie.APIConnectionError) else error.response.request  # type: ignore[attr-defined]
        assert request is not None
        assert "authorization" not in request.headers
        assert str(request.url) == "https://api.example/api/v1/chat/credit"
        dumped = pickle.dumps(error)
        assert secret.encode() not in dumped
        again = pickle.loads(dumped)  # noqa: S301 - our own bytes
        assert type(again) is type(error)
        assert str(again) == str(error)
    assert pickle.loads(pickle.dumps(errors[2])).code == 401  # noqa: S301 - our own bytes


def test_a_loopback_base_url_keeps_uploads_off_the_production_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """``base_url=http://127.0.0.1:...`` with no upload host sends uploads to that host, never to kie.ai's."""
    monkeypatch.delenv("KIE_UPLOAD_BASE_URL", raising=False)
    local = kie.Client(api_key="k", base_url="http://127.0.0.1:8000")
    assert local.upload_base_url == "http://127.0.0.1:8000"
    monkeypatch.setenv("KIE_BASE_URL", "http://localhost:9000")
    assert kie.Client(api_key="k").upload_base_url == "http://localhost:9000"
    remote = kie.Client(api_key="k", base_url="https://proxy.example")
    assert remote.upload_base_url == "https://kieai.redpandaai.co"
    chosen = kie.Client(api_key="k", base_url="http://127.0.0.1:8000", upload_base_url="http://127.0.0.1:8001")
    assert chosen.upload_base_url == "http://127.0.0.1:8001"
