"""The hand-written package stays readable: small modules, short and simple functions (issue "Architecture pass")."""

from __future__ import annotations

import ast
from pathlib import Path

from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parent.parent / "provider" / "kie"
MAX_MODULE_LINES = 400


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_400_lines() -> None:
    """Every module of provider/kie reads in one sitting (STYLE.md: about 400 lines)."""
    long = {
        str(p.relative_to(PACKAGE)): n for p in _modules() if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def _function_lengths(tree: ast.Module) -> list[tuple[int, str, int]]:
    return [
        (node.lineno, node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def test_no_function_is_over_60_lines_or_complexity_15() -> None:
    """No hand-written function runs over 60 lines or a cyclomatic complexity of 15 (radon)."""
    found = []
    for path in _modules():
        source = path.read_text()
        name = str(path.relative_to(PACKAGE))
        found += [f"{name}:{at} {fn} is {n} lines" for at, fn, n in _function_lengths(ast.parse(source)) if n > 60]
        blocks = [m for b in cc_visit(source) for m in (getattr(b, "methods", None) or [b])]  # a class: its methods
        found += [f"{name}:{b.lineno} {b.name} has complexity {b.complexity}" for b in blocks if b.complexity > 15]
    assert found == []
