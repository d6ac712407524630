"""The generated layer: provenance, freshness, and adding a model as a pure data change."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

import kie
import kie_api
from tests.fakes import record

ROOT = Path(__file__).resolve().parent.parent
FIFTH = ROOT / "tests" / "fixtures" / "fifth-model" / "acme-motion-1-image-to-video.yaml"


def test_stamp_records_spec_hash_and_generator() -> None:
    """generated/STAMP.json holds the bundle's sha256, the pinned generator version and the command."""
    stamp = json.loads((ROOT / "generated" / "STAMP.json").read_text())
    bundle = (ROOT / "openapi" / "kie.bundle.yaml").read_bytes()
    assert stamp["spec_sha256"] == hashlib.sha256(bundle).hexdigest()
    assert stamp["generator"] == "openapi-python-client 0.29.1"
    assert stamp["command"] == "scripts/regenerate"


def test_runtime_bundle_is_the_checked_in_bundle() -> None:
    """The spec shipped inside ``kie_api`` (what validation and the emulator read) equals openapi/kie.bundle.yaml."""
    shipped = json.loads(Path(kie_api.__file__).with_name("openapi.json").read_text())
    assert shipped == yaml.safe_load((ROOT / "openapi" / "kie.bundle.yaml").read_text())


def test_bundle_normalizes_what_real_responses_break() -> None:
    """In the bundle ``code`` is a plain integer, ``state`` a plain string, ``data`` nullable, no input defaults."""
    from kie._spec import load_bundle

    schemas = load_bundle()["components"]["schemas"]
    assert "enum" not in schemas["ResponseCode"]
    assert schemas["ResponseCode"]["type"] == "integer"
    assert "enum" not in schemas["TaskState"]
    data = schemas["RecordInfoResponse"]["allOf"][1]["properties"]["data"]
    assert {"type": "null"} in data["anyOf"]
    for info in kie.MODELS.values():
        assert all("default" not in prop for prop in info.input_schema["properties"].values())


def test_a_fifth_model_spec_works_everywhere_without_code(tmp_path: Path) -> None:
    """A new vendor spec, regenerated into a temp dir, works in MODELS, validation, create_task and the emulator."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regen.py"), "--out", str(tmp_path), "--extra-model", str(FIFTH)],
        check=True,
        cwd=ROOT,
    )
    assert (tmp_path / "generated" / "kie_api" / "models" / "acme_motion_1_image_to_video_input.py").exists()
    script = textwrap.dedent("""
        import kie
        model = "acme/motion-1-image-to-video"
        info = kie.MODELS[model]
        assert info.input_class.__name__ == "AcmeMotion1ImageToVideoInput", info.input_class_name
        assert info.fields["duration"].enum == ("2", "4")
        try:
            kie.Client(provider="emulator").create_task(model, {"prompt": "x" * 301,
                                                                "start_frame_url": "https://e.com/a.png"})
        except kie.InputValidationError as exc:
            assert "input.prompt is 301 characters, over the limit of 300" in str(exc), exc
        else:
            raise SystemExit("validation did not run")
        with kie.Client(provider="emulator", poll_interval=0.05) as client:
            result = client.generate(model, prompt="a paper boat", image="https://example.com/boat.png",
                                     duration=2, resolution="720P", loop=True)
            assert result.state is kie.TaskState.SUCCESS
            assert result.input == {"prompt": "a paper boat", "start_frame_url": "https://example.com/boat.png",
                                    "duration": "2", "resolution": "720p", "loop": True}, result.input
            print(client.download(result, "%s").stat().st_size)
    """) % (tmp_path / "out.mp4")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "generated")}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 1000
    from kie.emulator.video import probe_mp4

    probe = probe_mp4((tmp_path / "out.mp4").read_bytes())
    assert (round(probe.duration), probe.height) == (2, 720)


def test_a_spec_change_without_regeneration_fails_the_check(tmp_path: Path) -> None:
    """scripts/check-generated passes on the checked-in tree and fails once a spec changes without regenerating."""
    for folder in ("openapi", "generated", "scripts"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHON": sys.executable}
    check = [str(tmp_path / "scripts" / "check-generated")]
    assert subprocess.run(check, env=env, capture_output=True, check=False).returncode == 0
    spec = tmp_path / "openapi" / "models" / "wan-2-5-image-to-video.yaml"
    spec.write_text(spec.read_text().replace("maxLength: 800", "maxLength: 900"))
    failed = subprocess.run(check, env=env, capture_output=True, text=True, check=False)
    assert failed.returncode == 1
    assert "run scripts/regenerate" in failed.stderr


@pytest.mark.parametrize(
    "body",
    [
        {"code": 200, "msg": "success", "data": record("t1", "success", creditsConsumed=12.5, progress=100)},
        {"code": 200, "msg": "success", "data": record("t1", "pondering", futureField={"x": 1})},
        {"code": 422, "msg": "recordInfo is null", "data": None},
        {"code": 455, "msg": "maintenance"},
        {"code": 200, "msg": "success", "data": {"taskId": "t1", "state": "waiting", "costTime": None}},
    ],
    ids=["observed-success", "unknown-state", "null-data", "no-data", "minimal"],
)
def test_generated_parser_survives_real_record_info_answers(body: dict[str, Any]) -> None:
    """The generated ``RecordInfoResponse`` parses every observed answer shape (the bundle's normalization)."""
    from kie_api.models import RecordInfoResponse

    parsed = RecordInfoResponse.from_dict(body)
    assert parsed.code == body["code"]
    data = body.get("data")
    if data is not None:
        assert parsed.data.task_id == data["taskId"]  # type: ignore[union-attr]  # data present here
        assert parsed.data.state == data["state"]  # type: ignore[union-attr]


def test_generated_parser_reads_bare_credits_and_record_id() -> None:
    """Credits ``data`` is a bare number and createTask ``data`` carries ``recordId``; both parse."""
    from kie_api.models import CreateTaskResponse, CreditsResponse

    assert CreditsResponse.from_dict({"code": 200, "msg": "success", "data": 72.62}).data == 72.62
    created = CreateTaskResponse.from_dict({"code": 200, "msg": "success", "data": {"taskId": "a", "recordId": "a"}})
    assert created.data.record_id == "a"  # type: ignore[union-attr]  # data present here
