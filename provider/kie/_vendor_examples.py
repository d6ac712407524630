"""The normalizer's repairs of a vendor page's model id and request example (see ``_vendor_pages``).

* ``decode_string_example``: a request example stored as a string;
* ``build_example_input``: a page without a request example;
* ``find_model_id``: a model id found only in the example or the description,
  and a model ``enum`` that disagrees with the page's title and example;
* ``widen_to_example``: a request example that contradicts its own schema (a
  ``number`` field whose example is ``"6"``): the schema is widened to what the
  example shows, the vendor's own example is never rejected.

Source: ``vendor-pages/README.md`` (the defects seen in the published pages).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._vendor_error import VendorPageError

if TYPE_CHECKING:
    from ._category import Category

__all__ = [
    "ModelSpec",
    "VendorPageError",
    "build_example_input",
    "decode_string_example",
    "find_model_id",
    "request_example",
    "widen_to_example",
]

_MODEL_IN_TEXT = re.compile(r'"model"\s*:\s*"([^"\s]+)"')
_MODEL_IN_DESCRIPTION = re.compile(r"`([A-Za-z0-9][\w.\-]*(?:/[\w.\-]+)*)`")
_MAX_WIDENINGS = 200


@dataclasses.dataclass(frozen=True)
class ModelSpec:
    """One model as a normalized vendor page describes it.

    Attributes:
        model_id: the model id (``"kling-3.0/video"``).
        description: the page's summary line.
        input_schema: the JSON schema of ``input``, vendor form (``default``, ``example``), repaired.
        example: a createTask body (``{"model", "input", ...}``) that passes ``input_schema``:
            the page's own request example, or one built from its fields' examples and defaults.
        source: the page it came from (a file name, or ``"<text>"``).
        category: what its tasks produce (``_category.find_category``): ``"video"``, ``"image"`` or ``"audio"``.
        repairs: the names of the repairs the page needed, in order.
        warnings: what the user should know (a repair that chose between contradictions).

    """

    model_id: str
    description: str
    input_schema: dict[str, Any]
    example: dict[str, Any]
    source: str
    category: Category = "video"
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def decode_string_example(raw: str) -> dict[str, Any]:
    """Decode a request example the vendor stored as a JSON string instead of an object.

    Args:
        raw: the string.

    Returns:
        The decoded body; for a string that is not valid JSON (the vendor's
        sometimes is not), only what can be salvaged: ``{"model": ...}`` when the
        text names one, else ``{}`` (the input is then built from the fields).

    """
    try:
        decoded = json.loads(raw)
    except ValueError:
        found = _MODEL_IN_TEXT.search(raw)
        return {"model": found.group(1)} if found else {}
    return decoded if isinstance(decoded, dict) else {}


def _field_value(name: str, schema: Mapping[str, Any]) -> tuple[bool, Any]:
    """A value for one field from its own schema: its example, else its default, else its first enum member."""
    for key in ("example", "default", "x-kie-default"):
        if key in schema:
            return True, schema[key]
    if schema.get("enum"):
        return True, schema["enum"][0]
    return False, None


_PLACEHOLDERS: dict[str, Any] = {
    "string": "example",
    "integer": 1,
    "number": 1,
    "boolean": False,
    "array": [],
    "object": {},
}


def build_example_input(input_schema: Mapping[str, Any]) -> dict[str, Any]:
    """Build an input for a page without a request example, from its fields' examples and defaults.

    Args:
        input_schema: the (repaired) schema of ``input``.

    Returns:
        Every field that has an example, a default or an enum, with that value;
        a required field with none of them gets a placeholder of its type (an
        ``https://`` URL for ``format: uri``).

    """
    required = set(input_schema.get("required") or ())
    built: dict[str, Any] = {}
    for name, schema in (input_schema.get("properties") or {}).items():
        found, value = _field_value(name, schema)
        if found:
            built[name] = value
        elif name in required:
            kind = schema.get("type", "string")
            uri = schema.get("format") == "uri" or (schema.get("items") or {}).get("format") == "uri"
            built[name] = "https://example.com/file" if uri and kind == "string" else _PLACEHOLDERS.get(kind, "example")
    return built


def request_example(media: Mapping[str, Any], input_schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The page's request example, repaired or built: ``(body, the repairs it needed)``.

    Reads the media type's ``example`` (an object, or a string:
    ``decode_string_example``), else the first of its named ``examples``; a
    body without an ``input`` object gets one from ``build_example_input``.

    Args:
        media: the createTask ``application/json`` media type object.
        input_schema: the (repaired) schema of ``input``.

    Returns:
        ``(body, repairs)``; ``body`` may lack ``model`` (``find_model_id`` fills it in).

    """
    raw = media.get("example")
    repairs = []
    named = media.get("examples")
    if raw in (None, "") and isinstance(named, dict) and named:
        first = next(iter(named.values()))
        raw = first.get("value") if isinstance(first, dict) else None
    if isinstance(raw, str) and raw.strip():
        raw = decode_string_example(raw)
        repairs.append("decode_string_example")
    body = dict(raw) if isinstance(raw, dict) else {}
    if not isinstance(body.get("input"), dict):
        body["input"] = build_example_input(input_schema)
        repairs.append("build_example_input")
    return body, repairs


def _id_from_description(field: Mapping[str, Any]) -> str | None:
    for key in ("default", "example"):
        if isinstance(field.get(key), str) and field[key].strip():
            return str(field[key]).strip()
    text = str(field.get("description") or "")
    must = re.search(r"[Mm]ust be\s+" + _MODEL_IN_DESCRIPTION.pattern, text)
    found = must or _MODEL_IN_DESCRIPTION.search(text)
    return found.group(1) if found else None


def find_model_id(
    schema: Mapping[str, Any], example: Mapping[str, Any], title: str
) -> tuple[str, str | None, list[str]]:
    """The page's model id: its one-value ``model`` enum, else its example's, else its description's.

    Where the enum names another model than the request example (the vendor
    copied a page and forgot the enum), the example wins and a warning says so.

    Args:
        schema: the request schema (``model``, ``input``, ``callBackUrl``).
        example: the request example (``request_example``).
        title: the page's title (its summary), for the warning.

    Returns:
        ``(model id, the repair it needed or None, warnings)``.

    Raises:
        VendorPageError: no id anywhere, or an enum of several ids that the example does not settle.

    """
    field = (schema.get("properties") or {}).get("model") or {}
    enum = [str(e).strip() for e in field.get("enum") or ()]
    named = str(example["model"]).strip() if isinstance(example.get("model"), str) else None
    if len(enum) > 1 and named not in enum:
        raise VendorPageError(f"the model enum names {len(enum)} ids ({', '.join(enum)}); kie takes one model per page")
    if enum and named and named not in enum:
        warning = (
            f"the model enum says {enum[0]!r} but the request example (title {title!r}) says {named!r}: "
            f"using {named!r}, the example's"
        )
        return named, "find_model_id", [warning]
    if enum:
        return (named if named in enum else enum[0]), None, []
    found = named or _id_from_description(field)
    if not found:
        raise VendorPageError(
            "no model id: the model field has no enum, and neither the example nor its description names one"
        )
    return found, "find_model_id", []


def _json_type(value: Any) -> str:
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "boolean"),
        (int, "integer"),
        (float, "number"),
        (str, "string"),
        (list, "array"),
        (dict, "object"),
    ]
    return next((name for kind, name in kinds if isinstance(value, kind)), "null")


