"""The normalizer: each defect of the vendor's published pages, repaired, on the page that shows it; then all of them.

The pages are a verbatim copy of the vendor's (``tests/fixtures/vendor-pages/market``).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import kie
from kie._bundle_entry import bundle_entry, model_files, schema_prefix
from kie._models import build_models
from kie._vendor_examples import (
    VendorPageError,
    build_example_input,
    decode_string_example,
    find_model_id,
    widen_to_example,
)
from kie._vendor_pages import (
    CREATE_TASK_PATH,
    drop_vendor_noise,
    examples_to_example,
    fix_security_scheme,
    inline_refs,
    normalize_page,
    read_page,
    require_input,
    strip_names,
)

ROOT = Path(__file__).resolve().parent.parent
MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
SEEDS = sorted((ROOT / "openapi" / "models").glob("*.yaml"))


def page(name: str) -> str:
    """The text of a vendor page of the fixture copy (``"kling/kling-3-0.md"``)."""
    return (MARKET / name).read_text(encoding="utf-8")


def doc(name: str) -> dict[str, Any]:
    """A vendor page's OpenAPI document, read but not repaired."""
    return read_page(page(name))


def request_media(document: dict[str, Any]) -> dict[str, Any]:
    """The createTask ``application/json`` media type of a document."""
    media: dict[str, Any] = document["paths"][CREATE_TASK_PATH]["post"]["requestBody"]["content"]["application/json"]
    return media


def input_props(document: dict[str, Any]) -> dict[str, Any]:
    """The ``input`` properties of a document's request schema."""
    props: dict[str, Any] = request_media(document)["schema"]["properties"]["input"]["properties"]
    return props


def create_task_pages() -> list[Path]:
    """Every model page of the copy: those with a createTask operation (109 of 111)."""
    return [p for p in model_files(MARKET) if f"  {CREATE_TASK_PATH}:" in p.read_text(encoding="utf-8")]


def validate(spec: kie._vendor_examples.ModelSpec) -> None:
    """The check ``build_create_body`` makes: jsonschema (2020-12) on the bundled input schema, known fields only."""
    _, input_schema = bundle_entry(spec)
    jsonschema.Draft202012Validator(input_schema).validate(spec.example["input"])
    assert set(spec.example["input"]) <= set(input_schema["properties"])


# --- the three forms -----------------------------------------------------------------------------------------------


def test_a_markdown_page_is_read_up_to_the_fence_that_starts_a_line() -> None:
    """kling-3-0.md's descriptions hold indented ```json fences: the yaml fence ends only at a line-start fence."""
    text = page("kling/kling-3-0.md")
    assert "        ```json" in text
    document = read_page(text)
    assert "```json" in document["paths"][CREATE_TASK_PATH]["post"]["description"]
    assert document["components"]["securitySchemes"]["BearerAuth"]["type"] == "bearer"


def test_bare_yaml_and_json_read_as_the_markdown_page_does() -> None:
    """The fence's YAML on its own, and the same document as JSON, read the same as the page."""
    text = page("wan/2-6-text-to-video.md")
    document = read_page(text)
    bare = text.split("```yaml\n", 1)[1].split("\n```", 1)[0]
    assert read_page(bare) == document
    assert read_page(json.dumps(document)) == document


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("# Kling\n\n```yaml\nopenapi: 3.0.1\npaths: {}\n", "fence never closes"),
        ("# Kling 3.0\n\nSee the docs.\n", "not an OpenAPI document"),
        ("{not json", "not valid JSON"),
        ("openapi: [3.0.1\n", "not valid YAML"),
    ],
    ids=["unclosed-fence", "no-fence", "bad-json", "bad-yaml"],
)
def test_an_unreadable_page_is_one_clear_error(text: str, reason: str) -> None:
    """A page in none of the three forms is a VendorPageError naming the page and the reason."""
    with pytest.raises(VendorPageError, match=reason) as raised:
        normalize_page(text, "kling.md")
    assert str(raised.value).startswith("kling.md: ")
    assert "\n" not in str(raised.value)


def test_a_page_without_create_task_is_refused_by_name() -> None:
    """The shared recordInfo page is not a model page: the error says so, naming it."""
    with pytest.raises(VendorPageError, match=r"get-task-detail.md: no POST /api/v1/jobs/createTask"):
        normalize_page(page("common/get-task-detail.md"), "get-task-detail.md")


# --- one test per repair ---------------------------------------------------------------------------------------------


