"""Logging: the ``kie`` logger records requests and retries, never the API key (DESIGN.md, "Logging")."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

import kie
from kie.emulator import Emulator

SECRET = "sk-live-0123456789abcdefghijklmnop"


def test_requests_and_retries_are_logged_without_the_key(
    kie_emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    """At DEBUG every request and retry is logged, the task id at INFO, and the key appears nowhere."""
    caplog.set_level(logging.DEBUG, logger="kie")
    kie_emulator.inject("500", count=1, paths="/api/v1/jobs/recordInfo")
    with kie.Client(api_key=SECRET, base_url=kie_emulator.url, poll_interval=0.05) as client:
        info = client.generate("wan/2-5-image-to-video", prompt="p", image="https://e.com/a.png", resolution="720p")
        with pytest.raises(kie.TaskNotFoundError) as caught:
            client.get_task("missing")
    text = caplog.text
    assert f"created task {info.task_id}" in text
    assert "POST /api/v1/jobs/createTask -> HTTP 200" in text
    assert "retrying GET /api/v1/jobs/recordInfo" in text
    for place in (text, repr(client), str(caught.value), repr(caught.value), repr(info)):
        assert SECRET not in place


def test_kie_log_env_turns_logging_on() -> None:
    """``KIE_LOG=debug`` makes a client log to stderr (read when the client is built, not at import)."""
    script = (
        "import kie; c = kie.Client(api_key='" + SECRET + "', base_url='http://127.0.0.1:9', max_retries=0)\n"
        "try:\n    c.get_credits()\nexcept kie.APIConnectionError:\n    pass\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={"KIE_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "kie DEBUG GET /api/v1/chat/credit -> ConnectError" in done.stderr
    assert SECRET not in done.stderr
