"""Pages the project has never seen: real pages with plausible new defects give the right spec or ONE clear error.

Another copy of the vendor's docs, taken on another date, will carry defects no
repair was written for. Each case below edits the text of a real published page
the way such a copy might differ, and the normalizer must either absorb it into
exactly the spec the clean page gives (or a widened one, said in a warning), or
refuse the page in one line that names the file and the reason: never a silent,
wrong spec. How it gets there: it repairs only the defects it knows, then checks
what it built (JSON Schema validity, a plain ``input`` object, the page's own
example passing after bounded widening, one model id, a known category and
roles); anything else is a ``VendorPageError``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

import kie
from kie._bundle_entry import bundle_entry
from kie._vendor_examples import ModelSpec, VendorPageError
from kie._vendor_pages import normalize_page

ROOT = Path(__file__).resolve().parent.parent
MARKET = ROOT / "tests" / "fixtures" / "vendor-pages" / "market"
WAN = "wan/2-6-text-to-video.md"
WAN27 = "wan/2-7-text-to-video.md"


def text(page: str) -> str:
    """A published page's text."""
    return (MARKET / page).read_text(encoding="utf-8")


def edit(page: str, old: str, new: str, count: int = 1) -> str:
    """The page with ``old`` replaced by ``new`` (which must be there ``count`` times or more)."""
    source = text(page)
    assert source.count(old) >= count, old
    return source.replace(old, new, count)


def spec_of(page_text: str, source: str = "unseen.md") -> ModelSpec:
    """The normalized spec of a page's text."""
    return normalize_page(page_text, source)


def passes(spec: ModelSpec) -> None:
    """The spec's example passes the bundled input schema (what ``create_task`` checks)."""
    _, input_schema = bundle_entry(spec)
    jsonschema.Draft202012Validator(input_schema).validate(spec.example["input"])


def _json_example(page: str) -> str:
    """The page with its request example stored as a JSON string (one line) instead of a mapping."""
    source = text(page)
    clean = spec_of(source).example
    start = source.index("            example:\n              model:")
    end = source.index("      responses:", start)
    return source[:start] + f"            example: {json.dumps(json.dumps(clean))}\n" + source[end:]


def _named_examples(page: str) -> str:
    """The page with its request example under a named ``examples`` map."""
    source = text(page)
    start = source.index("            example:\n              model:")
    end = source.index("      responses:", start)
    body = "\n".join("    " + line if line else line for line in source[start:end].splitlines()[1:])
    return (
        source[:start]
        + "            examples:\n              first:\n                value:\n"
        + body
        + "\n"
        + source[end:]
    )


SAME: dict[str, Callable[[], str]] = {
    "tab-in-a-field-name": lambda: edit(WAN, "                    duration:\n", '                    "duration\\t":\n'),
    "space-in-required": lambda: edit(WAN, "                  required:\n                    - prompt\n",
                                      '                  required:\n                    - " prompt"\n'),
    "tab-in-an-enum-member": lambda: edit(WAN, "- '10'\n", '- "10\\t"\n'),
    "example-as-a-json-string": lambda: _json_example(WAN),
    "example-under-named-examples": lambda: _named_examples(WAN),
    "folder-with-odd-spacing": lambda: edit(WAN, "Market/Video Models/Wan", "Market/Video \t Models/Wan"),
    "crlf-line-ends": lambda: text(WAN).replace("\n", "\r\n"),
    "byte-order-mark": lambda: "\ufeff" + text(WAN),
    "fence-in-capitals": lambda: edit(WAN, "```yaml\n", "```YAML\n"),
    "bearer-in-capitals": lambda: edit(WAN, "      type: bearer\n", "      type: Bearer\n"),
}  # fmt: skip
"""Defects the clean page's spec must survive unchanged."""


@pytest.mark.parametrize("mutate", SAME.values(), ids=SAME.keys())
def test_a_new_defect_the_repairs_absorb_gives_the_clean_pages_spec(mutate: Callable[[], str]) -> None:
    """Whitespace in names and enums, the example as a string or a named map, CRLF, a BOM: the same spec."""
    clean = spec_of(text(WAN))
    spec = spec_of(mutate())
    assert (spec.model_id, spec.category) == (clean.model_id, clean.category)
    assert bundle_entry(spec)[1] == bundle_entry(clean)[1]
    assert spec.example["input"] == clean.example["input"]
    assert not [w for w in spec.warnings if "widened" in w or "added" in w]
    passes(spec)


