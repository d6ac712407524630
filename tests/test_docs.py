"""The documentation site covers the public API: every name ``kie`` exports, every public module, every guide.

The site itself is built by ``scripts/test`` (``mkdocs build --strict``: a broken link, a nav entry
without its page, a docstring griffe cannot read or a ``:::`` directive naming nothing fails it);
these tests pin what the strict build cannot see, what is *missing*.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

import kie

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
DIRECTIVE = re.compile(r"^::: ([\w.]+)[ \t]*$", re.MULTILINE)

IN_PROSE = {
    "__version__": "index.md",
    "ModelId": "models.md",
}
"""Names the reference describes in prose on a page, not through ``:::`` (a dunder string; a ``Literal`` of the
generated package, which griffe would resolve only by loading all of ``kie_api``, seconds of every build)."""

NOT_IN_THE_REFERENCE = {
    "kie.cli": "the `kie` command, documented as commands (docs/cli.md), not as a Python API",
}
"""Public subpackages of ``kie`` that have no reference page, and why."""


def _resolve(identifier: str) -> Any:
    """The object a ``::: identifier`` directive documents (a module, or a name inside one)."""
    parts = identifier.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: Any = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            target = getattr(target, name)
        return target
    raise AssertionError(f"::: {identifier} names nothing importable")


def _directives() -> list[str]:
    """The identifiers of every ``:::`` directive of the reference pages."""
    return [m.group(1) for page in sorted(REFERENCE.glob("*.md")) for m in DIRECTIVE.finditer(page.read_text())]


def _documented() -> tuple[set[str], list[Any]]:
    """The directives' identifiers (with a module's ``__all__`` names), and the objects they document."""
    identifiers: set[str] = set()
    objects: list[Any] = []
    for identifier in _directives():
        target = _resolve(identifier)
        identifiers.add(identifier)
        objects.append(target)
        if isinstance(target, ModuleType):  # a module directive renders its public members (filters: public)
            for name in getattr(target, "__all__", ()):
                identifiers.add(f"{identifier}.{name}")
                objects.append(getattr(target, name))
    return identifiers, objects


def test_every_name_kie_exports_is_in_the_api_reference() -> None:
    """Each name of ``kie.__all__`` has a ``:::`` entry, directly or as a member of a documented module."""
    identifiers, objects = _documented()
    missing = []
    for name in kie.__all__:
        if name in IN_PROSE:
            if f"`kie.{name}`" not in (REFERENCE / IN_PROSE[name]).read_text():
                missing.append(name)
            continue
        value = getattr(kie, name)
        if f"kie.{name}" not in identifiers and not any(value is documented for documented in objects):
            missing.append(name)
    assert missing == []


def test_every_public_module_has_a_reference_page() -> None:
    """Every public subpackage and module of ``kie`` (``kie.journal``, ``kie.limits``, ...) is documented."""
    public = {f"kie.{m.name}" for m in pkgutil.iter_modules(kie.__path__) if not m.name.startswith("_")}
    identifiers, _ = _documented()
    assert sorted(public - identifiers - set(NOT_IN_THE_REFERENCE)) == []
    assert set(NOT_IN_THE_REFERENCE) <= public


def _nav_files(entries: Any) -> list[str]:
    """The page paths a mkdocs nav lists, depth first."""
    if isinstance(entries, str):
        return [entries]
    if isinstance(entries, dict):
        return [path for value in entries.values() for path in _nav_files(value)]
    return [path for entry in entries for path in _nav_files(entry)]


def test_every_written_page_is_in_the_nav() -> None:
    """Each page under docs/ is reachable from the nav (the model pages are added by the hook)."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    listed = set(_nav_files(config["nav"]))
    written = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert sorted(written - listed) == []
    assert "models/index.md" in listed  # written at build time, with a page per model after it


def test_the_hooks_pass_the_linters() -> None:
    """docs/hooks/ is held to the project's ruff rules (scripts/test lints provider, tests, scripts, examples)."""
    for command in (["check"], ["format", "--check"]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *command, str(DOCS / "hooks")], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_every_environment_variable_is_in_the_getting_started_table() -> None:
    """Each ``KIE_*`` variable the package reads is listed on the getting-started page."""
    names = {
        name
        for path in (ROOT / "provider" / "kie").rglob("*.py")
        for name in re.findall(r"\bKIE_[A-Z_]+\b", path.read_text(encoding="utf-8"))
    }
    page = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    assert "KIE_API_KEY" in names
    assert sorted(name for name in names if f"`{name}`" not in page) == []
