"""Regenerate ``openapi/kie.bundle.yaml`` and ``generated/kie_api`` from the specs.

Run through ``scripts/regenerate``. With ``--out DIR`` it writes the same tree
under DIR instead (``scripts/check-generated`` and the fifth-model test use it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from bundle import bundle, dump

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


def regenerate(out: Path, spec_dir: Path, extra_models: list[Path]) -> None:
    """Write ``out/openapi/kie.bundle.yaml`` and ``out/generated/kie_api``.

    Args:
        out: the root to write under (the repository root by default).
        spec_dir: the folder with ``common.yaml`` and ``models/``.
        extra_models: more per-model vendor specs to bundle.

    Raises:
        subprocess.CalledProcessError: the generator failed (it runs with
            ``--fail-on-warning``).

    """
    doc = bundle(spec_dir, extra_models)
    text = dump(doc)
    bundle_path = out / "openapi" / "kie.bundle.yaml"
    bundle_path.parent.mkdir(parents=True, exist_ok=True)
    bundle_path.write_text(text, encoding="utf-8")

    package = out / "generated" / "kie_api"
    if package.exists():
        shutil.rmtree(package)
    package.parent.mkdir(parents=True, exist_ok=True)
    # The generator and its ruff post-hooks come from this interpreter's environment (the pinned dev extra).
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    generator = shutil.which("openapi-python-client", path=bin_dir) or "openapi-python-client"
    subprocess.run(
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
        check=True,
        cwd=out,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    # The runtime copy of the bundle: the model registry, client-side validation
    # and the emulator read it (stdlib json, so the core install needs no YAML).
    (package / "openapi.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (package / "py.typed").touch()
    (package / "model_ids.py").write_text(_model_ids_module(doc), encoding="utf-8")
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
    regenerate(args.out.resolve(), args.spec_dir.resolve(), [p.resolve() for p in args.extra_model])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