def test_fix_security_scheme_turns_type_bearer_into_http_bearer() -> None:
    """``type: bearer`` (every vendor page) becomes OpenAPI's ``type: http`` + ``scheme: bearer``."""
    document = doc("kling/kling-3-0.md")
    assert fix_security_scheme(document)
    assert document["components"]["securitySchemes"]["BearerAuth"]["type"] == "http"
    assert document["components"]["securitySchemes"]["BearerAuth"]["scheme"] == "bearer"
    assert not fix_security_scheme(document)


def test_drop_vendor_noise_removes_every_apidog_key_and_no_field() -> None:
    """No ``x-apidog-*`` / ``x-run-in-apidog`` key is left, and every input field is still there."""
    document = doc("kling/kling-3-0.md")
    fields = list(input_props(document))
    assert drop_vendor_noise(document)
    assert "x-apidog" not in json.dumps(document)
    assert list(input_props(document)) == fields
    assert "x-apidog-enum" not in input_props(document)["mode"]


def test_drop_vendor_noise_keeps_a_field_named_like_noise() -> None:
    """A field's name is data: a property called ``x-apidog-orders`` is kept (only keywords are noise)."""
    document = doc("kling/kling-3-0.md")
    input_props(document)["x-apidog-orders"] = {"type": "string"}
    drop_vendor_noise(document)
    assert "x-apidog-orders" in input_props(document)


def test_inline_refs_inlines_a_reffed_field() -> None:
    """wan/2-7-image.md's ``callBackUrl`` is a ``$ref`` to components: it is inlined."""
    document = doc("wan/2-7-image.md")
    assert "$ref" in request_media(document)["schema"]["properties"]["callBackUrl"]
    assert inline_refs(document)
    assert request_media(document)["schema"]["properties"]["callBackUrl"]["type"] == "string"


