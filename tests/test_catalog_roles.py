"""The ``generate`` vocabulary's roles: inferred from real pages, overridable in a spec file, mapped per model."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import kie
from kie._roles import assign_roles, infer_roles
from kie._vendor_examples import VendorPageError
from kie._vendor_pages import CREATE_TASK_PATH, normalize_page, read_page
from kie.emulator import Emulator
from kie.spec import check_generate

ROOT = Path(__file__).resolve().parent.parent
MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
URL = "https://example.com/a.png"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


def roles_of(page: str) -> dict[str, str]:
    """Field -> role of a market page, as the normalizer writes them (``x-kie-role``)."""
    spec = normalize_page((MARKET / page).read_text(encoding="utf-8"), page)
    return {name: prop["x-kie-role"] for name, prop in spec.input_schema["properties"].items() if "x-kie-role" in prop}


def page_doc(page: str) -> dict[str, Any]:
    """A market page's document, read but not repaired."""
    return read_page((MARKET / page).read_text(encoding="utf-8"))


def input_props(document: dict[str, Any]) -> dict[str, Any]:
    """The ``input`` properties of a document's createTask body."""
    media = document["paths"][CREATE_TASK_PATH]["post"]["requestBody"]["content"]["application/json"]
    props: dict[str, Any] = media["schema"]["properties"]["input"]["properties"]
    return props


# --- inference, on the vendor's own field names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("wan/2-5-image-to-video.md", {"image_url": "image", "duration": "duration", "resolution": "resolution"}),
        ("kling/image-to-video.md", {"image_urls": "images", "duration": "duration"}),
        ("kling/v2-1-pro.md", {"image_url": "image", "tail_image_url": "end_image"}),
        ("bytedance/seedance-1-5-pro.md", {"input_urls": "images", "aspect_ratio": "aspect_ratio"}),
        (
            "bytedance/seedance-2.md",
            {
                "first_frame_url": "image",
                "last_frame_url": "end_image",
                "reference_image_urls": "images",
                "reference_video_urls": "video",
                "reference_audio_urls": "audio",
            },
        ),
        ("wan/2-7-text-to-video.md", {"ratio": "aspect_ratio", "audio_url": "audio"}),
        ("wan/2-7-r2v.md", {"first_frame": "image", "reference_voice": "audio", "reference_video": "video"}),
        ("kling/motion-control.md", {"input_urls": "images", "video_urls": "video"}),
        ("sora2/sora-2-characters.md", {"character_file_url": "video", "character_prompt": "prompt"}),
        ("grok-imagine/extend.md", {"extend_times": "duration"}),
        ("infinitalk/from-audio.md", {"image_url": "image", "audio_url": "audio"}),
        ("elevenlabs/sound-effect-v2.md", {"text": "prompt", "duration_seconds": "duration"}),
        ("google/nano-banana.md", {"image_size": "aspect_ratio"}),
        ("seedream/seedream-v4-text-to-image.md", {"image_resolution": "resolution"}),
        ("recraft/remove-background.md", {"image": "image"}),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_roles_are_inferred_from_names_types_and_descriptions(page: str, expected: dict[str, str]) -> None:
    """Each vendor spelling gets its role: image_url/first_frame/input_urls, tail_image_url, ratio, audio_url..."""
    found = roles_of(page)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("ideogram/v3-edit.md", "mask_url"),  # a mask is no frame
        ("grok-imagine/image-to-video.md", "task_id"),  # its description names image_urls, but it is an id
        ("elevenlabs/text-to-speech-turbo-2-5.md", "voice"),  # a preset's name, not an audio URL
        ("wan/2-6-flash-image-to-video.md", "audio"),  # a boolean: no URL
        ("sora2/sora-2-text-to-video.md", "n_frames"),  # frames, not seconds
        ("qwen/text-to-image.md", "negative_prompt"),
    ],
)
def test_fields_that_only_look_like_a_role_get_none(page: str, name: str) -> None:
    """Masks, ids, voice presets, booleans named ``audio``, frame counts and negative prompts take no role."""
    assert name not in roles_of(page)


def test_each_role_goes_to_one_field_the_first() -> None:
    """Two image lists (ideogram character-remix): the first in the spec's order takes ``images``."""
    found = roles_of("ideogram/character-remix.md")
    assert found["reference_image_urls"] == "images"
    assert "image_urls" not in found
    assert list(found.values()).count("images") == 1


