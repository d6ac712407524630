"""``kie.MODELS``: the registry derived from the bundled spec."""

from __future__ import annotations

from pathlib import Path

import pytest

import kie
from kie.emulator import Emulator
from kie.spec import check_generate

SEEDS = {
    "hailuo/02-image-to-video-pro": "hailuo-02-image-to-video-pro.yaml",
    "hailuo/02-image-to-video-standard": "hailuo-02-image-to-video-standard.yaml",
    "kling-2.6/image-to-video": "kling-2.6-image-to-video.yaml",
    "wan/2-5-image-to-video": "wan-2-5-image-to-video.yaml",
}
MARKET = Path(__file__).resolve().parent / "fixtures" / "vendor-pages" / "market"


def test_every_video_model_of_the_vendor_is_bundled_the_seeds_from_the_seed_specs() -> None:
    """The 61 video pages' models are bundled (video, each from its page); the four seeds' come from the seed specs."""
    video_pages = [p for p in MARKET.rglob("*.md") if "x-apidog-folder: docs/en/Market/Video Models" in p.read_text()]
    assert len(video_pages) == 61
    assert len(kie.MODELS) == 61
    assert {info.category for info in kie.MODELS.values()} == {"video"}
    assert {model: kie.MODELS[model].source for model in SEEDS} == SEEDS
    others = [info for info in kie.MODELS.values() if info.id not in SEEDS]
    assert all(info.source.endswith(".md") and "/" in info.source for info in others)
    assert {"kling-3.0/video", "sora-2-text-to-video", "wan/2-6-text-to-video", "grok-imagine/extend"} <= set(
        kie.MODELS
    )


def test_the_seeds_keep_their_contract_and_gain_the_vendors_optional_fields() -> None:
    """Kling 2.6 keeps the seed's 5-80 s (the vendor's page says 5/10); nsfw_checker is added, optional."""
    assert (kie.MODELS["kling-2.6/image-to-video"].fields["duration"].enum or ())[-1] == "80"
    for model in ("hailuo/02-image-to-video-pro", "hailuo/02-image-to-video-standard", "wan/2-5-image-to-video"):
        field = kie.MODELS[model].fields["nsfw_checker"]
        assert (field.type, field.required) == ("boolean", False)
    assert kie.MODELS["hailuo/02-image-to-video-pro"].fields["nsfw_checker"].default is False


def test_fields_carry_types_enums_limits_and_defaults() -> None:
    """Field facts match the seed docs (API-FACTS.md's model table)."""
    standard = kie.MODELS["hailuo/02-image-to-video-standard"].fields
    assert standard["prompt"].max_length == 1500
    assert standard["duration"].enum == ("6", "10")
    assert (standard["duration"].default, standard["duration"].has_default) == ("10", True)
    assert standard["resolution"].enum == ("512P", "768P")
    assert standard["image_url"].required
    assert not standard["end_image_url"].required
    assert standard["image_url"].accept == ("image/jpeg", "image/png", "image/webp")
    assert standard["image_url"].max_bytes == 10 * 1024 * 1024

    kling = kie.MODELS["kling-2.6/image-to-video"]
    assert kling.required == ("prompt", "image_urls", "sound", "duration")
    assert kling.fields["image_urls"].type == "array"
    assert kling.fields["image_urls"].item_type == "string"
    assert kling.fields["duration"].enum == ("5", "10", "15", "20", "30", "40", "50", "60", "70", "80")
    assert kling.fields["prompt"].max_length == 1000

    wan = kie.MODELS["wan/2-5-image-to-video"].fields
    assert wan["prompt"].max_length == 800
    assert wan["negative_prompt"].max_length == 500
    assert wan["resolution"].enum == ("720p", "1080p")
    assert wan["seed"].type == "number"
    assert not wan["seed"].has_default


def test_hailuo_pro_has_a_fixed_output() -> None:
    """Hailuo pro has no duration/resolution fields; its fixed 6 s 1080p output is in the spec."""
    pro = kie.MODELS["hailuo/02-image-to-video-pro"]
    assert list(pro.fields) == ["prompt", "image_url", "end_image_url", "prompt_optimizer", "nsfw_checker"]
    assert dict(pro.output) == {"duration": 6, "resolution": "1080p"}


def test_each_model_has_its_generated_input_class() -> None:
    """Every model maps to its typed input class in the generated ``kie_api``."""
    for info in kie.MODELS.values():
        klass = info.input_class
        assert klass.__module__.startswith("kie_api.models.")
        assert info.example is not None
        assert klass.from_dict(info.example["input"]).to_dict() == info.example["input"]


def test_an_unknown_model_is_named_with_close_ids_and_where_the_list_is() -> None:
    """A typo'd id: the error names it, suggests up to three close ids and points to the list, not all 61 ids."""
    with pytest.raises(kie.InputValidationError) as raised:
        check_generate("wan/2-5-image-to-vide", prompt="p")
    message = str(raised.value)
    assert message.startswith("unknown model 'wan/2-5-image-to-vide'; did you mean 'wan/2-5-image-to-video', ")
    assert message.count("'wan/") == 4  # the id given and three suggestions
    assert message.endswith(f"(all {len(kie.MODELS)} models: kie.MODELS, or `kie models`)")
    assert "kling" not in message  # no full list
    assert "sora" not in message
    assert raised.value.field == "model"
    with pytest.raises(kie.InputValidationError) as raised:
        check_generate("veo/3", prompt="p")
    assert str(raised.value) == f"unknown model 'veo/3' (all {len(kie.MODELS)} models: kie.MODELS, or `kie models`)"


def test_duration_on_sora_errors_naming_its_roles(kie_client: kie.Client, kie_emulator: Emulator) -> None:
    """Sora counts ``n_frames``, not seconds, so it has no duration role: ``duration=`` fails, listing the roles it has.

    Nothing reaches the emulator: no task is created (a paid one, on kie.ai).
    """
    created = kie_emulator.state.stats()["created_count"]
    with pytest.raises(kie.InputValidationError) as raised:
        kie_client.generate("sora-2-text-to-video", prompt="a paper boat", duration=10)
    message = str(raised.value)
    assert message.startswith("sora-2-text-to-video has no duration option; ")
    assert "n_frames" in message  # the option it does have, by its vendor name
    assert message.endswith("its roles are: prompt, aspect_ratio")
    assert kie.MODELS["sora-2-text-to-video"].fields["n_frames"].role is None
    assert kie_emulator.state.stats()["created_count"] == created
