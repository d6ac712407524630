"""Recorded create -> poll -> success flows of each seed example (vcrpy via pytest-recording).

CI replays the cassettes (``--record-mode=none``) with no server at all: they
pin the exact requests the client sends and how it reads the answers.
``scripts/record-cassettes`` re-records them against the emulator; the
``authorization`` header is filtered out before anything is written.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import kie
from kie.emulator import Emulator

SEED_REQUESTS = sorted((Path(__file__).parent.parent / "fixtures" / "seed_requests").glob("*.json"))
RECORD_PORT = 18765  # the emulator's port while recording; cassettes name this host


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Scrub credentials; match on everything that identifies a request."""
    return {
        "filter_headers": ["authorization"],
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture
def base_url(record_mode: str) -> Iterator[str]:
    """The emulator's URL while recording; the same URL, with nothing behind it, on replay."""
    if record_mode == "none":
        yield f"http://127.0.0.1:{RECORD_PORT}"
        return
    with Emulator(port=RECORD_PORT) as emulator:
        yield emulator.url


@pytest.mark.vcr
@pytest.mark.parametrize("path", SEED_REQUESTS, ids=lambda p: p.stem)
def test_seed_example_flow(path: Path, base_url: str, record_mode: str) -> None:
    """The seed request is sent verbatim, polled through its states, and ends in SUCCESS with a result URL."""
    body = json.loads(path.read_text())
    replaying = record_mode == "none"
    sleep = (lambda seconds: None) if replaying else time.sleep  # replays never wait
    with kie.Client(
        api_key="test-key", base_url=base_url, poll_interval=0.0 if replaying else 0.05, sleep=sleep
    ) as client:
        task = client.create_task(body["model"], body["input"], callback_url=body.get("callBackUrl"))
        seen: list[str] = []
        info = client.wait(task.task_id, timeout=60, on_progress=lambda i: seen.append(i.state_raw))
    assert info.state is kie.TaskState.SUCCESS
    assert info.model == body["model"]
    assert info.input == body["input"]
    assert info.result_urls[0].endswith(f"/files/results/{task.task_id}.mp4")
    assert seen[0] == "waiting"
    assert seen[-1] == "success"


def test_cassettes_hold_no_credentials() -> None:
    """No cassette carries an authorization header or the key used while recording."""
    cassettes = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))
    assert len(cassettes) == len(SEED_REQUESTS)
    for cassette in cassettes:
        text = cassette.read_text(encoding="utf-8").lower()
        assert "authorization" not in text
        assert "test-key" not in text


def _create_bodies() -> list[dict[str, Any]]:
    bodies = []
    for cassette in sorted((Path(__file__).parent / "cassettes").rglob("*.yaml")):
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            request = interaction["request"]
            if request["uri"].endswith("/api/v1/jobs/createTask"):
                bodies.append(json.loads(request["body"]))
    return bodies


def test_recorded_requests_are_valid_against_the_vendor_specs_and_ours() -> None:
    """Every createTask body the client sent validates against the model's vendor spec and the bundled oneOf."""
    root = Path(__file__).resolve().parent.parent.parent
    bundle = yaml.safe_load((root / "openapi" / "kie.bundle.yaml").read_text(encoding="utf-8"))
    ours = jsonschema.Draft202012Validator({**bundle, "$ref": "#/components/schemas/CreateTaskRequest"})
    vendor_files = {
        "hailuo/02-image-to-video-pro": root
        / "tests"
        / "fixtures"
        / "vendor"
        / "seed004-hailuo-02-image-to-video-pro.yaml"
    }
    bodies = _create_bodies()
    seeds = sorted(model for model, info in kie.MODELS.items() if "/" not in info.source)  # recorded: the seeds
    assert sorted(b["model"] for b in bodies) == seeds
    for body in bodies:
        ours.validate(body)
        path = vendor_files.get(body["model"]) or root / "openapi" / "models" / f"{kie.MODELS[body['model']].source}"
        vendor = yaml.safe_load(path.read_text(encoding="utf-8"))
        schema = vendor["paths"]["/api/v1/jobs/createTask"]["post"]["requestBody"]["content"]["application/json"]
        jsonschema.Draft202012Validator(schema["schema"]).validate(body)


def test_our_schema_rejects_what_the_vendor_forbids() -> None:
    """The bundled oneOf is not vacuous: a wrong enum value or an unknown model fails it."""
    root = Path(__file__).resolve().parent.parent.parent
    bundle = yaml.safe_load((root / "openapi" / "kie.bundle.yaml").read_text(encoding="utf-8"))
    ours = jsonschema.Draft202012Validator({**bundle, "$ref": "#/components/schemas/CreateTaskRequest"})
    body = _create_bodies()[0]
    assert ours.is_valid(body)
    assert not ours.is_valid({**body, "model": "nope/model"})
    assert not ours.is_valid({**body, "input": {**body["input"], "prompt": 5}})