def _widen_type(node: dict[str, Any], value: Any) -> str:
    before = node.get("type")
    types = list(before) if isinstance(before, list) else [before]
    types.append(_json_type(value))
    node["type"] = types
    return f"type {before} widened to {' or '.join(map(str, types))}"


def _widen_enum(node: dict[str, Any], value: Any) -> str:
    node["enum"] = [*node["enum"], value]
    return f"{value!r} added to its enum"


def _widen_limit(key: str, size: Callable[[Any], Any]) -> Callable[[dict[str, Any], Any], str]:
    def widen(node: dict[str, Any], value: Any) -> str:
        before, node[key] = node[key], size(value)
        return f"{key} {before} widened to {node[key]}"

    return widen


def _drop(key: str) -> Callable[[dict[str, Any], Any], str]:
    def widen(node: dict[str, Any], value: Any) -> str:
        before = node.pop(key)
        return f"{key} {before!r} dropped"

    return widen


def _unrequire(node: dict[str, Any], value: Any) -> str:
    missing = [r for r in node["required"] if isinstance(value, dict) and r not in value]
    node["required"] = [r for r in node["required"] if r not in missing]
    return f"{', '.join(missing)} no longer required (the example leaves it out)"


_WIDEN: dict[str, Callable[[dict[str, Any], Any], str]] = {
    "type": _widen_type,
    "enum": _widen_enum,
    "maxLength": _widen_limit("maxLength", len),
    "minLength": _widen_limit("minLength", len),
    "maxItems": _widen_limit("maxItems", len),
    "minItems": _widen_limit("minItems", len),
    "maximum": _widen_limit("maximum", lambda v: v),
    "minimum": _widen_limit("minimum", lambda v: v),
    "exclusiveMaximum": _drop("exclusiveMaximum"),
    "exclusiveMinimum": _drop("exclusiveMinimum"),
    "pattern": _drop("pattern"),
    "const": _drop("const"),
    "required": _unrequire,
}
"""jsonschema keyword -> how to widen the schema node it failed on so the example's value passes."""


