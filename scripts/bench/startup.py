"""Start-up: ``import kie`` against ``import httpx``, and ``kie --help`` against a bare typer app's ``--help``.

Each round starts a fresh interpreter (``python -c ...``) for each side,
interleaved, and times it whole: that is what a user waits for. The package's
bytecode is compiled first, as installing a wheel does (httpx's already is).
The raw side of ``kie --help`` is the least a typer CLI on httpx pays: a typer
app with the same six commands that imports httpx and prints its help.

    python scripts/bench/startup.py [--rounds 15] [--json]
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from _common import HERE, figure, interleave, parser, show

BARE_CLI = """
import httpx, typer
app = typer.Typer(name="kie", no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
for name in ("generate", "status", "models", "upload", "credits", "emulator"):
    app.command(name)(lambda: None)
app()
"""


def timed(*args: str) -> Callable[[], float]:
    """A round: run ``python args...`` once; its wall time in milliseconds."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run() -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, *args], env=env, check=True, stdout=subprocess.DEVNULL)
        return (time.perf_counter() - started) * 1000

    return run


def main() -> None:
    """Run both figures and print them."""
    options = parser(__doc__, rounds=15).parse_args()
    root = HERE.parent.parent
    for folder in ("provider", "generated"):
        compileall.compile_dir(root / folder, quiet=1)
    figures = []
    for name, lib, raw, raw_name in (
        ("import kie", ("-c", "import kie"), ("-c", "import httpx"), "import httpx"),
        ("kie --help", ("-m", "kie.cli", "--help"), ("-c", BARE_CLI, "--help"), "typer+httpx"),
    ):
        ours, theirs = interleave(timed(*lib), timed(*raw), options.rounds)
        ratio = statistics.median(a / b for a, b in zip(ours, theirs, strict=True))
        figures.append(figure(name, "ms", ours, theirs, target="<= 1.25x", met=ratio <= 1.25, raw_name=raw_name))
    show(figures, options.json)


if __name__ == "__main__":
    main()