def test_every_page_gets_a_prompt_or_a_reason_not_to() -> None:
    """Of the 109 pages, those without a prompt role have no text to prompt with (upscales, isolation...)."""
    pages = [p.relative_to(MARKET).as_posix() for p in sorted(MARKET.rglob("*.md"))]
    pages = [p for p in pages if f"  {CREATE_TASK_PATH}:" in (MARKET / p).read_text(encoding="utf-8")]
    assert len(pages) == 109
    assert sorted(p for p in pages if "prompt" not in roles_of(p).values()) == [
        "elevenlabs/audio-isolation.md",
        "elevenlabs/speech-to-text.md",
        "elevenlabs/text-to-dialogue-v3.md",
        "grok-imagine/upscale.md",
        "ideogram/v3-reframe.md",
        "recraft/crisp-upscale.md",
        "recraft/remove-background.md",
        "sora-2-pro-storyboard.md",
        "sora2/sora-watermark-remover.md",
        "topaz/image-upscale.md",
        "topaz/video-upscale.md",
        "wan/2-2-animate-move.md",
        "wan/2-2-animate-replace.md",
    ]


# --- the spec file's own x-kie-role ---------------------------------------------------------------------------------


def test_an_x_kie_role_in_the_spec_file_overrides_inference() -> None:
    """Sora's ``n_frames`` (seconds, despite its name) becomes ``duration`` by an ``x-kie-role`` in the page."""
    document = page_doc("sora2/sora-2-text-to-video.md")
    input_props(document)["n_frames"]["x-kie-role"] = "duration"
    input_props(document)["aspect_ratio"]["x-kie-role"] = "none"
    spec = normalize_page(document, "sora.md")
    props = spec.input_schema["properties"]
    assert props["n_frames"]["x-kie-role"] == "duration"
    assert "x-kie-role" not in props["aspect_ratio"]


def test_an_override_takes_the_role_from_the_field_inference_gave_it() -> None:
    """``x-kie-role: image`` on another field moves ``image`` there: one field per role."""
    schema = {"properties": {"image_url": {"type": "string"}, "style_image": {"type": "string", "x-kie-role": "image"}}}
    assert assign_roles(schema) == {"style_image": "image"}
    assert "x-kie-role" not in schema["properties"]["image_url"]


@pytest.mark.parametrize(
    ("props", "reason"),
    [
        ({"a": {"type": "string", "x-kie-role": "picture"}}, r"input\.a: x-kie-role 'picture' is not one of prompt"),
        (
            {"a": {"type": "string", "x-kie-role": "image"}, "b": {"type": "string", "x-kie-role": "image"}},
            "x-kie-role 'image' is given to two fields: a and b",
        ),
    ],
    ids=["unknown-role", "twice"],
)
def test_a_wrong_override_is_one_clear_error_naming_the_page(props: dict[str, Any], reason: str) -> None:
    """An ``x-kie-role`` that is no role, or one role on two fields, fails the page by name."""
    document = page_doc("wan/2-6-text-to-video.md")
    input_props(document).update(copy.deepcopy(props))
    with pytest.raises(VendorPageError, match=f"^t2v.md: {reason}"):
        normalize_page(document, "t2v.md")


def test_inference_alone_ignores_overrides() -> None:
    """``infer_roles`` reads names, types, descriptions and enums only."""
    assert infer_roles({"image_url": {"type": "string", "x-kie-role": "video"}}) == {"image_url": "image"}


# --- ModelInfo, generate, the CLI -----------------------------------------------------------------------------------


def test_model_info_exposes_the_roles_in_generate_order() -> None:
    """``ModelInfo.roles``: role -> field; a model with only a list of images takes ``image`` too."""
    assert dict(kie.MODELS["hailuo/02-image-to-video-standard"].roles) == {
        "prompt": "prompt",
        "image": "image_url",
        "end_image": "end_image_url",
        "duration": "duration",
        "resolution": "resolution",
    }
    kling = kie.MODELS["kling-2.6/image-to-video"]
    assert (kling.roles["image"], kling.roles["images"]) == ("image_urls", "image_urls")
    assert kling.fields["image_urls"].role == "images"


