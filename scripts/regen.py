"""Regenerate ``openapi/kie.bundle.yaml`` and ``generated/kie_api`` from the specs.

Run through ``scripts/regenerate``. With ``--out DIR`` it writes the same tree
under DIR instead (``scripts/check-generated`` and the fifth-model test use it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from bundle import VendorPageError, bundle, dump, shown

ROOT = Path(__file__).resolve().parent.parent
COMMAND = "scripts/regenerate"


def _model_ids_module(doc: dict[str, Any]) -> str:
    """The ``ModelId`` literal of every bundled model id, from the createTask discriminator."""
    ids = sorted(doc["components"]["schemas"]["CreateTaskRequest"]["discriminator"]["mapping"])
    members = "".join(f"    {json.dumps(model_id)},\n" for model_id in ids)
    return (
        '"""Every bundled model id as a ``Literal`` (written by scripts/regenerate from the bundle)."""\n\n'
        "from typing import Literal\n\n"
        '__all__ = ["MODEL_IDS", "ModelId"]\n\n'
        f"ModelId = Literal[\n{members}]\n"
        '"""A model id the bundled spec knows; ``kie.MODELS`` may hold more (registered at run time)."""\n\n'
        f"MODEL_IDS: tuple[ModelId, ...] = (\n{members})\n"
    )


class RegenerateError(Exception):
    """A spec the bundler or the generator cannot digest; the message is one line naming the file."""


_SCHEMA_NAMED = re.compile(r"components[./]schemas[./](\w+)")


def _generator_failure(doc: dict[str, Any], output: str, spec_dir: Path) -> RegenerateError:
    """One line naming the spec behind the generator's first complaint, and the complaint."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    found = _SCHEMA_NAMED.search(output)
    schemas = doc["components"]["schemas"]
    name = found.group(1) if found else ""
    source = schemas.get(name.removesuffix("Input") + "Request", schemas.get(name, {})).get("x-kie-source")
    start = next((i for i, line in enumerate(lines) if line.startswith(("Unable", "WARNING", "Failed"))), 0)
    detail = [line for line in lines[start + 1 : start + 4] if not line.startswith(("{", "}", "Failure", "/"))]
    reason = " ".join(detail)[:300] or (lines[start] if lines else "no output")
    where = shown(spec_dir / "models" / source) if source else "the bundle"
    return RegenerateError(f"{where}: openapi-python-client cannot generate it: {reason}")


def _generate(doc: dict[str, Any], text: str, work: Path, cwd: Path, spec_dir: Path) -> Path:
    """Run the pinned generator on the bundle into ``work/kie_api``; add the runtime files."""
    bundle_path = work / "kie.bundle.yaml"
    bundle_path.write_text(text, encoding="utf-8")
    package = work / "kie_api"
    # The generator and its ruff post-hooks come from this interpreter's environment (the pinned dev extra).
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    generator = shutil.which("openapi-python-client", path=bin_dir) or "openapi-python-client"
    done = subprocess.run(
        [
            generator,
            "generate",
            "--path",
            str(bundle_path),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--config",
            str(ROOT / "scripts" / "generator.yaml"),
            "--overwrite",
            "--fail-on-warning",
        ],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise _generator_failure(doc, done.stdout + "\n" + done.stderr, spec_dir)
    # The runtime copy of the bundle: the model registry, client-side validation
    # and the emulator read it (stdlib json, so the core install needs no YAML).
    (package / "openapi.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (package / "py.typed").touch()
    (package / "model_ids.py").write_text(_model_ids_module(doc), encoding="utf-8")
    return package


def regenerate(out: Path, spec_dir: Path, extra_models: list[Path]) -> None:
    """Write ``out/openapi/kie.bundle.yaml`` and ``out/generated/kie_api``.

    Nothing is written unless everything succeeds: the client is generated in a
    temporary folder and moved into place at the end.

    Args:
        out: the root to write under (the repository root by default).
        spec_dir: the folder with ``common.yaml`` and ``models/``.
        extra_models: more per-model vendor specs to bundle.

    Raises:
        RegenerateError: a spec the normalizer or the generator cannot digest (one
            line naming the file and the reason).

    """
    try:
        doc = bundle(spec_dir, extra_models)
    except VendorPageError as exc:
        raise RegenerateError(str(exc)) from None
    text = dump(doc)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kie-regen-") as tmp:
        built = _generate(doc, text, Path(tmp), out, spec_dir)
        bundle_path = out / "openapi" / "kie.bundle.yaml"
        bundle_path.parent.mkdir(parents=True, exist_ok=True)
        bundle_path.write_text(text, encoding="utf-8")
        package = out / "generated" / "kie_api"
        if package.exists():
            shutil.rmtree(package)
        package.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(built, package)
    stamp = {
        "spec_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "generator": f"openapi-python-client {metadata.version('openapi-python-client')}",
        "ruff": metadata.version("ruff"),
        "command": COMMAND,
    }
    (out / "generated" / "STAMP.json").write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    (out / "generated" / "README.md").write_text(
        "# generated/\n\nMachine-written by `scripts/regenerate` from `openapi/` "
        "(openapi-python-client, see `STAMP.json`). Do not edit by hand: change the specs "
        "and regenerate; `scripts/check-generated` fails CI on any drift.\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``regen.py [--out DIR] [--spec-dir DIR] [--extra-model FILE ...]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT)
    parser.add_argument("--spec-dir", type=Path, default=ROOT / "openapi")
    parser.add_argument("--extra-model", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    try:
        regenerate(args.out.resolve(), args.spec_dir.resolve(), [p.resolve() for p in args.extra_model])
    except RegenerateError as exc:
        print(f"scripts/regenerate: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
