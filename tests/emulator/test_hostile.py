"""The emulator under hostile input: deep JSON, disconnects, oversized bodies, foreign Origin and Host headers."""

from __future__ import annotations

import base64
import json
import logging
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from kie.emulator import Emulator, EmulatorConfig
from tests.fakes import MakeEmulator

CREATE = "/api/v1/jobs/createTask"
RECORD = "/api/v1/jobs/recordInfo"
BASE64 = "/api/file-base64-upload"
STREAM = "/api/file-stream-upload"
BODY: dict[str, Any] = {
    "model": "wan/2-5-image-to-video",
    "input": {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"},
}


class Records(logging.Handler):
    """Collects the records of the loggers the emulator's server writes to (uvicorn's do not propagate)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record."""
        self.records.append(record)

    def errors(self) -> list[str]:
        """The messages logged at ERROR or with a traceback."""
        return [r.getMessage() for r in self.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.fixture
def server_log() -> Iterator[Records]:
    """Everything uvicorn and the emulator log during the test."""
    handler = Records()
    loggers = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.error", "kie.emulator")]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler
    for logger in loggers:
        logger.removeHandler(handler)


def read_until(sock: socket.socket, end: bytes) -> str:
    """Read from a socket until ``end`` arrives or the peer closes (the socket's timeout bounds each read)."""
    data = b""
    while not data.endswith(end):
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode()


def nested(depth: int) -> str:
    """A createTask body whose ``input.seed`` is ``depth`` nested lists."""
    return json.dumps(BODY)[:-2] + ', "seed": ' + "[" * depth + "]" * depth + "}}"


@pytest.mark.parametrize("depth", [100_000, 900, 65])
def test_deeply_nested_json_is_a_422_envelope(make_emulator: MakeEmulator, server_log: Records, depth: int) -> None:
    """Nested JSON too deep to handle answers the validation envelope (body 422), never a 500 or a traceback."""
    emulator, client, _ = make_emulator()
    response = client.post(CREATE, content=nested(depth), headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json()["code"] == 422
    assert response.json()["data"] is None
    assert "nested" in response.json()["msg"]
    upload = client.post(BASE64, content='{"base64Data": ' + "[" * depth + "]" * depth + ', "uploadPath": "a"}')
    assert upload.json()["success"] is False
    assert emulator.state.created_count == 0
    assert server_log.errors() == []


def test_nan_and_lone_surrogates_are_refused_not_echoed(make_emulator: MakeEmulator, server_log: Records) -> None:
    """``NaN`` (not JSON) and a lone surrogate (not UTF-8) are validation errors, not 500s when answered back."""
    emulator, client, _ = make_emulator()
    nan = json.dumps(BODY)[:-2] + ', "seed": NaN}}'
    assert client.post(CREATE, content=nan).json()["code"] == 422
    surrogate = json.dumps(BODY)[:-2] + ', "negative_prompt": "\\ud800"}}'
    assert client.post(CREATE, content=surrogate).json()["code"] == 422
    named = client.post(BASE64, content='{"base64Data": "aGk=", "uploadPath": "a", "fileName": "\\udfff.png"}')
    assert named.status_code == 200
    assert named.json()["success"] is False
    assert emulator.state.created_count == 0
    assert server_log.errors() == []


def test_client_gone_during_a_slow_fault_leaves_no_traceback(make_emulator: MakeEmulator, server_log: Records) -> None:
    """A client that gives up during a ``slow`` answer is forgotten quietly, whatever the route had to read."""
    emulator, client, _ = make_emulator()
    emulator.inject("slow", count=3, seconds=0.3)
    for path in (CREATE, BASE64, RECORD):
        with pytest.raises(httpx.ReadTimeout):
            client.post(path, json=BODY, timeout=0.05) if path != RECORD else client.get(path, timeout=0.05)
    time.sleep(0.6)
    assert emulator.state.faults.pending() == []
    assert server_log.errors() == []


def test_json_bodies_over_the_limit_get_413_in_the_envelope(make_emulator: MakeEmulator) -> None:
    """A JSON body over ``max_json_bytes`` answers HTTP 413 with the validation envelope; nothing is created."""
    assert EmulatorConfig().max_json_bytes == 1 << 20
    emulator, client, _ = make_emulator(max_json_bytes=2000)
    big = {**BODY, "input": {**BODY["input"], "negative_prompt": "x" * 3000}}
    response = client.post(CREATE, json=big)
    assert response.status_code == 413
    assert response.json()["code"] == 422
    assert response.json()["data"] is None
    chunked = client.post(CREATE, content=iter([json.dumps(big).encode()[:1500], json.dumps(big).encode()[1500:]]))
    assert chunked.status_code == 413
    assert "Content-Length" not in chunked.request.headers
    assert emulator.state.created_count == 0
    assert client.post(CREATE, json=BODY).json()["code"] == 200


def test_uploads_over_the_limit_get_413_in_the_upload_envelope(make_emulator: MakeEmulator) -> None:
    """An upload over ``max_upload_bytes`` answers HTTP 413 ``{"success": false, ...}``; nothing is stored."""
    assert EmulatorConfig().max_upload_bytes == 50 << 20
    emulator, client, _ = make_emulator(max_upload_bytes=4000)
    streamed = client.post(STREAM, files={"file": ("a.bin", b"\0" * 5000)}, data={"uploadPath": "a"})
    assert streamed.status_code == 413
    assert streamed.json()["success"] is False
    assert streamed.json()["data"] is None
    encoded = client.post(BASE64, json={"base64Data": base64.b64encode(b"\0" * 5000).decode(), "uploadPath": "a"})
    assert encoded.status_code == 413
    assert len(emulator.state.files) == 0
    assert client.post(STREAM, files={"file": ("a.bin", b"\0" * 100)}, data={"uploadPath": "a"}).json()["code"] == 200


def test_a_declared_oversized_body_is_refused_before_it_is_sent(make_emulator: MakeEmulator) -> None:
    """A Content-Length over the limit is answered at once, without waiting for a body that never comes."""
    emulator, _, _ = make_emulator()
    parts = urlsplit(emulator.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall(
            f"POST {STREAM} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: Bearer k\r\n"
            f"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {60 << 20}\r\n\r\n".encode()
        )
        answer = read_until(sock, b'"data":null}')
    assert answer.startswith("HTTP/1.1 413")
    assert '"success":false' in answer


def test_admin_routes_refuse_a_foreign_origin_or_host(make_emulator: MakeEmulator) -> None:
    """``/_emulator/*`` answers 403 to a browser page of another origin and to a non-loopback Host (DNS rebinding)."""
    emulator, client, _ = make_emulator()
    netloc = urlsplit(emulator.url).netloc
    for headers in (
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:1"},
        {"Host": "evil.example"},
        {"Host": f"rebind.example:{urlsplit(emulator.url).port}"},
    ):
        response = client.post("/_emulator/faults", json={"fault": "500"}, headers=headers)
        assert response.status_code == 403, headers
        assert client.get("/_emulator/stats", headers=headers).status_code == 403
    assert emulator.state.faults.pending() == []
    own = client.post("/_emulator/faults", json={"fault": "500"}, headers={"Origin": f"http://{netloc}"})
    assert own.json()["code"] == 200
    local = client.delete("/_emulator/faults", headers={"Host": f"localhost:{urlsplit(emulator.url).port}"})
    assert local.json()["code"] == 200


def test_a_foreign_host_header_is_never_echoed_into_urls(make_emulator: MakeEmulator) -> None:
    """Result, upload and download-url links use the server's own address unless Host is a loopback name."""
    emulator, client, clock = make_emulator()
    evil = {"Host": "evil.example"}
    task_id = client.post(CREATE, json=BODY, headers=evil).json()["data"]["taskId"]
    assert emulator.state.wait_idle(10)
    clock.advance(5)
    record = client.get(RECORD, params={"taskId": task_id}, headers=evil).json()["data"]
    [result] = json.loads(record["resultJson"])["resultUrls"]
    assert result == f"{emulator.url}/files/results/{task_id}.mp4"
    uploaded = client.post(BASE64, json={"base64Data": "aGk=", "uploadPath": "a", "fileName": "b.txt"}, headers=evil)
    assert uploaded.json()["data"]["downloadUrl"] == f"{emulator.url}/files/a/b.txt"
    link = client.post("/api/v1/common/download-url", json={"url": result}, headers=evil).json()["data"]
    assert link.startswith(f"{emulator.url}/files/")
    port = urlsplit(emulator.url).port
    local = client.post(BASE64, json={"base64Data": "aGk=", "uploadPath": "a"}, headers={"Host": f"localhost:{port}"})
    assert local.json()["data"]["downloadUrl"].startswith(f"http://localhost:{port}/files/a/")


def test_limits_follow_a_replaced_config() -> None:
    """The limits are read per request, so assigning ``emulator.config`` changes them at once."""
    with Emulator(EmulatorConfig(max_json_bytes=100)) as emulator:
        url = f"{emulator.url}{CREATE}"
        auth = {"Authorization": "Bearer k"}
        assert httpx.post(url, json=BODY, headers=auth, trust_env=False).status_code == 413
        emulator.config = EmulatorConfig()
        assert httpx.post(url, json=BODY, headers=auth, trust_env=False).json()["code"] == 200
