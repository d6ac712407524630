"""A result's default file name takes its extension: `kie generate`, `kie batch run` and `Client.download` agree.

The rule is ``kie.media.result_extension``: the result URL's extension when it
names a media type, else the model category's (``.png`` for an image model,
``.mp3`` for audio, ``.mp4`` for video). Image and audio models are not
bundled, so the tests register vendor pages of ``tests/fixtures/vendor-pages/market/``
(``--spec``, as a user of the wheel would) and run them on the in-process emulator.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kie
from kie._downloads import download_target
from kie.cli._batch_run import _suffix
from kie.emulator import Emulator
from kie.emulator.audio import probe_audio
from kie.emulator.image import probe_image
from kie.emulator.video import probe_mp4

from .helpers import on, run

PAGES = Path(__file__).parents[1] / "fixtures" / "vendor-pages" / "market"
IMAGE_PAGE = PAGES / "google" / "nano-banana.md"
AUDIO_PAGE = PAGES / "elevenlabs" / "sound-effect-v2.md"


@pytest.mark.usefixtures("restore_models")
@pytest.mark.parametrize(
    ("page", "model", "arguments", "suffix"),
    [
        (IMAGE_PAGE, "google/nano-banana", ["--prompt", "a fox"], ".png"),
        (IMAGE_PAGE, "google/nano-banana", ["--prompt", "a fox", "-O", "output_format=jpeg"], ".jpg"),
        (AUDIO_PAGE, "elevenlabs/sound-effect-v2", ["-O", "text=rain", "-O", "duration_seconds=1"], ".mp3"),
        (AUDIO_PAGE, "elevenlabs/sound-effect-v2",
         ["-O", "text=rain", "-O", "duration_seconds=1", "-O", "output_format=pcm_16000"], ".wav"),
        (None, "wan/2-5-image-to-video", ["--example"], ".mp4"),
    ],
    ids=["image-png", "image-jpeg", "audio-mp3", "audio-wav", "video"],
)  # fmt: skip
def test_generate_names_the_file_by_the_results_extension(
    capsys: pytest.CaptureFixture[str],
    emu: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: Path | None,
    model: str,
    arguments: list[str],
    suffix: str,
) -> None:
    """Without --output the result lands here as TASK_ID plus its own extension (a PNG is never saved as .mp4)."""
    monkeypatch.chdir(tmp_path)
    spec = ["--spec", str(page)] if page is not None else []
    code, out, err = run(capsys, "generate", model, *spec, *arguments, *on(emu), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["output"] == f"{result['task_id']}{suffix}"
    assert f"saved {result['task_id']}{suffix} " in err
    data = (tmp_path / result["output"]).read_bytes()
    probe = {"image": probe_image, "audio": probe_audio, "video": probe_mp4}[kie.MODELS[model].category]
    probe(data)  # decodes as its category's media
    assert list(tmp_path.iterdir()) == [tmp_path / result["output"]]


@pytest.mark.usefixtures("restore_models")
def test_the_resume_command_saves_under_the_same_name(
    capsys: pytest.CaptureFixture[str], emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--no-wait` without --output says how to resume; that command saves the image as TASK_ID.png here too."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "generate", "google/nano-banana", "--spec", str(IMAGE_PAGE), "-p", "a fox",
                         *on(emu), "--no-wait")  # fmt: skip
    assert code == 0, err
    task_id = out.strip()
    resume = next(line for line in err.splitlines() if line.startswith("follow it with: "))
    command = resume.removeprefix("follow it with: kie ").split()
    assert command[:3] == ["status", task_id, "--wait"]
    code, out, err = run(capsys, *command)
    assert code == 0, err
    assert (tmp_path / f"{task_id}.png").is_file()
    assert not (tmp_path / f"{task_id}.mp4").exists()


@pytest.mark.usefixtures("restore_models")
@pytest.mark.parametrize(
    ("page", "model", "url", "suffix"),
    [
        (IMAGE_PAGE, "google/nano-banana", "https://cdn.example/r/abc", ".png"),
        (IMAGE_PAGE, "google/nano-banana", "https://cdn.example/r/abc.JPEG?sig=1", ".jpeg"),
        (AUDIO_PAGE, "elevenlabs/sound-effect-v2", "https://cdn.example/r/abc?format=wav", ".mp3"),
        (AUDIO_PAGE, "elevenlabs/sound-effect-v2", "https://cdn.example/r/abc.wav", ".wav"),
        (None, "wan/2-5-image-to-video", "https://cdn.example/r/abc.bin", ".mp4"),
        (None, "not/a-model", "https://cdn.example/r/abc", ".mp4"),
    ],
    ids=["image-no-extension", "image-upper-case", "audio-query", "audio-wav", "video-unknown-extension", "unknown"],
)
def test_batch_names_a_result_as_download_does(
    tmp_path: Path, page: Path | None, model: str, url: str, suffix: str
) -> None:
    """`kie batch run` saves ``<id><suffix>`` by ``Client.download``'s rule, whatever the result URL looks like."""
    if page is not None:
        kie.register_model_spec(page)
    info = kie.TaskInfo.from_data({"taskId": "t1", "model": model, "state": "success",
                                   "resultJson": json.dumps({"resultUrls": [url]})})  # fmt: skip
    assert download_target(info, tmp_path) == (url, tmp_path / f"t1{suffix}")  # Client.download's file name
    assert _suffix(model, info) == suffix
