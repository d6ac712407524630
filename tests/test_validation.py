"""Client-side validation: one test per constraint kind of the spec, and the seed examples pass."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import kie
from kie._validation import build_create_body

FIXTURES = Path(__file__).parent / "fixtures"
SEED_REQUESTS = sorted((FIXTURES / "seed_requests").glob("*.json"))
KLING = "kling-2.6/image-to-video"
KLING_INPUT: dict[str, Any] = {"prompt": "p", "image_urls": ["https://a.example/x.png"], "sound": True, "duration": "5"}


def _error(model: str, data: dict[str, Any], **kwargs: Any) -> kie.InputValidationError:
    with pytest.raises(kie.InputValidationError) as caught:
        build_create_body(model, data, **kwargs)
    return caught.value


@pytest.mark.parametrize("path", SEED_REQUESTS, ids=lambda p: p.stem)
def test_seed_examples_pass_validation_unchanged(path: Path) -> None:
    """Each seed doc's request example validates and is sent exactly as written."""
    example = json.loads(path.read_text())
    body = build_create_body(example["model"], example["input"], callback_url=example.get("callBackUrl"))
    assert body == example


@pytest.mark.parametrize("path", SEED_REQUESTS, ids=lambda p: p.stem)
def test_spec_examples_are_the_seed_examples(path: Path) -> None:
    """The example in each model spec (``kie.MODELS[m].example``) is the seed doc's request, verbatim."""
    example = json.loads(path.read_text())
    assert kie.MODELS[example["model"]].example == example


def test_hailuo_pro_body_is_valid_against_the_vendors_own_spec() -> None:
    """What the client sends for the Hailuo pro seed example validates against seed 004's schema itself."""
    vendor = yaml.safe_load((FIXTURES / "vendor" / "seed004-hailuo-02-image-to-video-pro.yaml").read_text())
    schema = vendor["paths"]["/api/v1/jobs/createTask"]["post"]["requestBody"]["content"]["application/json"]
    example = json.loads((FIXTURES / "seed_requests" / "hailuo-02-image-to-video-pro.json").read_text())
    body = build_create_body(example["model"], example["input"], callback_url=example["callBackUrl"])
    jsonschema.validate(body, schema["schema"])


def test_max_length_names_field_value_and_limit() -> None:
    """A prompt over maxLength names the model, the field, its length and the limit."""
    error = _error(KLING, {**KLING_INPUT, "prompt": "x" * 1001})
    assert str(error) == "kling-2.6/image-to-video: input.prompt is 1001 characters, over the limit of 1000"
    assert (error.model, error.field, error.limit) == (KLING, "input.prompt", "at most 1000 characters")


def test_enum_lists_the_allowed_values() -> None:
    """A value outside an enum lists the allowed values."""
    error = _error(KLING, {**KLING_INPUT, "duration": "7"})
    assert "input.duration = '7' is not one of '5', '10', '15'" in str(error)


def test_enum_with_a_number_hints_at_the_string() -> None:
    """duration=5 (a number) is refused with a hint to send the string "5"."""
    error = _error(KLING, {**KLING_INPUT, "duration": 5})
    assert "pass it as the string '5'" in str(error)


def test_type_is_checked() -> None:
    """A boolean field given a string is refused naming the expected type."""
    error = _error(KLING, {**KLING_INPUT, "sound": "yes"})
    assert str(error) == "kling-2.6/image-to-video: input.sound = 'yes' is not of type 'boolean'"


def test_required_field_is_named() -> None:
    """A missing required field is named."""
    data = dict(KLING_INPUT)
    del data["sound"]
    assert str(_error(KLING, data)) == "kling-2.6/image-to-video: input.sound is required"


def test_min_items_on_arrays() -> None:
    """An empty ``image_urls`` is refused: the model needs at least one image."""
    assert "input.image_urls has 0 items; it takes at least 1" in str(_error(KLING, {**KLING_INPUT, "image_urls": []}))


def test_several_kling_images_are_allowed_as_the_seed_says() -> None:
    """Seed 002 allows multiple images; the client does not reject what the seed allows."""
    urls = ["https://a.example/1.png", "https://a.example/2.png"]
    assert build_create_body(KLING, {**KLING_INPUT, "image_urls": urls})["input"]["image_urls"] == urls


def test_file_fields_must_be_urls() -> None:
    """A local path in a file-URL field is refused with a pointer to upload()."""
    error = _error("wan/2-5-image-to-video", {"prompt": "p", "image_url": "cat.png"})
    assert "input.image_url = 'cat.png' is not an http(s) URL" in str(error)
    assert "client.upload" in str(error)


def test_empty_optional_end_image_is_allowed() -> None:
    """An empty optional ``end_image_url`` (as in seed 004's example) is accepted."""
    build_create_body(
        "hailuo/02-image-to-video-pro", {"prompt": "p", "image_url": "https://a.example/x.png", "end_image_url": ""}
    )


def test_unknown_field_suggests_the_close_name() -> None:
    """A typo'd field is refused with the closest real name and the list of fields."""
    data = {**KLING_INPUT, "sond": False}
    error = _error(KLING, data)
    assert "has no input field 'sond' (did you mean 'sound'?)" in str(error)
    assert "extra_input" in str(error)