def test_an_example_that_contradicts_a_new_schema_widens_it_and_says_so() -> None:
    """The example sends ``duration: 5`` (an int) to a string enum: the field takes both, and a warning says which."""
    spec = spec_of(edit(WAN, "                duration: '5'\n", "                duration: 5\n"))
    assert spec.example["input"]["duration"] == 5
    assert any(re.search(r"unseen\.md: input\.duration: .*widened", w) for w in spec.warnings), spec.warnings
    passes(spec)
    jsonschema.Draft202012Validator(bundle_entry(spec)[1]).validate(spec_of(text(WAN)).example["input"])


def test_a_field_renamed_in_the_schema_but_not_in_the_example_keeps_both_and_warns() -> None:
    """``resolution`` renamed ``quality_tier`` in the schema only: the example's name is declared, with warnings."""
    spec = spec_of(edit(WAN, "                    resolution:\n", "                    quality_tier:\n"))
    assert {"quality_tier", "resolution"} <= set(spec.input_schema["properties"])
    assert any("input.resolution added" in w for w in spec.warnings), spec.warnings
    passes(spec)


ERRORS: dict[str, tuple[Callable[[], str], str]] = {
    "input-as-allof": (
        lambda: edit(WAN, "                input:\n                  type: object\n",
                     "                input:\n                  type: object\n                  allOf:\n"
                     "                    - type: object\n"),
        "the `input` schema uses allOf; kie reads a plain object's properties",
    ),
    "a-keyword-no-widening-knows": (
        lambda: edit(WAN27, "                      type: integer\n", "                      type: integer\n"
                     "                      multipleOf: 2\n"),
        r"the request example breaks the schema at input\.duration .* kie cannot widen 'multipleOf'",
    ),
    "a-type-json-schema-lacks": (
        lambda: edit(WAN, "                      type: boolean\n", "                      type: bool\n"),
        "the input schema is not valid JSON Schema at properties/nsfw_checker",
    ),
    "a-ref-to-another-file": (
        lambda: edit(WAN, "                input:\n                  type: object\n",
                     "                input:\n                  $ref: 'models.yaml#/Input'\n"
                     "                  type: object\n"),
        "points outside the page",
    ),
    "two-names-that-differ-by-a-space": (
        lambda: edit(WAN, "                    duration:\n", "                    'prompt ':\n"
                     "                      type: string\n                    duration:\n"),
        "two properties differ only by whitespace",
    ),
    "a-tilde-fence": (lambda: edit(WAN, "```yaml\n", "~~~yaml\n").replace("\n```\n", "\n~~~\n"), "not valid YAML"),
    "an-unclosed-fence": (lambda: text(WAN).rsplit("```", 1)[0], "the ```yaml fence never closes"),
    "two-model-ids": (
        lambda: edit(WAN, "                    - wan/2-6-text-to-video\n",
                     "                    - wan/2-6-text-to-video-a\n                    - wan/2-6-text-to-video-b\n"),
        "the model enum names 2 ids",
    ),
}  # fmt: skip
"""Defects no repair knows: each must stop the page with one line naming it and the reason."""


@pytest.mark.parametrize(("mutate", "reason"), ERRORS.values(), ids=ERRORS.keys())
def test_a_defect_no_repair_knows_is_one_clear_error(mutate: Callable[[], str], reason: str) -> None:
    """An allOf input, an unknown keyword or type, a foreign $ref, a clash, a strange fence: one line, file, reason."""
    page = mutate()
    with pytest.raises(VendorPageError) as raised:
        spec_of(page, "unseen.md")
    message = str(raised.value)
    assert message.startswith("unseen.md: "), message
    assert "\n" not in message
    assert re.search(reason, message), message
    with pytest.raises(kie.ConfigurationError) as registered:
        kie.register_model_spec(page)
    assert "\n" not in str(registered.value)
    assert re.search(reason, str(registered.value))