def _add_unknown_fields(input_schema: dict[str, Any], example_input: Mapping[str, Any]) -> list[str]:
    """Declare the example's fields the schema lacks (the client refuses fields a model does not have)."""
    properties = input_schema.setdefault("properties", {})
    notes = []
    for name, value in example_input.items():
        if name not in properties:
            properties[name] = {
                "type": _json_type(value),
                "description": "Not in the page's schema: declared from its request example.",
                "example": value,
            }
            notes.append(f"input.{name} added: the request example sends it, the schema does not declare it")
    return notes


def widen_to_example(input_schema: dict[str, Any], example_input: Mapping[str, Any]) -> list[str]:
    """Widen ``input_schema`` in place until the page's own request example passes it.

    Each jsonschema error of the example against the schema widens the schema
    node it failed on (``_WIDEN``): a type gains the example's type, an enum
    its value, a limit moves to the example's size, ``required`` loses what
    the example leaves out; a field the schema lacks is declared.

    Args:
        input_schema: the (repaired) schema of ``input``, changed in place.
        example_input: the request example's ``input``.

    Returns:
        One warning per widening (``input.duration: type number widened to number or string``).

    Raises:
        VendorPageError: the schema is not JSON Schema, or the example breaks a rule no widening knows.

    """
    import jsonschema  # a core dependency, imported only when a page is normalized

    try:
        jsonschema.Draft202012Validator.check_schema(input_schema)
    except jsonschema.SchemaError as exc:
        where = "/".join(map(str, exc.absolute_path))
        raise VendorPageError(
            f"the input schema is not valid JSON Schema at {where or 'its root'}: {exc.message}"
        ) from None
    notes = _add_unknown_fields(input_schema, example_input)
    for _ in range(_MAX_WIDENINGS):
        error = next(iter(jsonschema.Draft202012Validator(input_schema).iter_errors(dict(example_input))), None)
        if error is None:
            return notes
        where = "input" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        keyword, path = str(error.validator), list(error.relative_schema_path)[:-1]
        widen = _WIDEN.get(keyword)
        if widen is None:
            raise VendorPageError(
                f"the request example breaks the schema at {where} ({error.message}) and kie cannot widen {keyword!r}"
            )
        node: Any = input_schema
        for part in path:
            node = node[part]
        notes.append(f"{where}: {widen(node, error.instance)}, so the page's own request example passes")
    raise VendorPageError("the request example still breaks the schema after widening it; the page contradicts itself")
