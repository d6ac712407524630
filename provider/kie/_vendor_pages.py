"""Read a vendor model page as published and repair the vendor's defects: the normalizer.

kie.ai publishes each model as a markdown page holding an OpenAPI 3.0.1 document
in a ```yaml fence (exported by its doc tool, apidog). Users copy these pages
into ``openapi/models/`` (``scripts/regenerate``) or hand them to
``kie.register_model_spec`` at run time; both go through ``normalize_page``, so a
page means the same model at build time and at run time.

Each defect the vendor's pages show has one repair function here (the example
repairs are in ``_vendor_examples``), run in order by ``normalize_page``:

* ``read_page``: the markdown page, bare YAML or JSON;
* ``fix_security_scheme``: ``type: bearer`` -> ``type: http, scheme: bearer``;
* ``drop_vendor_noise``: the ``x-apidog-*`` keys;
* ``inline_refs``: a ``$ref``'d request body or field;
* ``examples_to_example``: JSON-Schema ``examples`` arrays in a 3.0 document;
* ``strip_names``: whitespace around property names and enum values;
* ``require_input``: ``input`` missing from the body's ``required``;
* then, in ``_vendor_examples``, the model id and the request example, and in
  ``_category`` the model's category (``x-apidog-folder``, read before the noise goes),
  and in ``_roles`` each field's ``generate`` role (``x-kie-role``).

A defect no repair knows is a ``VendorPageError`` naming the page and the
reason: never a silent, wrong spec. Source: ``vendor-pages/README.md``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from ._category import find_category
from ._roles import assign_roles
from ._vendor_examples import ModelSpec, VendorPageError, find_model_id, request_example, widen_to_example
from ._vendor_read import read_page

__all__ = [
    "CREATE_TASK_PATH",
    "REPAIRS",
    "ModelSpec",
    "VendorPageError",
    "drop_vendor_noise",
    "examples_to_example",
    "fix_security_scheme",
    "inline_refs",
    "normalize_page",
    "read_page",
    "require_input",
    "strip_names",
    "walk",
]

CREATE_TASK_PATH = "/api/v1/jobs/createTask"
_JSON = "application/json"
_COMBINATORS = ("allOf", "anyOf", "oneOf", "not", "if", "$ref")
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "x-kie-default"})
"""Keys whose values are data, not schema: repairs never walk into them."""


def walk(node: Any, visit: Callable[[dict[str, Any]], None], names: bool = False) -> None:
    """Call ``visit`` on every mapping of a document but data (examples, defaults, enums) and name maps.

    A ``properties`` mapping is a name map: its keys are field names (never noise,
    never keywords), its values are schemas, which are visited.

    Args:
        node: a document or any part of it.
        visit: called with each mapping (it may change the mapping's values in place).
        names: ``node`` is a name map itself.

    """
    if isinstance(node, list):
        for item in node:
            walk(item, visit)
    elif isinstance(node, dict):
        if not names:
            visit(node)
        for key, value in node.items():
            if names or key not in _DATA_KEYS:
                walk(value, visit, names=not names and key == "properties")


def fix_security_scheme(doc: dict[str, Any]) -> bool:
    """Repair ``securitySchemes.*.type: bearer`` into OpenAPI's ``type: http`` + ``scheme: bearer``.

    Args:
        doc: the page's document, repaired in place.

    Returns:
        True when a scheme was repaired.

    """
    changed = False
    for scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).values():
        if isinstance(scheme, dict) and str(scheme.get("type", "")).lower() == "bearer":
            scheme["type"], scheme["scheme"], changed = "http", "bearer", True
    return changed


def drop_vendor_noise(doc: dict[str, Any]) -> bool:
    """Remove the doc tool's ``x-apidog-*`` keys (and ``x-run-in-apidog``) everywhere but in data and names.

    Args:
        doc: the page's document, repaired in place.

    Returns:
        True when a key was removed.

    """
    removed = 0

    def visit(node: dict[str, Any]) -> None:
        nonlocal removed
        for key in [k for k in node if isinstance(k, str) and k.startswith(("x-apidog", "x-run-in-apidog"))]:
            del node[key]
            removed += 1

    walk(doc, visit)
    return removed > 0


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise VendorPageError(f"$ref {ref!r} points outside the page; kie reads one page at a time")
    node: Any = doc
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise VendorPageError(f"$ref {ref!r} points to nothing in the page")
        node = node[key]
    return node


def _inlined(doc: dict[str, Any], node: Any, seen: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inlined(doc, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            raise VendorPageError(f"$ref {ref!r} refers to itself; kie needs a finite request schema")
        target = _inlined(doc, copy.deepcopy(_resolve(doc, ref)), (*seen, ref))
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        return {**target, **siblings} if isinstance(target, dict) else target
    return {k: (v if k in _DATA_KEYS else _inlined(doc, v, seen)) for k, v in node.items()}


def inline_refs(doc: dict[str, Any]) -> bool:
    """Replace each ``$ref`` of the createTask request body (the body itself, a field) by what it points to.

    Args:
        doc: the page's document, repaired in place.

    Returns:
        True when a ``$ref`` was inlined.

    Raises:
        VendorPageError: a ``$ref`` points outside the page, to nothing, or to itself.

    """
    post = _create_task(doc)
    body = post.get("requestBody")
    if body is None or "$ref" not in json.dumps(body):
        return False
    post["requestBody"] = _inlined(doc, body, ())
    return True


def examples_to_example(doc: dict[str, Any]) -> bool:
    """Turn JSON-Schema ``examples: [...]`` arrays of the request schema into OpenAPI 3.0's ``example``.

    The first item becomes ``example`` (unless the schema has one already). A
    media type's ``examples`` map (named examples) is ``request_example``'s.

    Args:
        doc: the page's document, repaired in place.

    Returns:
        True when an ``examples`` array was turned.

    """
    changed = False

    def visit(node: dict[str, Any]) -> None:
        nonlocal changed
        examples = node.get("examples")
        if isinstance(examples, list):
            del node["examples"]
            if examples and "example" not in node:
                node["example"] = examples[0]
            changed = True

    walk(_request_schema(doc), visit)
    return changed


def _padded(values: Any) -> bool:
    """True for a list or mapping with a string (a name, a member) that has whitespace around it."""
    return isinstance(values, list | dict) and any(isinstance(v, str) and v != v.strip() for v in values)


def _stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _strip_object(node: dict[str, Any]) -> bool:
    """Strip one schema node's property names, ``required`` entries and enum members."""
    changed = False
    props = node.get("properties")
    if isinstance(props, dict) and _padded(props):
        clean = {_stripped(k): v for k, v in props.items()}
        if len(clean) != len(props):
            raise VendorPageError(f"two properties differ only by whitespace: {sorted(map(repr, props))}")
        node["properties"], changed = clean, True
    for key in ("required", "enum"):
        if isinstance(node.get(key), list) and _padded(node[key]):
            node[key], changed = list(dict.fromkeys(map(_stripped, node[key]))), True
    return changed


def strip_names(doc: dict[str, Any]) -> bool:
    """Strip whitespace around property names, ``required`` entries and enum values of the request schema.

    The vendor writes ``"image_urls "`` in the schema while its example (and its
    API) use ``image_urls``; the request example's input names are stripped too.

    Args:
        doc: the page's document, repaired in place.

    Returns:
        True when a name or value was stripped.

    Raises:
        VendorPageError: two properties differ only by whitespace.

    """
    changed = False

    def visit(node: dict[str, Any]) -> None:
        nonlocal changed
        changed = _strip_object(node) or changed

    walk(_request_schema(doc), visit)
    example = _media(doc).get("example")
    sent = example.get("input") if isinstance(example, dict) else None
    if isinstance(example, dict) and isinstance(sent, dict) and any(k != str(k).strip() for k in sent):
        example["input"] = {str(k).strip(): v for k, v in sent.items()}
        changed = True
    return changed


def require_input(doc: dict[str, Any]) -> bool:
    """Add ``input`` to the request body's ``required`` list (the API refuses a body without it).

    Args:
        doc: the page's document, repaired in place.

    Returns:
        True when ``input`` was added.

    """
    schema = _request_schema(doc)
    required = schema.setdefault("required", [])
    if "input" in required or "input" not in schema.get("properties", {}):
        return False
    required.append("input")
    return True


REPAIRS: tuple[Callable[[dict[str, Any]], bool], ...] = (
    fix_security_scheme,
    drop_vendor_noise,
    inline_refs,
    examples_to_example,
    strip_names,
    require_input,
)
"""The document repairs, in the order ``normalize_page`` runs them (each returns whether it changed the page)."""


def _create_task(doc: dict[str, Any]) -> dict[str, Any]:
    post = ((doc.get("paths") or {}).get(CREATE_TASK_PATH) or {}).get("post")
    if not isinstance(post, dict):
        raise VendorPageError(f"no POST {CREATE_TASK_PATH} operation (is it a model page?)")
    return post


def _media(doc: dict[str, Any]) -> dict[str, Any]:
    media = ((_create_task(doc).get("requestBody") or {}).get("content") or {}).get(_JSON)
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        raise VendorPageError(f"createTask has no {_JSON} request schema")
    return media


def _request_schema(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _media(doc)["schema"]
    return schema


def _input_schema(doc: dict[str, Any]) -> dict[str, Any]:
    schema = (_request_schema(doc).get("properties") or {}).get("input")
    if not isinstance(schema, dict) or schema.get("type", "object") != "object":
        raise VendorPageError("the request schema has no `input` object")
    combined = [key for key in _COMBINATORS if key in schema]
    if combined or not isinstance(schema.get("properties"), dict):
        how = f"uses {', '.join(combined)}" if combined else "has no `properties`"
        raise VendorPageError(f"the `input` schema {how}; kie reads a plain object's properties (no repair knows this)")
    return schema


def normalize_page(text: str | dict[str, Any], source: str) -> ModelSpec:
    """Read a vendor page, repair its defects and return the model it describes.

    Args:
        text: the page (markdown with a ```yaml fence, bare YAML or JSON), or its parsed document.
        source: where it came from, for messages and ``ModelInfo.source`` (a file name).

    Returns:
        The model: id, description, input schema (vendor form, repaired) and a
        request example that passes the schema, with the repairs applied and the
        warnings to show.

    Raises:
        VendorPageError: a defect no repair knows (the message starts with ``source``).

    """
    try:
        doc = copy.deepcopy(text) if isinstance(text, dict) else read_page(text)
        operation = dict(_create_task(doc))  # as published: drop_vendor_noise removes its x-apidog-folder
        repairs = [repair.__name__ for repair in REPAIRS if repair(doc)]
        post, media = _create_task(doc), _media(doc)
        input_schema = _input_schema(doc)
        example, example_repairs = request_example(media, input_schema)
        repairs += example_repairs
        model_id, id_repair, warnings = find_model_id(_request_schema(doc), example, str(post.get("summary") or ""))
        if id_repair:
            repairs.append(id_repair)
        if example.get("model") != model_id:
            example = {**example, "model": model_id}
        widened = widen_to_example(input_schema, example.get("input") or {})
        if widened:
            repairs.append("widen_to_example")
        category, guessed = find_category(operation, doc, input_schema, model_id=model_id)
        input_schema.pop("x-kie-category", None)
        assign_roles(input_schema)
    except VendorPageError as exc:
        raise VendorPageError(exc.reason, source) from None
    description = str(post.get("summary") or (doc.get("info") or {}).get("description") or model_id)
    return ModelSpec(
        model_id=model_id,
        description=description,
        input_schema=input_schema,
        example=example,
        source=source,
        category=category,
        repairs=tuple(repairs),
        warnings=tuple(f"{source}: {w}" for w in (*warnings, *widened, *guessed)),
    )
