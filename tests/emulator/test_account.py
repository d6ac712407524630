"""The emulator as an account: one API key like the real service, the createTask rate limit, the task clock, serve()."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import httpx
import pytest

from kie.emulator import EmulatorConfig
from tests.fakes import MakeEmulator

CREATE = "/api/v1/jobs/createTask"
CREDIT = "/api/v1/chat/credit"
BODY = {
    "model": "wan/2-5-image-to-video",
    "input": {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"},
}
DENIED = {"code": 401, "msg": "You do not have access permissions", "data": None}


def test_api_key_refuses_every_other_key_with_401(make_emulator: MakeEmulator) -> None:
    """With ``api_key`` set, a wrong key gets HTTP 401 and the real API's body; nothing is created or uploaded."""
    emulator, client, _ = make_emulator(api_key="right-key")
    wrong = {"Authorization": "Bearer wrong-key"}
    response = client.post(CREATE, json=BODY, headers=wrong)
    assert response.status_code == 401
    assert response.json() == DENIED
    upload = client.post("/api/file-base64-upload", json={"base64Data": "aGk=", "uploadPath": "a"}, headers=wrong)
    assert upload.status_code == 401
    assert upload.json()["code"] == 401
    assert client.post(CREATE, json=BODY, headers={"Authorization": ""}).status_code == 401
    assert emulator.state.created_count == 0
    assert len(emulator.state.files) == 0
    right = client.post(CREATE, json=BODY, headers={"Authorization": "Bearer right-key"})
    assert right.json()["code"] == 200
    assert emulator.state.created_count == 1


def test_without_api_key_any_bearer_key_is_accepted(make_emulator: MakeEmulator) -> None:
    """By default (``api_key=None``) every non-empty Bearer key is accepted, as before."""
    _, client, _ = make_emulator()
    assert EmulatorConfig().api_key is None
    for key in ("a", "another"):
        assert client.get(CREDIT, headers={"Authorization": f"Bearer {key}"}).json()["code"] == 200


def test_rate_limit_answers_429_beyond_the_account_limit(make_emulator: MakeEmulator) -> None:
    """Over N createTask per period the answer is HTTP 429 with Retry-After and nothing is created or charged."""
    emulator, client, clock = make_emulator(rate_limit=(3, 10.0))
    for _ in range(3):
        assert client.post(CREATE, json=BODY).json()["code"] == 200
    clock.advance(4)
    refused = client.post(CREATE, json=BODY)
    assert refused.status_code == 429
    assert refused.json()["code"] == 429
    assert refused.json()["data"] is None
    assert refused.headers["Retry-After"] == "6"
    assert emulator.state.created_count == 3
    assert client.get(CREDIT).json()["data"] == 970.0
    assert client.get(CREDIT).json()["code"] == 200  # only createTask is limited
    clock.advance(6)
    assert client.post(CREATE, json=BODY).json()["code"] == 200
    assert emulator.state.created_count == 4


def test_rate_limit_accepts_the_cli_form_and_is_off_by_default(make_emulator: MakeEmulator) -> None:
    """``rate_limit="20/10"`` is ``(20, 10.0)``; without it 30 quick createTasks all pass."""
    assert EmulatorConfig(rate_limit="20/10").rate_limit == (20, 10.0)
    assert EmulatorConfig().rate_limit is None
    for bad in ("20", "0/10", "5/0", "x/y", (0, 1.0)):
        with pytest.raises(ValueError, match="rate_limit"):
            EmulatorConfig(rate_limit=bad)
    emulator, client, _ = make_emulator()
    for _ in range(30):
        assert client.post(CREATE, json=BODY).json()["code"] == 200
    assert emulator.state.created_count == 30


def test_task_seconds_sets_the_three_phases() -> None:
    """``with_task_seconds(12)`` splits 12 s over waiting, queuing and generating like the default (1:1:4)."""
    config = EmulatorConfig(credits=5.0).with_task_seconds(12)
    assert (config.waiting_s, config.queuing_s, config.generating_s) == (2.0, 2.0, 8.0)
    assert config.credits == 5.0
    with pytest.raises(ValueError, match="seconds"):
        EmulatorConfig().with_task_seconds(-1)


def test_serve_reports_its_url_once_the_port_is_bound() -> None:
    """``serve(port=0, on_ready=...)`` calls ``on_ready`` with the bound URL, which already answers."""
    script = textwrap.dedent(
        """
        from kie.emulator import EmulatorConfig, serve
        serve(port=0, config=EmulatorConfig(api_key="k"), on_ready=lambda url: print(url, flush=True))
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{url}{CREDIT}", headers={"Authorization": "Bearer k"}, trust_env=False)
        assert response.json()["code"] == 200
        assert httpx.get(f"{url}{CREDIT}", headers={"Authorization": "Bearer x"}, trust_env=False).status_code == 401
    finally:
        process.terminate()
        process.wait(10)
