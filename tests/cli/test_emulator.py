"""`kie emulator`: its banner means it answers, its task clock, one API key and the account rate limit."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

import kie

from .helpers import KIE_SCRIPT, error_line, run

CREATE = "/api/v1/jobs/createTask"
RECORD = "/api/v1/jobs/recordInfo"
BODY = {"model": "wan/2-5-image-to-video", "input": {"prompt": "a cat", "image_url": "https://example.com/cat.png"}}
BANNER = re.compile(r"^kie emulator on (http://127\.0\.0\.1:\d+) ")


@contextmanager
def served(*flags: str) -> Iterator[str]:
    """Run `kie emulator --port 0 FLAGS` in a subprocess; yield its URL as soon as the banner names it."""
    server = subprocess.Popen(
        [str(KIE_SCRIPT), "emulator", "--port", "0", *flags],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stderr is not None
        deadline = time.monotonic() + 20
        for line in server.stderr:
            match = BANNER.match(line)
            if match is not None:
                yield match.group(1)
                break
            assert time.monotonic() < deadline, "no banner"
        else:
            pytest.fail(f"kie emulator exited with {server.wait()} before its banner")
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=20)
    assert server.returncode == 0


def api(url: str, key: str = "any-key") -> httpx.Client:
    """A raw HTTP client for the emulator at ``url``, sending ``key`` (no retries: one request, one answer)."""
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, trust_env=False, timeout=5)


def state_of(http: httpx.Client, task_id: str) -> str:
    """The task's state as recordInfo reports it."""
    state: str = http.get(RECORD, params={"taskId": task_id}).json()["data"]["state"]
    return state


def test_banner_comes_once_the_port_answers() -> None:
    """A script that reads the banner may connect at once: the first request is answered, not refused."""
    with served() as url, api(url) as http:
        answer = http.get("/api/v1/chat/credit")
    assert answer.status_code == 200
    assert answer.json()["code"] == 200


def test_api_key_rate_limit_and_phase_flags() -> None:
    """--api-key, --rate-limit and a phase flag reach the emulator.

    --api-key: other keys get 401; --rate-limit 2/60: the third createTask is 429;
    --generating-s 60: a task stays generating.
    """
    with served("--api-key", "sk-emulator", "--rate-limit", "2/60", "--generating-s", "60") as url:
        with api(url, "sk-other") as stranger:
            denied = stranger.post(CREATE, json=BODY)
        assert denied.status_code == 401
        assert denied.json()["code"] == 401
        with api(url, "sk-emulator") as http:
            created = [http.post(CREATE, json=BODY) for _ in range(3)]
            assert [answer.status_code for answer in created] == [200, 200, 429]
            assert created[2].json()["code"] == 429
            assert "retry-after" in created[2].headers
            task_id = created[0].json()["data"]["taskId"]
            time.sleep(0.4)  # waiting and queuing take 0.05 s each by default
            assert state_of(http, task_id) == "generating"


def test_task_seconds_sets_the_whole_run() -> None:
    """--task-seconds 60: a task spends its first sixth (10 s) waiting."""
    with served("--task-seconds", "60") as url, api(url) as http:
        task_id = http.post(CREATE, json=BODY).json()["data"]["taskId"]
        time.sleep(0.4)
        assert state_of(http, task_id) == "waiting"


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (["--task-seconds", "5", "--waiting-s", "1"], "--task-seconds sets the whole run: give it or --waiting-s"),
        (["--rate-limit", "twenty"], "--rate-limit twenty: give COUNT/SECONDS, e.g. 20/10"),
        (["--rate-limit", "0/10"], "--rate-limit 0/10: give COUNT/SECONDS"),
        (["--api-key", ""], "--api-key is empty"),
        (["--waiting-s", "-1"], "--waiting-s"),
    ],
)  # fmt: skip
def test_bad_emulator_flags_exit_2(capsys: pytest.CaptureFixture[str], flags: list[str], words: str) -> None:
    """Contradictory or malformed flags are one error line and exit 2; nothing is served."""
    code, _, err = run(capsys, "emulator", "--port", "0", *flags)
    assert code == 2
    assert words in error_line(err)


def test_port_in_use_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A port another server holds: exit 2 and one line naming it, no traceback."""
    with served() as url:
        port = url.rsplit(":", 1)[1]
        code, _, err = run(capsys, "emulator", "--port", port)
    assert code == 2
    assert f"cannot listen on 127.0.0.1 port {port}" in error_line(err)


VENDOR_PAGE = (
    Path(__file__).resolve().parent.parent / "fixtures" / "vendor-pages" / "market" / "wan" / "2-6-text-to-video.md"
)


@pytest.mark.usefixtures("restore_models")
def test_spec_adds_a_vendor_page_the_emulator_then_runs() -> None:
    """`kie emulator --spec PAGE` serves a model the bundle lacks: its createTask runs to success."""
    page = kie.register_model_spec(VENDOR_PAGE)  # this process validates like the emulator's
    assert page.example is not None
    with served("--task-seconds", "0.2", "--spec", str(VENDOR_PAGE)) as url, api(url) as http:
        created = http.post(CREATE, json=dict(page.example)).json()
        assert created["code"] == 200, created
        task_id = created["data"]["taskId"]
        deadline = time.monotonic() + 20
        while state_of(http, task_id) != "success":
            assert time.monotonic() < deadline, "the task never succeeded"
            time.sleep(0.05)


@pytest.mark.usefixtures("restore_models")
def test_generate_spec_registers_the_page_before_gathering(capsys: pytest.CaptureFixture[str]) -> None:
    """`kie generate MODEL --spec PAGE`: the model is known (an unknown one would be "unknown model")."""
    code, _, err = run(
        capsys,
        "generate",
        "wan/2-6-text-to-video",
        "--spec",
        str(VENDOR_PAGE),
        "--prompt",
        "x",
        "--image",
        "https://example.com/a.png",
        "--provider",
        "emulator",
    )
    assert "unknown model" not in err
    assert "wan/2-6-text-to-video takes no --image input" in err  # known; its roles are issue 11's item 4
    assert code == 2


@pytest.mark.usefixtures("restore_models")
def test_spec_of_an_image_page_serves_images_and_credits_set_the_balance() -> None:
    """`kie emulator --spec IMAGE-PAGE --credits 25`: an image model's task ends with a JPEG, charged from 25."""
    page = VENDOR_PAGE.parents[1] / "google" / "nano-banana.md"
    with served("--task-seconds", "0.2", "--credits", "25", "--spec", str(page)) as url, api(url) as http:
        input_ = {"prompt": "a fox", "output_format": "jpeg", "image_size": "4:3"}
        created = http.post(CREATE, json={"model": "google/nano-banana", "input": input_}).json()
        assert created["code"] == 200, created
        task_id = created["data"]["taskId"]
        deadline = time.monotonic() + 20
        while state_of(http, task_id) != "success":
            assert time.monotonic() < deadline, "the task never succeeded"
            time.sleep(0.05)
        record = http.get("/api/v1/jobs/recordInfo", params={"taskId": task_id}).json()["data"]
        result = http.get(json.loads(record["resultJson"])["resultUrls"][0])
        assert (result.headers["content-type"], result.content[:3]) == ("image/jpeg", b"\xff\xd8\xff")
        assert http.get("/api/v1/chat/credit").json()["data"] == 15
