"""Generate the synchronous twins from their asyncio sources (as httpcore does), or check them.

Usage: ``scripts/unasync`` writes each sync module; ``scripts/unasync --check``
writes nothing and fails, with a diff, when a sync module differs from what
its source generates. The token rewriting is the ``unasync`` library's
(``async``/``await`` dropped, ``__aenter__`` -> ``__enter__``, ...) plus the
names below; docstrings and comments get the phrase table; the result is
formatted with the pinned ruff. Differences that are not a rewrite (threads vs
tasks, ``to_thread``) live in hand-written ``io`` modules, one per side.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    ("provider/kie/_async/api.py", "provider/kie/_sync/api.py"),
    ("provider/kie/_async/client.py", "provider/kie/_sync/client.py"),
    ("provider/kie/_async/downloads.py", "provider/kie/_sync/downloads.py"),
    ("provider/kie/_async/recovery.py", "provider/kie/_sync/recovery.py"),
    ("provider/kie/testing/_async_fixtures.py", "provider/kie/testing/_sync_fixtures.py"),
]
NAMES = {
    "AsyncAPI": "SyncAPI",
    "AsyncRecovery": "SyncRecovery",
    "AsyncClient": "Client",
    "AsyncDownloads": "SyncDownloads",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "kie_async_client": "kie_client",
    "async_fixture": "sync_fixture",
    "_async": "_sync",
}
PHRASES = [
    (
        "``kie.AsyncClient``: the asyncio client (the source of the generated ``kie.Client``).",
        "``kie.Client``: the synchronous client, generated from ``kie.AsyncClient``.",
    ),
    (
        "; file\nreads and writes run in a worker thread so the event loop never blocks on disk.",
        "; only the\nI/O differs from ``kie.AsyncClient``.",
    ),
    ("An asyncio client", "A synchronous client"),
    (
        "``kie.AsyncClient``'s API layer: one method per operation (the source of ``kie._sync.api``).",
        "``kie.Client``'s API layer: one method per operation (generated from ``kie._async.api``).",
    ),
    (
        "The ``kie_async_client`` fixture (the source ``scripts/unasync`` generates ``kie_client`` from).",
        "The ``kie_client`` fixture, generated from ``kie_async_client``.",
    ),
    (
        "journaled jobs picked up where they stopped (the source of ``kie._sync.recovery``).",
        "journaled jobs picked up where they stopped (generated from ``kie._async.recovery``).",
    ),
    ("(asyncio tasks)", "(threads)"),
    ("AsyncClient", "Client"),
    ("async with", "with"),
]
HEADER = "# Generated from {source} by scripts/unasync: do not edit.\n"


def _rewrite(source: str, text: str) -> str:
    rule = unasync.Rule("/", "/", additional_replacements=NAMES)
    tokens = list(rule._unasync_tokens(tokenize_rt.src_to_tokens(text)))
    phrases = dict(PHRASES)
    pattern = re.compile("|".join(re.escape(old) for old, _ in PHRASES))  # one pass: no phrase rewrites another
    out = []
    for token in tokens:
        if token.name in ("STRING", "COMMENT"):
            token = token._replace(src=pattern.sub(lambda m: phrases[m.group()], token.src))
        out.append(token)
    result: str = tokenize_rt.tokens_to_src(out)
    return HEADER.format(source=source) + result


def _format(path: str, text: str) -> str:
    ruff = [sys.executable, "-m", "ruff"]
    env = {**os.environ, "RUFF_NO_CACHE": "true"}
    fixed = subprocess.run(
        [*ruff, "check", "--fix-only", "--quiet", "--stdin-filename", path, "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    ).stdout
    return subprocess.run(
        [*ruff, "format", "--quiet", "--stdin-filename", path, "-"],
        input=fixed,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    ).stdout


def main() -> int:
    """Write or check every sync twin; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on drift instead of writing")
    args = parser.parse_args()
    drift = False
    for source, target in PAIRS:
        generated = _format(target, _rewrite(source, (ROOT / source).read_text(encoding="utf-8")))
        current = (ROOT / target).read_text(encoding="utf-8") if (ROOT / target).exists() else ""
        if generated == current:
            continue
        if args.check:
            drift = True
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    generated.splitlines(keepends=True),
                    target,
                    f"{target} (generated)",
                )
            )
        else:
            (ROOT / target).write_text(generated, encoding="utf-8")
            print(f"wrote {target}")
    if drift:
        print("the sync twins drifted from their async sources: run scripts/unasync", file=sys.stderr)
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main())
