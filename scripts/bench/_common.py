"""What every benchmark shares: the canned server, interleaved rounds, and the printed figures.

Each benchmark runs the library (A) and its raw httpx equivalent (B) in turn,
A B A B ..., so a drift of the machine's speed hits both sides alike, and
reports median, min and max of each side and of the per-round ratio A / B.
With ``--json`` the last line is the figure as JSON (``scripts/bench/all``
collects those into a markdown table).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def parser(description: str | None, rounds: int) -> argparse.ArgumentParser:
    """The arguments every benchmark takes: ``--rounds`` and ``--json``."""
    found = argparse.ArgumentParser(description=(description or "").split("\n\n")[0])
    found.add_argument("--rounds", type=int, default=rounds, help=f"A B pairs to run (default {rounds})")
    found.add_argument("--json", action="store_true", help="end with the figure as one JSON line")
    return found


@contextlib.contextmanager
def canned_server(*args: str) -> Iterator[str]:
    """Start ``_server.py`` in its own process on 127.0.0.1; yield its base URL; stop it after."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / "_server.py"), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None  # noqa: S101 - Popen was given stdout=PIPE
        line = process.stdout.readline().split()
        if len(line) != 2 or line[0] != "PORT":
            raise RuntimeError(f"the canned server did not start: {line!r}")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def interleave(
    a: Callable[[], float], b: Callable[[], float], rounds: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Run ``a`` and ``b`` in turn ``rounds`` times (after ``warmup`` uncounted pairs); their figures."""
    for _ in range(warmup):
        a()
        b()
    first: list[float] = []
    second: list[float] = []
    for index in range(rounds):
        if index % 2:  # B A on odd rounds: neither side always goes first
            second.append(b())
            first.append(a())
        else:
            first.append(a())
            second.append(b())
    return first, second


def spread(values: list[float]) -> dict[str, float]:
    """Median, min and max."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def figure(
    name: str,
    unit: str,
    lib: list[float],
    raw: list[float],
    *,
    target: str,
    met: bool,
    raw_name: str = "raw httpx",
    ratio: list[float] | None = None,
    notes: str = "",
) -> dict[str, Any]:
    """One figure: each side's spread, the per-round ratio's spread, the target and whether it is met."""
    ratios = ratio if ratio is not None else [x / y for x, y in zip(lib, raw, strict=True)]
    return {
        "name": name,
        "unit": unit,
        "lib": spread(lib),
        "raw": spread(raw),
        "raw_name": raw_name,
        "ratio": spread(ratios),
        "target": target,
        "met": met,
        "notes": notes,
    }


def _fmt(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"


def show(figures: list[dict[str, Any]], as_json: bool) -> None:
    """Print each figure readably; with ``as_json`` end with them all as one JSON line."""
    for fig in figures:
        lib, raw, ratio = fig["lib"], fig["raw"], fig["ratio"]
        print(f"## {fig['name']}")
        print(f"  kie        {_fmt(lib['median'])} {fig['unit']} (min {_fmt(lib['min'])}, max {_fmt(lib['max'])})")
        print(
            f"  {fig['raw_name']:<10} {_fmt(raw['median'])} {fig['unit']} "
            f"(min {_fmt(raw['min'])}, max {_fmt(raw['max'])})"
        )
        print(f"  ratio      {ratio['median']:.3f} (min {ratio['min']:.3f}, max {ratio['max']:.3f})")
        print(f"  target     {fig['target']}: {'met' if fig['met'] else 'NOT met'}")
        if fig["notes"]:
            print(f"  notes      {fig['notes']}")
    if as_json:
        print(json.dumps(figures))
