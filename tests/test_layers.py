"""The import-linter contracts cover the whole core: a new core module cannot slip outside them."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import kie

ROOT = Path(__file__).resolve().parent.parent
NOT_CORE = ("kie.emulator", "kie.cli", "kie.testing")


def _modules(contract: str, key: str) -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = [c[key] for c in config["tool"]["importlinter"]["contracts"] if c["name"] == contract]
    assert len(found) == 1, contract
    return {str(name) for name in found[0]}


def test_every_core_module_is_a_source_of_the_core_contract() -> None:
    """Each module of ``kie`` outside the emulator, the CLI and the testing plugin is listed in the core contract."""
    core = {"kie"} | {m.name for m in pkgutil.walk_packages(kie.__path__, "kie.") if not m.name.startswith(NOT_CORE)}
    assert _modules("The core never imports the emulator, the CLI or the testing plugin", "source_modules") == core


def test_every_private_core_module_is_forbidden_to_the_emulator_and_the_cli() -> None:
    """The emulator and the CLI may use every public core module, and no private one."""
    private = {m.name for m in pkgutil.iter_modules(kie.__path__, "kie.") if m.name.split(".")[-1].startswith("_")}
    assert private <= _modules("The emulator and the CLI use the core's public names only", "forbidden_modules")