def test_inline_refs_inlines_a_reffed_request_body_and_input() -> None:
    """A page whose request body and ``input`` are ``$ref``s normalizes to the same model as the inline page."""
    inline = doc("wan/2-6-text-to-video.md")
    reffed = copy.deepcopy(inline)
    post = reffed["paths"][CREATE_TASK_PATH]["post"]
    body = post["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    reffed.setdefault("components", {}).setdefault("schemas", {})["Wan26Input"] = schema["properties"]["input"]
    schema["properties"]["input"] = {"$ref": "#/components/schemas/Wan26Input"}
    reffed["components"]["requestBodies"] = {"Create": body}
    post["requestBody"] = {"$ref": "#/components/requestBodies/Create"}
    assert normalize_page(reffed, "x.md").input_schema == normalize_page(inline, "x.md").input_schema
    assert "inline_refs" in normalize_page(reffed, "x.md").repairs


def test_inline_refs_refuses_a_ref_outside_the_page() -> None:
    """A ``$ref`` to another file cannot be followed: a clear error, not a half-resolved schema."""
    document = doc("wan/2-7-image.md")
    request_media(document)["schema"]["properties"]["callBackUrl"] = {"$ref": "common.yaml#/Callback"}
    with pytest.raises(VendorPageError, match="points outside the page"):
        normalize_page(document, "wan-2-7-image.md")


def test_examples_to_example_turns_json_schema_examples_into_example() -> None:
    """kling-3-0.md's ``examples: [...]`` arrays become ``example`` (the first item)."""
    document = doc("kling/kling-3-0.md")
    assert input_props(document)["mode"]["examples"] == ["pro"]
    assert examples_to_example(document)
    assert input_props(document)["mode"]["example"] == "pro"
    assert all("examples" not in prop for prop in input_props(document).values())


def test_strip_names_strips_property_names_required_and_example_keys() -> None:
    """seedance-2.md's ``"reference_video_urls "`` (and its ``required`` entry) lose the trailing space."""
    document = doc("bytedance/seedance-2.md")
    assert "reference_video_urls " in input_props(document)
    assert strip_names(document)
    assert "reference_video_urls" in input_props(document)
    assert all(name == name.strip() for name in input_props(document))


def test_strip_names_strips_the_request_examples_names_too() -> None:
    """happyhorse/video-edit.md writes ``"reference_image "`` in its example as well: both are stripped."""
    document = doc("happyhorse/video-edit.md")
    assert "reference_image " in request_media(document)["example"]["input"]
    strip_names(document)
    assert "reference_image" in request_media(document)["example"]["input"]
    spec = normalize_page(page("happyhorse/video-edit.md"), "video-edit.md")
    assert "reference_image" in spec.input_schema["properties"]
    validate(spec)


def test_strip_names_strips_enum_values() -> None:
    """An enum value with stray whitespace (``"16:9 "``) is stripped like a name."""
    document = doc("kling/kling-3-0.md")
    input_props(document)["aspect_ratio"]["enum"] = ["16:9 ", " 9:16", "1:1"]
    strip_names(document)
    assert input_props(document)["aspect_ratio"]["enum"] == ["16:9", "9:16", "1:1"]


def test_require_input_adds_input_to_required() -> None:
    """kling-3-0.md requires only ``model``: ``input`` is added."""
    document = doc("kling/kling-3-0.md")
    assert request_media(document)["schema"]["required"] == ["model"]
    assert require_input(document)
    assert request_media(document)["schema"]["required"] == ["model", "input"]


def test_find_model_id_prefers_the_example_over_a_wrong_enum_and_warns() -> None:
    """kling/v25-turbo-image-to-video-pro.md's enum names kling/v2-1-master: the example wins, with a warning."""
    spec = normalize_page(page("kling/v25-turbo-image-to-video-pro.md"), "v25.md")
    assert spec.model_id == "kling/v2-5-turbo-image-to-video-pro"
    assert spec.example["model"] == spec.model_id
    assert any("kling/v2-1-master-image-to-video" in w and "using" in w for w in spec.warnings)
    qwen = normalize_page(page("qwen2/text-to-image.md"), "t2i.md")
    assert qwen.model_id == "qwen2/text-to-image"


def test_find_model_id_reads_the_example_when_there_is_no_enum() -> None:
    """A model field without ``enum`` (nor default): the id is the request example's."""
    document = doc("hailuo/02-text-to-video-standard.md")
    model = request_media(document)["schema"]["properties"]["model"]
    model.pop("enum"), model.pop("default", None)
    spec = normalize_page(document, "x.md")
    assert spec.model_id == "hailuo/02-text-to-video-standard"
    assert "find_model_id" in spec.repairs


def test_find_model_id_reads_the_description_as_a_last_resort() -> None:
    """No enum, no default, no example: "Must be `hailuo/02-text-to-video-standard`" in the description names it."""
    model = request_media(doc("hailuo/02-text-to-video-standard.md"))["schema"]["properties"]["model"]
    field = {"type": "string", "description": model["description"]}
    schema = {"properties": {"model": field}}
    assert find_model_id(schema, {}, "Hailuo")[0] == "hailuo/02-text-to-video-standard"
    with pytest.raises(VendorPageError, match="no model id"):
        find_model_id({"properties": {"model": {"type": "string"}}}, {}, "Hailuo")


def test_decode_string_example_decodes_a_json_string() -> None:
    """A request example stored as a JSON string is decoded into the body it spells."""
    body = request_media(doc("wan/2-6-text-to-video.md"))["example"]
    assert decode_string_example(json.dumps(body)) == body
    document = doc("wan/2-6-text-to-video.md")
    request_media(document)["example"] = json.dumps(body)
    spec = normalize_page(document, "x.md")
    assert spec.example["input"] == body["input"]
    assert "decode_string_example" in spec.repairs


def test_decode_string_example_salvages_the_model_of_broken_json() -> None:
    """kling/v25-turbo-image-to-video-pro.md's string example is not JSON (``{image``): its model id is salvaged."""
    raw = request_media(doc("kling/v25-turbo-image-to-video-pro.md"))["example"]
    assert isinstance(raw, str)
    assert decode_string_example(raw) == {"model": "kling/v2-5-turbo-image-to-video-pro"}


def test_build_example_input_for_a_page_without_an_example() -> None:
    """wan/2-7-image.md has no request example: one is built from its fields' examples and defaults, and passes."""
    assert "example" not in request_media(doc("wan/2-7-image.md"))
    spec = normalize_page(page("wan/2-7-image.md"), "2-7-image.md")
    assert "build_example_input" in spec.repairs
    assert spec.example["model"] == "wan/2-7-image"
    assert set(spec.input_schema["required"]) <= set(spec.example["input"])
    validate(spec)


def test_build_example_input_fills_a_required_field_without_example() -> None:
    """A required field with no example, default or enum gets a placeholder of its type."""
    schema = {
        "required": ["prompt", "image_url", "n"],
        "properties": {
            "prompt": {"type": "string"},
            "image_url": {"type": "string", "format": "uri"},
            "n": {"type": "integer"},
            "seed": {"type": "integer"},
        },
    }
    assert build_example_input(schema) == {"prompt": "example", "image_url": "https://example.com/file", "n": 1}


def test_a_named_examples_map_is_the_request_example() -> None:
    """wan/2-7-image-to-video.md keeps its example under ``examples: {'1': {value: ...}}``: it is used."""
    spec = normalize_page(page("wan/2-7-image-to-video.md"), "i2v.md")
    assert spec.example["input"]["first_frame_url"] == "https://your-domain.com/assets/first-frame.png"
    assert "build_example_input" not in spec.repairs


def test_widen_to_example_widens_a_number_field_whose_example_is_a_string() -> None:
    """grok-imagine/text-to-video.md: ``duration`` is a number, its example ``"6"``; the field takes both, warned."""
    spec = normalize_page(page("grok-imagine/text-to-video.md"), "t2v.md")
    assert spec.example["input"]["duration"] == "6"
    assert spec.input_schema["properties"]["duration"]["type"] == ["number", "string"]
    assert any("input.duration" in w and "widened" in w for w in spec.warnings)
    validate(spec)
    info = build_models(_mini_bundle(spec))[spec.model_id]
    assert info.fields["duration"].type == "number"


@pytest.mark.parametrize(
    ("schema", "value", "widened"),
    [
        ({"type": "string", "enum": ["5", "10"]}, "15", {"type": "string", "enum": ["5", "10", "15"]}),
        ({"type": "string", "maxLength": 3}, "abcd", {"type": "string", "maxLength": 4}),
        ({"type": "integer", "maximum": 10}, 12, {"type": "integer", "maximum": 12}),
        ({"type": "array", "maxItems": 1}, [1, 2], {"type": "array", "maxItems": 2}),
        ({"type": "string", "pattern": "^#"}, "red", {"type": "string"}),
    ],
    ids=["enum", "maxLength", "maximum", "maxItems", "pattern"],
)
def test_widen_to_example_moves_each_limit_to_the_example(schema: dict[str, Any], value: Any, widened: Any) -> None:
    """Each limit the example breaks is moved just far enough for the example to pass."""
    input_schema: dict[str, Any] = {"type": "object", "properties": {"f": schema}}
    assert widen_to_example(input_schema, {"f": value})
    assert input_schema["properties"]["f"] == widened


def test_widen_to_example_declares_fields_and_unrequires_what_the_example_omits() -> None:
    """An example field the schema lacks is declared; a required field the example leaves out is no longer required."""
    input_schema: dict[str, Any] = {"type": "object", "required": ["prompt", "image"], "properties": {"prompt": {}}}
    notes = widen_to_example(input_schema, {"prompt": "p", "extra": 2})
    assert input_schema["properties"]["extra"]["type"] == "integer"
    assert input_schema["required"] == ["prompt"]
    assert len(notes) == 2


def test_widen_to_example_refuses_what_it_cannot_widen() -> None:
    """A rule no widening knows (``not``) is a clear error, never a silently wrong schema."""
    input_schema = {"type": "object", "properties": {"f": {"not": {"type": "string"}}}}
    with pytest.raises(VendorPageError, match=r"input\.f .* cannot widen 'not'"):
        widen_to_example(input_schema, {"f": "x"})


def test_a_schema_that_is_not_json_schema_is_refused() -> None:
    """A field of an unknown type cannot be validated: a clear error naming where, not a crash."""
    document = doc("kling/kling-3-0.md")
    input_props(document)["mode"]["type"] = "strange"
    with pytest.raises(VendorPageError, match=r"kling\.md: the input schema is not valid JSON Schema at prop"):
        normalize_page(document, "kling.md")


def test_a_decimal_enum_is_kept_out_of_the_generators_way() -> None:
    """A decimal enum (text-to-dialogue-v3's [0, 0.5, 1]) stops the generator: bundled as ``x-kie-enum``, listed."""
    spec = normalize_page(page("elevenlabs/text-to-dialogue-v3.md"), "dialogue.md")
    _, input_schema = bundle_entry(spec)
    stability = input_schema["properties"]["stability"]
    assert "enum" not in stability
    assert (stability["x-kie-enum"], stability["minimum"], stability["maximum"]) == ([0, 0.5, 1], 0, 1)
    assert build_models(_mini_bundle(spec))[spec.model_id].fields["stability"].enum == (0, 0.5, 1)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_the_seed_specs_need_no_repair(seed: Path) -> None:
    """The seed specs need no repair but ``input`` in hailuo-pro's ``required`` (the bundle requires it anyway)."""
    spec = normalize_page(seed.read_text(encoding="utf-8"), seed.name)
    assert set(spec.repairs) <= {"require_input"}
    assert spec.warnings == ()
    assert (
        spec.example
        == yaml.safe_load(seed.read_text())["paths"][CREATE_TASK_PATH]["post"]["requestBody"]["content"][
            "application/json"
        ]["example"]
    )


def _mini_bundle(spec: kie._vendor_examples.ModelSpec) -> dict[str, Any]:
    prefix = schema_prefix(spec.model_id)
    request, input_schema = bundle_entry(spec)
    ref = f"#/components/schemas/{prefix}Request"
    schemas = {f"{prefix}Request": request, f"{prefix}Input": input_schema}
    return {
        "components": {
            "schemas": {**schemas, "CreateTaskRequest": {"discriminator": {"mapping": {spec.model_id: ref}}}}
        }
    }


# --- the walk -------------------------------------------------------------------------------------------------------


def test_every_create_task_page_normalizes_into_a_spec_its_example_passes() -> None:
    """Each of the 109 createTask pages yields a model whose example (or built input) passes the client's check.

    The figures: how many pages needed which repair.
    """
    pages = create_task_pages()
    repairs: Counter[str] = Counter()
    ids = set()
    for path in pages:
        spec = normalize_page(path.read_text(encoding="utf-8"), path.relative_to(MARKET).as_posix())
        validate(spec)
        repairs.update(spec.repairs)
        ids.add(spec.model_id)
    assert len(pages) == 109
    assert len(ids) == 109
    assert dict(repairs) == {
        "fix_security_scheme": 109,
        "drop_vendor_noise": 109,
        "examples_to_example": 109,
        "require_input": 82,
        "strip_names": 4,
        "build_example_input": 4,
        "find_model_id": 2,
        "inline_refs": 2,
        "widen_to_example": 2,
        "decode_string_example": 1,
    }


# --- the category ----------------------------------------------------------------------------------------------------


def test_every_page_gets_the_category_of_its_vendor_folder() -> None:
    """61 video, 42 image and 6 audio pages: each page's x-apidog-folder (``Image    Models`` too) says which."""
    categories: Counter[str] = Counter()
    for path in create_task_pages():
        text = path.read_text(encoding="utf-8")
        spec = normalize_page(text, path.name)
        folder = text.split("x-apidog-folder: docs/en/Market/", 1)[1].split("/", 1)[0].split()[0].lower()
        assert spec.category == {"video": "video", "image": "image", "music": "audio"}[folder], path
        categories[spec.category] += 1
    assert dict(categories) == {"video": 61, "image": 42, "audio": 6}


def test_the_category_reaches_the_bundle_and_model_info() -> None:
    """``x-kie-category`` is written on the request schema and read back as ``ModelInfo.category``."""
    spec = normalize_page(page("elevenlabs/sound-effect-v2.md"), "sfx.md")
    request, _ = bundle_entry(spec)
    assert request["x-kie-category"] == "audio"
    assert build_models(_mini_bundle(spec))[spec.model_id].category == "audio"
    assert {info.category for info in kie.MODELS.values() if info.source in {s.name for s in SEEDS}} == {"video"}


def test_an_x_kie_category_in_the_spec_file_overrides_the_folder() -> None:
    """A page's own ``x-kie-category`` wins over its folder; one that is not a category is refused by name."""
    document = doc("grok-imagine/upscale.md")
    document["paths"][CREATE_TASK_PATH]["post"]["x-kie-category"] = "image"
    assert normalize_page(document, "up.md").category == "image"
    document["paths"][CREATE_TASK_PATH]["post"]["x-kie-category"] = "3d"
    with pytest.raises(VendorPageError, match=r"up.md: x-kie-category '3d' is not one of video, image, audio"):
        normalize_page(document, "up.md")


def test_a_page_without_a_folder_is_read_from_its_title_with_a_warning_or_refused() -> None:
    """No folder: ``Text to Video`` in the title says video (warned); a title that names no media is an error."""
    document = doc("wan/2-6-text-to-video.md")
    del document["paths"][CREATE_TASK_PATH]["post"]["x-apidog-folder"]
    spec = normalize_page(document, "t2v.md")
    assert spec.category == "video"
    assert any("no category folder" in w for w in spec.warnings)
    document = doc("grok-imagine/extend.md")
    post = document["paths"][CREATE_TASK_PATH]["post"]
    post["x-apidog-folder"], post["summary"] = "docs/en/Market/Extras", "Grok Imagine - Extend"
    with pytest.raises(VendorPageError, match=r"ext.md: no category: .* add x-kie-category"):
        normalize_page(document, "ext.md")
