"""The README stays true: its model table is the one the specs produce, its commands are the CI's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_model_table_is_generated_from_the_specs() -> None:
    """The README's model table equals what scripts/readme_models.py derives from the bundled spec."""
    table = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme_models.py")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert f"<!-- models:start -->\n{table}\n<!-- models:end -->" in README


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs the README's second quick-start command verbatim."""
    command = (
        "python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]' && PATH=\"$PWD/.venv/bin:$PATH\" scripts/test"
    )
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
