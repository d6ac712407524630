"""Run every benchmark of ``scripts/bench/`` and print one markdown table (the README's "Performance").

Each script runs in its own process with ``--json``; its figures are
collected into a row each: the library's median, the raw side's median, the
per-round ratio (median, min-max), the target and whether it was met. The
whole run takes about seven minutes on a 2-core machine.

    scripts/bench/all [--out FILE] [--quick]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "startup.py",
    "cpu.py",
    "download.py",
    "concurrency.py",
    "polling.py",
    "limits.py",
    "journal.py",
    "emulator_load.py",
]
QUICK = {
    "startup.py": ["--rounds", "5"],
    "cpu.py": ["--rounds", "3", "--calls", "300"],
    "download.py": ["--rounds", "3", "--mib", "50"],
    "concurrency.py": ["--rounds", "2", "--jobs", "300"],
    "limits.py": ["--rounds", "3", "--permits", "500"],
    "journal.py": ["--rounds", "2", "--tasks", "30"],
    "emulator_load.py": ["--tasks", "2000"],
}


def run(script: str, quick: bool) -> list[dict[str, Any]]:
    """Run one benchmark; its figures (its own output goes to stderr as it runs)."""
    args = [sys.executable, str(HERE / script), "--json", *(QUICK.get(script, []) if quick else [])]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    lines = result.stdout.strip().splitlines()
    print("\n".join(lines[:-1]), file=sys.stderr)
    figures: list[dict[str, Any]] = json.loads(lines[-1])
    return figures


def number(value: float, unit: str) -> str:
    """A median with its unit."""
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.3g} {unit}"


def table(figures: list[dict[str, Any]]) -> str:
    """The markdown table."""
    rows = [
        "| figure | kie | raw | ratio (min-max) | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for fig in figures:
        ratio = fig["ratio"]
        rows.append(
            f"| {fig['name']} | {number(fig['lib']['median'], fig['unit'])} "
            f"| {number(fig['raw']['median'], fig['unit'])} ({fig['raw_name']}) "
            f"| {ratio['median']:.2f}x ({ratio['min']:.2f}-{ratio['max']:.2f}) "
            f"| {fig['target']} | {'yes' if fig['met'] else '**no**'} |"
        )
    return "\n".join(rows)


def main() -> None:
    """Run them all; print the table (and write it to ``--out``)."""
    options = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    options.add_argument("--out", type=Path, help="also write the table (and the notes) to this file")
    options.add_argument("--quick", action="store_true", help="fewer rounds and smaller loads: a smoke run")
    args = options.parse_args()
    started = time.perf_counter()
    figures = [fig for script in SCRIPTS for fig in run(script, args.quick)]
    notes = "\n".join(f"- {fig['name']}: {fig['notes']}" for fig in figures if fig["notes"])
    text = f"{table(figures)}\n\n{notes}\n\n(whole run: {time.perf_counter() - started:.0f} s)\n"
    print(text)
    if args.out is not None:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