def test_unknown_model_suggests_the_close_id() -> None:
    """An unknown model id names the closest bundled one."""
    error = _error("kling-2.6/image-to-vid", KLING_INPUT)
    assert "did you mean 'kling-2.6/image-to-video'" in str(error)
    assert error.field == "model"


def test_callback_url_must_be_http() -> None:
    """``callback_url`` must be an http(s) URL."""
    assert "callBackUrl = 'ftp://x' is not an http(s) URL" in str(_error(KLING, KLING_INPUT, callback_url="ftp://x"))


def test_number_field_accepts_numbers_only() -> None:
    """Wan's ``seed`` is a number: 42 passes, "42" does not."""
    base = {"prompt": "p", "image_url": "https://a.example/x.png"}
    build_create_body("wan/2-5-image-to-video", {**base, "seed": 42})
    assert "is not of type 'number'" in str(_error("wan/2-5-image-to-video", {**base, "seed": "42"}))


def test_input_validation_error_is_a_value_error() -> None:
    """InputValidationError is also a ValueError, as users expect of bad arguments."""
    assert isinstance(_error(KLING, {}), ValueError)


def _variants(info: kie.ModelInfo) -> list[dict[str, Any]]:
    """The seed-like valid input of ``info`` and, per field, values of every JSON type and a few limits."""
    base = dict(info.example["input"]) if info.example else {}
    odd: list[Any] = [
        None,
        True,
        False,
        0,
        1,
        1.0,
        1.5,
        float("inf"),
        "",
        "5",
        "x" * 5000,
        [],
        ["x"],
        [1],
        {},
        {"a": 0},
    ]
    found = [base]
    for name, field in info.fields.items():
        values = [*odd, *(field.enum or ()), *(str(v) for v in field.enum or ()), *([v] for v in field.enum or ())]
        found += [{**base, name: value} for value in values]
        found.append({k: v for k, v in base.items() if k != name})
    return found


@pytest.mark.parametrize("model", sorted(kie.MODELS))
def test_the_compiled_check_passes_only_what_jsonschema_accepts(model: str) -> None:
    """The fast check that spares valid bodies a jsonschema run never passes a body jsonschema rejects."""
    from kie._validation import _compiled

    schema = dict(kie.MODELS[model].input_schema)
    for value in _variants(kie.MODELS[model]):
        if _compiled(model)(value):
            assert list(jsonschema.Draft202012Validator(schema).iter_errors(value)) == [], value
    assert _compiled(model)(dict(kie.MODELS[model].example["input"]))  # type: ignore[index]


@pytest.mark.parametrize("model", sorted(kie.MODELS))
def test_the_fast_walk_passes_only_what_every_check_accepts(model: str) -> None:
    """The one walk that spares a valid input its checks never passes one a check refuses (field, type, URL...)."""
    from kie._validation import _check_input, _passes

    info = kie.MODELS[model]
    odd: list[Any] = ["photos/x.png", "ftp://x/y.png", "", "\ud800", "caf\u00e9", float("nan"), ["https://a.example/x"]]
    odd += [["photos/x.png"], [float("inf")], {"k": "\udfff"}, [["https://a.example/x"]]]
    base = dict(info.example["input"]) if info.example else {}
    variants = _variants(info) + [{**base, name: value} for name in info.fields for value in odd]
    variants += [{**base, "no_such_field": 1}, {**base, "prompt\ud800": "p"}]
    for value in variants:
        if _passes(info)(value):
            _check_input(info, value, allow_unknown_fields=False)  # raises if the walk was wrong
    assert _passes(info)(base) == bool(info.example)


def test_a_valid_body_never_runs_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid createTask body is checked by the compiled schema alone; jsonschema runs only to explain an error."""
    import kie._validation as validation

    def refuse(model: str) -> None:
        raise AssertionError("jsonschema ran for a valid body")

    monkeypatch.setattr(validation, "_validator", refuse)
    assert build_create_body(KLING, KLING_INPUT)["input"] == KLING_INPUT


def test_import_kie_does_not_import_jsonschema() -> None:
    """``import kie`` stays light: jsonschema (and referencing) load only when a body needs its verdict."""
    import subprocess
    import sys

    code = "import sys, kie; print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'referencing')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_json_safety_names_the_nested_path() -> None:
    """A NaN deep in a list of objects is reported at its path (the faster walk keeps the old messages)."""
    from kie._validation import check_json_safe

    with pytest.raises(kie.InputValidationError, match=r"input\.a\[1\]\.b = nan is not a finite number"):
        check_json_safe("m", {"a": [{"b": 1}, {"b": float("nan")}]})
    with pytest.raises(kie.InputValidationError, match=r"input\.k holds a lone surrogate"):
        check_json_safe("m", {"k": "\ud800"})


def test_a_schema_with_an_unconstrained_property_still_compiles() -> None:
    """A property with only a description (no keyword to check) is accepted by the compiled check, not a crash."""
    from kie._validation import _compile_object

    check = _compile_object({"type": "object", "properties": {"note": {"description": "free text"}, "n": {}}})
    assert check is not None
    assert check({"note": 3, "n": None})
    assert not check([])
