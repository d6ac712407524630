"""Schemathesis (``st run``, every check) against a running emulator with the bundled spec.

The bounded run in the suite takes a few seconds per operation; set
``KIE_SCHEMATHESIS_SECONDS=300`` to fuzz for five minutes instead (the figures
of that run are in the JSON report, ``KIE_SCHEMATHESIS_REPORT`` keeps it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kie.emulator import Emulator, EmulatorConfig
from kie.spec import load_bundle

pytest.importorskip("schemathesis")

KEY = "schemathesis-key"
EXCLUDED_CHECKS = {
    # The bundled spec documents only HTTP 200 for each operation, while the real API (and so the
    # emulator) also answers HTTP 401 for a missing or wrong key, 429/455/500 and, for oversized
    # bodies, 413 (API-FACTS.md: "it also returns real HTTP 4xx/5xx statuses with the same body").
    # The spec is generated (openapi/, scripts/regenerate); the gap is reported, not patched here.
    "status_code_conformance",
    # Schema-violating requests get HTTP 200 with body code 422, the real API's observed habit
    # (API-FACTS.md, "Envelope and errors"); this check wants a 4xx HTTP status. The body code is
    # asserted by tests/emulator/test_codes.py instead.
    "negative_data_rejection",
}
MAX_EXAMPLES = 25
"""Examples per operation and phase in the bounded run (about 600 requests, 10-15 s in all)."""


def _command(spec: Path, url: str, report: Path, seconds: float) -> list[str]:
    budget = ["--max-time", f"{seconds:g}"] if seconds > 0 else ["--max-examples", str(MAX_EXAMPLES), "--seed", "1"]
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(spec),
        "--url",
        url,
        "--header",
        f"Authorization: Bearer {KEY}",
        "--checks",
        "all",
        "--exclude-checks",
        ",".join(sorted(EXCLUDED_CHECKS)),
        "--continue-on-failure",
        "--request-timeout",
        "10",
        # One worker: with two, Schemathesis 4.32.5 now and then fails a draw with an internal
        # KeyError (a "Runtime Error" in its report), not an answer of the emulator.
        "--workers",
        "1",
        "--report",
        "json",
        "--report-json-path",
        str(report),
        *budget,
    ]


def test_emulator_passes_every_schemathesis_check(tmp_path: Path) -> None:
    """Every operation is tested; no server error, no response off the schema, no other check fails."""
    seconds = float(os.environ.get("KIE_SCHEMATHESIS_SECONDS", "0"))
    spec = tmp_path / "kie.bundle.json"
    spec.write_text(json.dumps(load_bundle()))
    report_path = Path(os.environ.get("KIE_SCHEMATHESIS_REPORT", str(tmp_path / "report.json")))
    # Tasks succeed at once and render tiny MP4s: Schemathesis creates hundreds of them.
    config = EmulatorConfig(api_key=KEY, credits=1e12, waiting_s=0, queuing_s=0, generating_s=0, fps=1)
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    with Emulator(config) as emulator:
        run = subprocess.run(
            _command(spec, emulator.url, report_path, seconds),
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,  # Schemathesis and Hypothesis keep their caches in the working directory
            timeout=max(seconds, 60) * 3,
            check=False,
        )
    report: dict[str, Any] = json.loads(report_path.read_text())
    output = run.stdout[-6000:] + run.stderr[-2000:]
    assert report["failures"] == [], output
    assert report["errors"] == [], output
    assert report["operations"]["tested"] == 7, output
    assert report["test_cases"]["generated"] > 7 * MAX_EXAMPLES // 2, output
    assert run.returncode == 0, output
