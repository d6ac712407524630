"""``asset://`` values: the CLI takes them as the library does (``kie.spec.sent_as_url``), never as local paths.

Seedance 2's page documents ``asset://{assetId}`` for its image, video and
audio fields, so ``generate`` sends such a value as it is; a model whose page
does not document the scheme refuses it. `kie generate` and `kie batch run`
must agree with that: not refuse it as a missing local file, and not take it
for a path under the JOBS folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kie.emulator import Emulator

from .helpers import error_line, on, run

ASSET = "asset://asset-20260404242101-76djj"
PROMPT = "a paper boat on a pond"


def test_generate_sends_an_asset_url_the_models_page_documents(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path
) -> None:
    """`--image asset://...` on Seedance 2 is sent as its ``first_frame_url``, as ``generate`` sends it; exit 0."""
    code, out, err = run(capsys, "generate", "bytedance/seedance-2", "--prompt", PROMPT, "--image", ASSET,
                         "--end-image", ASSET, *on(emu), "-o", str(tmp_path / "boat.mp4"), "--json")  # fmt: skip
    assert code == 0, err
    sent = json.loads(out)["input"]
    assert (sent["first_frame_url"], sent["last_frame_url"]) == (ASSET, ASSET)
    assert (tmp_path / "boat.mp4").stat().st_size > 0


def test_generate_refuses_an_asset_url_the_model_does_not_document(
    capsys: pytest.CaptureFixture[str], emu: Emulator
) -> None:
    """Wan 2.5's page names no ``asset://``: the flag is refused in one line, nothing is sent; exit 2."""
    created = emu.state.stats()["created_count"]
    code, out, err = run(capsys, "generate", "wan/2-5-image-to-video", "--prompt", PROMPT, "--image", ASSET, *on(emu))
    assert code == 2
    assert f"--image {ASSET}: asset:// is not supported" in error_line(err)
    assert emu.state.stats()["created_count"] == created
    assert out == ""


def test_batch_takes_an_asset_url_as_a_url_not_a_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A JOBS row's ``image: asset://...`` passes Seedance's check as it is; Wan refuses it as a URL, not a path."""
    jobs = tmp_path / "jobs.jsonl"
    rows = [{"id": "s", "model": "bytedance/seedance-2", "prompt": PROMPT, "image": ASSET}]
    jobs.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    code, out, err = run(capsys, "batch", "run", str(jobs), "--dry-run", "--no-journal")
    assert code == 0, err
    assert any(line.split()[:1] == ["s"] for line in out.splitlines()), out  # the row's estimate
    rows = [{"id": "w", "model": "wan/2-5-image-to-video", "prompt": PROMPT, "image": ASSET}]
    jobs.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    code, out, err = run(capsys, "batch", "run", str(jobs), "--dry-run", "--no-journal")
    assert code == 2
    row = next(line for line in err.splitlines() if "(id 'w')" in line)
    assert f"'{ASSET}' is a URL of scheme asset:" in row
    assert str(tmp_path) not in row  # not a path under the JOBS folder
