"""``kie.spec.check_generate``: the clients' ``submit`` checks, run on their own, with nothing sent."""

from __future__ import annotations

from pathlib import Path

import pytest

import kie
from kie.spec import check_generate

WAN = "wan/2-5-image-to-video"


def test_check_generate_gives_the_vendor_input() -> None:
    """The vocabulary becomes the model's own fields and spellings; model options pass through."""
    data = check_generate(WAN, prompt="a cat", image="https://e.com/a.png", duration=5, resolution="720P", seed=3)
    assert data == {
        "prompt": "a cat",
        "image_url": "https://e.com/a.png",
        "duration": "5",
        "resolution": "720p",
        "seed": 3,
    }


def test_check_generate_refuses_what_submit_refuses(tmp_path: Path) -> None:
    """A duration the model lacks, an unknown option and a local file that is no image are refused, by field."""
    with pytest.raises(kie.InputValidationError) as caught:
        check_generate(WAN, prompt="a", image="https://e.com/a.png", duration=7)
    assert (caught.value.field, caught.value.value) == ("input.duration", 7)
    with pytest.raises(kie.InputValidationError, match="sound"):
        check_generate(WAN, prompt="a", image="https://e.com/a.png", sound=True)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(kie.InputValidationError):
        check_generate(WAN, prompt="a", image=text)
