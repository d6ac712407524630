"""The emulator's answers stay within what the real API says and does: its code list, its validation, its faults."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from kie.errors import APIError, RateLimitError
from tests.fakes import MakeEmulator

CREATE = "/api/v1/jobs/createTask"
RECORD = "/api/v1/jobs/recordInfo"
CREDIT = "/api/v1/chat/credit"
DOWNLOAD = "/api/v1/common/download-url"
BODY: dict[str, Any] = {
    "model": "wan/2-5-image-to-video",
    "input": {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"},
}
VENDOR_CODES = {200, 401, 402, 404, 422, 429, 455, 500, 501, 505}
"""Seed 004's enum of the body ``code`` (the jobs API)."""


@pytest.mark.parametrize(
    ("method", "path", "content"),
    [
        ("POST", CREATE, None),
        ("POST", CREATE, b""),
        ("POST", CREATE, b"[1, 2]"),
        ("POST", CREATE, b"{not json"),
        ("POST", CREATE, b"\xff\xfe"),
        ("GET", RECORD, None),
        ("POST", DOWNLOAD, None),
        ("POST", DOWNLOAD, b"7"),
        ("GET", CREATE, None),
        ("DELETE", RECORD, None),
        ("GET", "/api/v1/jobs/nothing", None),
    ],
)
def test_jobs_api_answers_only_vendor_codes(
    make_emulator: MakeEmulator, method: str, path: str, content: bytes | None
) -> None:
    """Bad bodies, wrong methods and unknown paths answer a body ``code`` from the vendor's list (no 400, 405)."""
    emulator, client, _ = make_emulator()
    response = client.request(method, path, content=content)
    assert response.json()["code"] in VENDOR_CODES
    assert response.json()["data"] is None
    assert emulator.state.created_count == 0


def test_a_missing_or_non_object_body_is_422_like_other_validation(make_emulator: MakeEmulator) -> None:
    """CreateTask without a JSON object body answers HTTP 200 with body 422, as a field error does."""
    _, client, _ = make_emulator()
    for content in (None, b"", b"[]", b"{"):
        response = client.post(CREATE, content=content)
        assert response.status_code == 200
        assert response.json()["code"] == 422
        assert response.json()["msg"]


def test_record_info_without_task_id_is_422(make_emulator: MakeEmulator) -> None:
    """RecordInfo without ``taskId`` answers body 422 naming the parameter (the docs' 400 is not in their code list)."""
    _, client, _ = make_emulator()
    answer = client.get(RECORD).json()
    assert answer == {"code": 422, "msg": "taskId parameter is required", "data": None}


def test_wrong_method_is_405_with_allow(make_emulator: MakeEmulator) -> None:
    """A method a route does not serve answers HTTP 405 with an ``Allow`` header (RFC 9110) and the envelope."""
    _, client, _ = make_emulator()
    response = client.get(CREATE)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert response.json()["code"] == 404


@pytest.mark.parametrize("callback", [None, "", 7, "not a url"])
def test_empty_or_invalid_callback_url_is_refused_not_charged(make_emulator: MakeEmulator, callback: Any) -> None:
    """``callBackUrl: null``, ``""`` or a non-URL answers body 422; no task is created and nothing is charged."""
    emulator, client, _ = make_emulator()
    response = client.post(CREATE, json={**BODY, "callBackUrl": callback})
    assert response.status_code == 200
    assert response.json()["code"] == 422
    assert "callBackUrl" in response.json()["msg"]
    assert emulator.state.created_count == 0
    assert client.get(CREDIT).json()["data"] == 1000.0


def test_unknown_task_is_422_record_info_is_null_never_404(make_emulator: MakeEmulator) -> None:
    """An unknown task id answers body 422 "recordInfo is null" over HTTP 200 (observed), whatever the id looks like."""
    _, client, _ = make_emulator()
    for task_id in ("nope", "../x", "a" * 500, " "):
        response = client.get(RECORD, params={"taskId": task_id})
        assert response.status_code == 200
        assert response.json() == {"code": 422, "msg": "recordInfo is null", "data": None}


@pytest.mark.parametrize("kind", ["429", "433", "455", "fail_task"])
def test_after_is_refused_for_faults_that_mean_not_created(make_emulator: MakeEmulator, kind: str) -> None:
    """429, 433 and 455 mean "not created" (vendor docs), so ``when="after"`` is refused, in Python and over HTTP."""
    emulator, client, _ = make_emulator()
    with pytest.raises(ValueError, match=r"when='after'"):
        emulator.inject(kind, when="after")
    response = client.post("/_emulator/faults", json={"fault": kind, "when": "after"})
    assert response.status_code == 400
    assert "when='after'" in response.json()["msg"]
    assert emulator.state.faults.pending() == []


@pytest.mark.parametrize("kind", ["500", "drop", "slow", "malformed"])
def test_after_is_accepted_for_faults_that_can_strike_after_creation(make_emulator: MakeEmulator, kind: str) -> None:
    """500, a dropped connection, a slow or a malformed answer can all happen once the task exists."""
    emulator, _, _ = make_emulator()
    assert emulator.inject(kind, when="after", seconds=0.01).when == "after"


def test_433_fault_answers_the_sub_key_limit_before_creating(make_emulator: MakeEmulator) -> None:
    """``inject("433")`` answers body 433 (sub-key usage limit, API-FACTS) and creates nothing."""
    emulator, client, _ = make_emulator()
    emulator.inject("433", paths=CREATE)
    response = client.post(CREATE, json=BODY)
    assert response.status_code == 433
    assert response.json()["code"] == 433
    assert response.json()["data"] is None
    assert emulator.state.created_count == 0
    assert client.post(CREATE, json=BODY).json()["code"] == 200


def test_client_sees_433_as_a_rate_limit(make_emulator: MakeEmulator) -> None:
    """The answer of a 433 fault is one ``kie.errors`` maps to ``RateLimitError`` (so the client may resend)."""
    emulator, client, _ = make_emulator()
    emulator.inject("433", paths=CREATE)
    response = client.post(CREATE, json=BODY)
    assert isinstance(response, httpx.Response)
    error = APIError.from_code(response.json()["code"], response.json()["msg"], http_status=response.status_code)
    assert isinstance(error, RateLimitError)