@pytest.mark.parametrize(
    ("model", "arguments", "sent"),
    [
        ("wan/2-7-text-to-video", {"duration": 7, "aspect_ratio": "4:3"}, {"duration": 7, "ratio": "4:3"}),
        ("bytedance/v1-pro-text-to-video", {"duration": 10}, {"duration": "10"}),
        ("sora-2-text-to-video", {"aspect_ratio": "9:16"}, {"aspect_ratio": "portrait"}),
        ("hailuo/2-3-image-to-video-pro", {"image": URL, "resolution": "1080p"}, {"resolution": "1080P"}),
        ("kling/v2-1-pro", {"image": URL, "end_image": URL}, {"image_url": URL, "tail_image_url": URL}),
        ("bytedance/seedance-2", {"images": [URL, URL]}, {"reference_image_urls": [URL, URL]}),
        ("wan/2-6-video-to-video", {"video": "https://e.com/v.mp4"}, {"video_urls": ["https://e.com/v.mp4"]}),
        ("wan/2-7-image-to-video", {"audio": "https://e.com/s.mp3"}, {"driving_audio_url": "https://e.com/s.mp3"}),
        ("bytedance/seedance-2", {"end_image": "asset://asset-1"}, {"last_frame_url": "asset://asset-1"}),
        ("wan/2-6-flash-image-to-video", {"image": URL, "audio": True}, {"image_urls": [URL], "audio": True}),
    ],
    ids=["int", "enum-string", "ratio-word", "spelling", "end", "images", "video-list", "audio", "asset", "plain"],
)
def test_each_role_lands_in_the_models_own_field_and_type(
    model: str, arguments: dict[str, Any], sent: dict[str, Any]
) -> None:
    """Seconds as the model's type (int, enum string), ratios and resolutions in its spelling, lists where it lists."""
    data = check_generate(model, prompt="a paper boat", **arguments)
    assert {name: data[name] for name in sent} == sent


def test_a_role_the_model_lacks_is_an_error_listing_its_roles(tmp_path: Path) -> None:
    """``video=`` on a text-to-video model: an error naming the roles it has, before any file is read or sent."""
    with pytest.raises(kie.InputValidationError) as raised:
        check_generate("wan/2-6-text-to-video", prompt="p", video=tmp_path / "missing.mp4")
    assert str(raised.value) == (
        "wan/2-6-text-to-video takes no video input; its roles are: prompt, duration, resolution"
    )
    with pytest.raises(kie.InputValidationError, match=r"has no aspect ratio option; .*its roles are: prompt, image"):
        check_generate("wan/2-5-image-to-video", prompt="p", image=URL, aspect_ratio="16:9")
    with pytest.raises(kie.InputValidationError, match="takes one file, not 2"):
        check_generate("wan/2-5-image-to-video", prompt="p", image=[URL, URL])


def test_generate_uploads_a_local_video_and_sends_its_url(kie_emulator: Emulator, tmp_path: Path) -> None:
    """A local MP4 given as ``video`` is uploaded to the emulator and its URL sent in the model's own field."""
    clip = tmp_path / "in.mp4"
    clip.write_bytes(MP4)
    with kie.Client(api_key="k", base_url=kie_emulator.url, poll_interval=0.05) as client:
        info = client.generate("topaz/video-upscale", video=clip, upscale_factor="2", timeout=60)
    assert info.state is kie.TaskState.SUCCESS
    assert info.input["video_url"].startswith(kie_emulator.url)
    with pytest.raises(kie.InputValidationError, match="accepted types: video/mp4"):
        kie.Client(api_key="k", base_url=kie_emulator.url).submit(
            "topaz/video-upscale", video=b"\x89PNG\r\n\x1a\n" + bytes(8)
        )


def test_kie_models_shows_the_category_and_roles(capsys: pytest.CaptureFixture[str]) -> None:
    """``kie models MODEL`` prints the category and the role of each field; ``--json`` carries them."""
    from kie import cli

    assert cli.main(["models", "bytedance/seedance-2"]) == 0
    out = capsys.readouterr().out
    assert "makes: video" in out
    assert "generate roles: prompt -> prompt, image -> first_frame_url, end_image -> last_frame_url" in out
    assert "generate's end_image (--end-image)" in out
    assert cli.main(["models", "kling-2.6/image-to-video", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["category"], data["roles"]["image"], data["fields"]["image_urls"]["role"]) == (
        "video",
        "image_urls",
        "images",
    )


def test_kie_generate_takes_the_vocabulary_as_flags(capsys: pytest.CaptureFixture[str], kie_emulator: Emulator) -> None:
    """``--video``, ``--aspect-ratio`` and ``--images`` reach the model's own fields; a missing one is refused."""
    from kie import cli

    words = ["generate", "wan/2-6-video-to-video", "--prompt", "p", "--video", "https://e.com/v.mp4"]
    code = cli.main(
        [*words, "--no-wait", "--no-journal", "--provider", "emulator", "--base-url", kie_emulator.url, "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["input"]["video_urls"] == ["https://e.com/v.mp4"]
    code = cli.main(
        [
            "generate",
            "wan/2-6-video-to-video",
            "--prompt",
            "p",
            "--provider",
            "emulator",
            "--base-url",
            kie_emulator.url,
        ]
    )
    assert code == 2
    assert "--video is required" in capsys.readouterr().err
