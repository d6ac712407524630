"""``scripts/regenerate`` takes vendor pages as published, and names the page it cannot digest in one line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from kie._vendor_pages import read_page

ROOT = Path(__file__).resolve().parent.parent
MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
REGEN = ROOT / "scripts" / "regen.py"


def spec_dir(tmp_path: Path, *, seeds: bool = True) -> Path:
    """A copy of ``openapi/`` (common.yaml, and the seed specs unless ``seeds`` is false) to drop pages into."""
    folder = tmp_path / "openapi"
    (folder / "models").mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "common.yaml", folder)
    if seeds:
        for seed in (ROOT / "openapi" / "models").glob("*.yaml"):
            shutil.copy(seed, folder / "models")
    return folder


def regenerate(tmp_path: Path, specs: Path) -> subprocess.CompletedProcess[str]:
    """Run ``scripts/regen.py`` on ``specs`` into ``tmp_path/out``, from ``tmp_path``."""
    return subprocess.run(
        [sys.executable, str(REGEN), "--out", str(tmp_path / "out"), "--spec-dir", str(specs)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_markdown_page_in_a_subfolder_is_bundled_and_the_seeds_do_not_change(tmp_path: Path) -> None:
    """kling-3-0.md as published, in models/kling/, is bundled and generated; the seeds' schemas stay byte for byte."""
    specs = spec_dir(tmp_path)
    (specs / "models" / "kling").mkdir()
    shutil.copy(MARKET / "kling" / "kling-3-0.md", specs / "models" / "kling")
    done = regenerate(tmp_path, specs)
    assert done.returncode == 0, done.stderr
    bundle = yaml.safe_load((tmp_path / "out" / "openapi" / "kie.bundle.yaml").read_text())
    schemas = bundle["components"]["schemas"]
    assert schemas["Kling30VideoRequest"]["x-kie-source"] == "kling/kling-3-0.md"
    assert "kling-3.0/video" in schemas["CreateTaskRequest"]["discriminator"]["mapping"]
    assert (tmp_path / "out" / "generated" / "kie_api" / "models" / "kling_30_video_input.py").exists()
    checked_in = yaml.safe_load((ROOT / "openapi" / "kie.bundle.yaml").read_text())["components"]["schemas"]
    for name, schema in schemas.items():  # the seeds and kling-3-0.md as the checked-in bundle has them
        if name != "CreateTaskRequest":
            assert checked_in[name] == schema, name


def test_a_page_the_normalizer_cannot_repair_fails_in_one_line_naming_it(tmp_path: Path) -> None:
    """A model page without a createTask body fails regenerate with one line: the file and the reason."""
    specs = spec_dir(tmp_path)
    shutil.copy(MARKET / "common" / "get-task-detail.md", specs / "models")
    done = regenerate(tmp_path, specs)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "scripts/regenerate: openapi/models/get-task-detail.md: no POST /api/v1/jobs/createTask operation "
        "(is it a model page?)"
    ]
    assert not (tmp_path / "out" / "generated").exists()


def test_a_page_the_generator_cannot_digest_fails_in_one_line_naming_it(tmp_path: Path) -> None:
    """A nested default outside its enum stops openapi-python-client: one line names the page and the reason."""
    specs = spec_dir(tmp_path)
    page = read_page((MARKET / "kling" / "kling-3-0.md").read_text())
    body = page["paths"]["/api/v1/jobs/createTask"]["post"]["requestBody"]["content"]["application/json"]
    odd = {"type": "object", "properties": {"style": {"type": "string", "enum": ["a", "b"], "default": "c"}}}
    body["schema"]["properties"]["input"]["properties"]["camera"] = odd
    (specs / "models" / "kling-3-0.json").write_text(json.dumps(page))
    done = regenerate(tmp_path, specs)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("scripts/regenerate: openapi/models/kling-3-0.json: openapi-python-client cannot")
    assert "Value c is not valid for enum" in lines[0]


def test_every_create_task_page_bundles_and_generates_in_one_bundle(tmp_path: Path) -> None:
    """All 109 createTask pages as published, in their vendor subfolders, go through the bundler and the generator."""
    specs = spec_dir(tmp_path, seeds=False)
    pages = [p for p in MARKET.rglob("*.md") if "  /api/v1/jobs/createTask:" in p.read_text()]
    for page in pages:
        target = specs / "models" / page.relative_to(MARKET)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
    done = regenerate(tmp_path, specs)
    assert done.returncode == 0, done.stderr
    shipped = json.loads((tmp_path / "out" / "generated" / "kie_api" / "openapi.json").read_text())
    mapping = shipped["components"]["schemas"]["CreateTaskRequest"]["discriminator"]["mapping"]
    assert len(pages) == len(mapping) == 109
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 4, done.stderr
