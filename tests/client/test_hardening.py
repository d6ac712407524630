"""No task id is lost and no error escapes ``KieError``: hostile input, odd answers, user code that raises.

Issue "Hardening", items 1 and 2; every scenario runs on both clients.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import kie
from tests.fakes import FakeAPI, call, envelope, record

Make = Callable[..., kie.Client | kie.AsyncClient]
WAN = "wan/2-5-image-to-video"
WAN_INPUT = {"prompt": "a cat", "image_url": "https://img.example/cat.png", "duration": "5", "resolution": "720p"}


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"seed": float("nan")}, "input.seed = nan is not a finite number"),
        ({"seed": float("inf")}, "input.seed = inf is not a finite number"),
        ({"prompt": "a \ud800 cat"}, "input.prompt holds a lone surrogate"),
    ],
)
async def test_what_json_cannot_carry_is_refused_before_sending(
    make_client: Make, api: FakeAPI, extra: dict[str, Any], words: str
) -> None:
    """NaN, infinities and lone surrogates are ``InputValidationError``s, by create_task and generate alike."""
    client = make_client()
    with pytest.raises(kie.InputValidationError, match=words):
        await call(client.create_task(WAN, {**WAN_INPUT, **extra}))
    options = {k: v for k, v in extra.items() if k != "prompt"}
    with pytest.raises(kie.InputValidationError, match=words):
        await call(client.generate(WAN, prompt=extra.get("prompt", "p"), image="https://img.example/c.png", **options))
    assert api.requests == []


@pytest.mark.parametrize("timeout", ["60", float("nan"), -1, True])
async def test_a_timeout_that_is_not_seconds_is_refused_before_sending(
    make_client: Make, api: FakeAPI, timeout: Any
) -> None:
    """``timeout="60"`` and friends fail at once, naming the argument: nothing is created, nothing polled."""
    client = make_client()
    with pytest.raises(kie.InputValidationError, match=r"timeout = .* must be a positive number of seconds"):
        await call(client.generate(WAN, prompt="p", image="https://img.example/c.png", timeout=timeout))
    with pytest.raises(kie.InputValidationError, match="timeout"):
        await call(client.wait("t1", timeout=timeout))
    assert api.requests == []


async def test_an_on_progress_that_raises_becomes_a_kie_error_with_the_task_id(make_client: Make, api: FakeAPI) -> None:
    """A user ``on_progress`` bug reaches the caller as ``ProgressCallbackError`` carrying the task id."""
    api.push(envelope({"taskId": "t7"}), envelope(record("t7", "generating")))

    def on_progress(info: kie.TaskInfo) -> None:
        raise ZeroDivisionError("user bug")

    with pytest.raises(kie.ProgressCallbackError) as caught:
        await call(make_client().generate(WAN, prompt="p", image="https://img.example/c.png", on_progress=on_progress))
    assert caught.value.task_id == "t7"
    assert isinstance(caught.value.__cause__, ZeroDivisionError)
    assert "wait('t7')" in str(caught.value)


async def test_a_record_without_task_id_or_with_absurd_numbers_still_decodes(make_client: Make, api: FakeAPI) -> None:
    """RecordInfo without ``taskId``, with out-of-range times and cost: the asked-for id, and ``None`` for the rest."""
    data = record("t1", "success", createTime=1e30, completeTime=-1e300, costTime=1e300, updateTime=-5)
    del data["taskId"]
    api.push(envelope(data))
    info = await call(make_client().get_task("t1"))
    assert info.task_id == "t1"
    assert (info.create_time, info.complete_time, info.cost_time, info.update_time) == (None, None, None, None)
    assert info.state is kie.TaskState.SUCCESS


def _gzip_garbage() -> httpx.Response:
    return httpx.Response(200, headers={"content-encoding": "gzip"}, content=b"this is not gzip")


def _nested() -> httpx.Response:
    return httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000, headers={"content-type": "application/json"})


@pytest.mark.parametrize("answer", [_gzip_garbage, _nested], ids=["undecodable", "deeply-nested"])
async def test_unreadable_answers_are_kie_errors(make_client: Make, api: FakeAPI, answer: Callable[[], Any]) -> None:
    """An undecodable or too deeply nested body: ``APIConnectionError`` polling, ``SubmitUncertainError`` creating."""
    api.push(*(lambda request: answer() for _ in range(3)))  # built per request: httpx decodes while sending
    with pytest.raises(kie.APIConnectionError) as polled:
        await call(make_client(max_retries=2).get_task("t1"))
    assert polled.value.task_id == "t1"
    assert len(api.requests) == 3  # retried: recordInfo is idempotent
    api.push(lambda request: answer())
    with pytest.raises(kie.SubmitUncertainError) as created:
        await call(make_client().create_task(WAN, WAN_INPUT))
    assert created.value.model == WAN
    assert len(api.requests) == 4  # createTask is never resent


async def test_a_redirected_create_task_is_uncertain_and_not_followed(make_client: Make, api: FakeAPI) -> None:
    """A 302 to createTask means the POST reached a server: ``SubmitUncertainError``; the redirect is not followed."""
    api.push(httpx.Response(302, headers={"location": "https://elsewhere.example/createTask"}))
    with pytest.raises(kie.SubmitUncertainError, match="redirected"):
        await call(make_client().create_task(WAN, WAN_INPUT))
    assert [str(r.url) for r in api.requests] == ["https://api.example/api/v1/jobs/createTask"]


async def test_a_redirect_loop_on_a_poll_is_a_connection_error(make_client: Make, api: FakeAPI) -> None:
    """GETs follow redirects, but a loop ends as ``APIConnectionError`` with the task id, not ``TooManyRedirects``."""
    api.default = lambda request: httpx.Response(302, headers={"location": str(request.url)})
    with pytest.raises(kie.APIConnectionError) as caught:
        await call(make_client(max_retries=1).get_task("t1"))
    assert caught.value.task_id == "t1"
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)


async def test_generate_many_returns_a_result_per_job_whatever_a_job_raises(make_client: Make, api: FakeAPI) -> None:
    """A job whose code raises a non-kie error still gets its ``JobResult``, with its task id once it exists."""
    api.default = lambda request: (
        envelope({"taskId": "t-ok"}) if request.method == "POST" else envelope(record("t-ok", "success"))
    )

    def broken(info: kie.TaskInfo) -> None:
        raise RuntimeError("boom")

    jobs: list[dict[str, Any]] = [
        {"model": WAN, "prompt": "p", "image": "https://img.example/c.png"},
        {"model": WAN, "prompt": "p", "image": "https://img.example/c.png", "on_progress": broken},
        {"model": WAN, "prompt": "p", "image": "https://img.example/c.png", "timeout": "soon"},
    ]
    results = await call(make_client().generate_many(jobs, concurrency=2))
    assert [r.ok for r in results] == [True, False, False]
    assert isinstance(results[1].error, kie.ProgressCallbackError)
    assert results[1].task_id == "t-ok"
    assert isinstance(results[2].error, kie.InputValidationError)
    assert results[2].task_id is None


def test_ctrl_c_while_waiting_keeps_the_task_id(api: FakeAPI, caplog: pytest.LogCaptureFixture) -> None:
    """Ctrl-C during ``generate`` logs the task id with the resume call and notes it on the exception."""
    api.push(envelope({"taskId": "t-int"}), envelope(record("t-int", "generating")))

    def interrupt(info: kie.TaskInfo) -> None:
        raise KeyboardInterrupt

    client = kie.Client(
        api_key="k", base_url="https://api.example", http_client=httpx.Client(transport=httpx.MockTransport(api))
    )
    with caplog.at_level(logging.WARNING, logger="kie"), pytest.raises(KeyboardInterrupt) as caught:
        client.generate(WAN, prompt="p", image="https://img.example/c.png", on_progress=interrupt)
    assert any("client.wait('t-int')" in note for note in caught.value.__notes__)
    assert "client.wait('t-int')" in caplog.text


async def test_cancelling_an_async_generate_keeps_the_task_id(api: FakeAPI, caplog: pytest.LogCaptureFixture) -> None:
    """``asyncio.wait_for(client.generate(...), t)`` times out with the task id noted on its cause, and logged."""
    api.push(envelope({"taskId": "t-can"}))
    api.default = lambda request: envelope(record("t-can", "generating"))
    client = kie.AsyncClient(
        api_key="k",
        base_url="https://api.example",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
        poll_interval=0.01,
    )
    with caplog.at_level(logging.WARNING, logger="kie"), pytest.raises(TimeoutError) as caught:
        await asyncio.wait_for(client.generate(WAN, prompt="p", image="https://img.example/c.png"), 0.2)
    cause = caught.value.__cause__ or caught.value.__context__
    assert cause is not None
    assert any("client.wait('t-can')" in note for note in getattr(cause, "__notes__", []))
    assert "client.wait('t-can')" in caplog.text


def _generating_api(api: FakeAPI) -> None:
    """CreateTask answers t0, t1, ...; every task stays generating."""
    counter = iter(range(100))
    api.default = lambda request: (
        envelope({"taskId": f"t{next(counter)}"})
        if request.method == "POST"
        else envelope(record(request.url.params["taskId"], "generating"))
    )


def test_ctrl_c_in_generate_many_stops_at_once_and_reports_every_created_task(
    api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """The first Ctrl-C stops submitting and waiting at once and names every task already created."""
    _generating_api(api)
    seen: list[str] = []

    def ctrl_c_once_two_are_waiting(info: kie.TaskInfo) -> None:
        seen.append(info.task_id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    jobs: list[dict[str, Any]] = [
        {"model": WAN, "prompt": "p", "image": "https://img.example/c.png", "on_progress": ctrl_c_once_two_are_waiting}
        for _ in range(6)
    ]
    client = kie.Client(
        api_key="k",
        base_url="https://api.example",
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
        poll_interval=30.0,
    )
    with caplog.at_level(logging.WARNING, logger="kie"), pytest.raises(KeyboardInterrupt) as caught:
        client.generate_many(jobs, concurrency=2)
    for thread in [t for t in threading.enumerate() if t.name.startswith("kie-batch")]:
        thread.join(timeout=10)  # the other worker stops at its next sleep, not after its 30 s poll interval
        assert not thread.is_alive()
    created = sorted(r.url.params.get("taskId", "") for r in api.requests if r.method == "GET")
    posts = [r for r in api.requests if r.method == "POST"]
    assert len(posts) == 2  # jobs 3-6 were never submitted
    assert set(created) == {"t0", "t1"}
    assert any("t0" in note and "t1" in note for note in caught.value.__notes__)
    assert "2 task(s) were created and go on" in caplog.text


async def test_cancelling_an_async_batch_reports_every_created_task(
    api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """``wait_for(client.generate_many(...))`` cancels every job and reports the task ids created so far."""
    _generating_api(api)
    client = kie.AsyncClient(
        api_key="k",
        base_url="https://api.example",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
        poll_interval=0.01,
        rate_limit=None,
    )
    jobs = [{"model": WAN, "prompt": "p", "image": "https://img.example/c.png"} for _ in range(3)]
    with caplog.at_level(logging.WARNING, logger="kie"), pytest.raises(TimeoutError) as caught:
        await asyncio.wait_for(client.generate_many(jobs, concurrency=3), 0.3)
    cause = caught.value.__cause__ or caught.value.__context__
    assert cause is not None
    assert any("3 task(s)" in note for note in getattr(cause, "__notes__", []))
    assert "3 task(s) were created and go on" in caplog.text


async def test_a_connection_error_names_the_host(make_client: Make, api: FakeAPI) -> None:
    """A connection error says where: the scheme and host of the API the client was pointed at."""
    api.push(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(kie.APIConnectionError, match=r"on https://api\.example failed: ConnectError"):
        await call(make_client(max_retries=0).get_credits())


async def test_an_option_typo_gets_a_did_you_mean(make_client: Make, api: FakeAPI) -> None:
    """``sed=42`` is answered with "did you mean 'seed'?", as model typos are."""
    with pytest.raises(kie.InputValidationError, match=r"has no option 'sed' \(did you mean 'seed'\?\)"):
        await call(make_client().generate(WAN, prompt="p", image="https://img.example/c.png", sed=42))
    assert api.requests == []


@pytest.mark.parametrize(
    "answer",
    [
        lambda: envelope(None, code=422, msg="recordInfo is null"),
        lambda: envelope(None, code=404, msg="Not Found", status=404),
    ],
    ids=["422-recordInfo-is-null", "404"],
)
async def test_an_unknown_task_is_no_task_on_the_host(
    make_client: Make, api: FakeAPI, answer: Callable[[], httpx.Response]
) -> None:
    """Both not-found forms are ``TaskNotFoundError`` saying "no task <id> on <host>", with the id attached."""
    api.push(answer())
    with pytest.raises(kie.TaskNotFoundError, match=r"^no task t404 on https://api\.example \(") as caught:
        await call(make_client().get_task("t404"))
    assert caught.value.task_id == "t404"


@pytest.mark.parametrize(
    ("image", "words"),
    [
        ("ftp://files.example/cat.png", "is a URL of scheme ftp:; give an http(s) URL or a local file"),
        (".", "is a folder"),
    ],
    ids=["ftp-url", "folder"],
)
async def test_an_image_that_is_neither_a_file_nor_an_http_url_is_refused(
    make_client: Make, api: FakeAPI, image: str, words: str
) -> None:
    """``image="ftp://..."`` or a folder is an ``InputValidationError`` naming it, not a raw ``OSError``."""
    with pytest.raises(kie.InputValidationError, match=re.escape(words)):
        await call(make_client().generate(WAN, prompt="p", image=image))
    assert api.requests == []


async def test_the_options_a_message_lists_are_options_not_image_fields(make_client: Make, api: FakeAPI) -> None:
    """A "no duration option" message lists the model's options; its image fields are roles, not options."""
    with pytest.raises(kie.InputValidationError) as caught:
        await call(
            make_client().generate(
                "hailuo/02-image-to-video-pro", prompt="p", image="https://a.example/x.png", duration=10
            )
        )
    assert "image_url" not in str(caught.value)
    assert "prompt_optimizer" in str(caught.value)
