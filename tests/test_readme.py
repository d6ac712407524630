"""The README stays true: its commands are the CI's, its links and its layout point at what exists.

The model list lives on the documentation site, generated from the spec at build time
(docs/hooks/models.py; tests/test_docs_models.py), so the README keeps none that could go stale.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs the README's second quick-start command verbatim."""
    command = (
        "python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]' && PATH=\"$PWD/.venv/bin:$PATH\" scripts/test"
    )
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_readme_links_to_pages_that_exist() -> None:
    """Every relative link of the README (the site's guides under docs/) names a file of the repository."""
    links = [target.split("#", 1)[0] for target in re.findall(r"\]\(([^)]+)\)", README)]
    local = [link for link in links if link and "://" not in link]
    assert "docs/getting-started.md" in local
    assert [link for link in local if not (ROOT / link).is_file()] == []


def test_the_plugin_example_passes(tmp_path: Path) -> None:
    """The docs' example tests for ``kie.testing`` run green as a user's own test file (pytest-asyncio strict)."""
    page = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
    section = page.split("## Testing your own code", 1)[1]
    conftest, example = (block.split("```", 1)[0] for block in section.split("```python\n")[1:3])
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_user.py").write_text(example)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=strict", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_the_layout_section_matches_the_tree() -> None:
    """Every module and folder the README's layout names under provider/kie/ exists, and every subpackage is named."""
    section = README.split("## Layout", 1)[1].split("```", 2)[1]
    package = ROOT / "provider" / "kie"
    named: set[str] = set()
    for line in section.splitlines():
        indent = len(line) - len(line.lstrip())
        if indent in (2, 4):  # an entry under provider/kie/ (deeper lines continue a description)
            first_column = line.strip().split("  ")[0]
            named.update(n for n in first_column.replace(",", " ").split() if n.endswith((".py", "/")))
    missing = [n for n in sorted(named) if not any((b / n.rstrip("/")).exists() for b in (package, package / "_async"))]
    assert missing == []
    assert {p.parent.name + "/" for p in package.glob("*/__init__.py")} <= named
