"""A normalized vendor page as the bundle holds it: the model's request and input schemas.

``scripts/regenerate`` writes ``bundle_entry``'s two schemas into
``openapi/kie.bundle.yaml``; ``kie.register_model_spec`` builds the same two at
run time, so a model reads the same from a page as from the bundle.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from ._vendor_examples import ModelSpec
from ._vendor_pages import walk

__all__ = ["SPEC_SUFFIXES", "bundle_entry", "model_files", "nullable_to_31", "schema_prefix"]

SPEC_SUFFIXES = (".md", ".yaml", ".yml", ".json")
"""The forms of a vendor page: the markdown page with its ```yaml fence, bare YAML, or JSON."""


def nullable_to_31(node: Any) -> Any:
    """Turn OpenAPI 3.0 ``nullable: true`` into a 3.1 type list, recursively.

    Args:
        node: a schema (or any part of a document).

    Returns:
        A copy with ``nullable`` folded into ``type`` (or an ``anyOf`` with null).

    """
    if isinstance(node, list):
        return [nullable_to_31(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: nullable_to_31(v) for k, v in node.items()}
    if out.pop("nullable", False):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _enum_for_generator(node: dict[str, Any]) -> None:
    """Move an enum openapi-python-client refuses to ``x-kie-enum`` (``kie.MODELS`` still lists it).

    The generator takes enums of strings only or integers only: a decimal enum
    (``[0, 0.5, 1]``, elevenlabs/text-to-dialogue-v3) or one of mixed types (a
    widened enum) stops it. Such a field keeps its type and, for numbers, the
    enum's range as ``minimum``/``maximum``; client-side validation checks that
    much, the API the rest.
    """
    enum = node.get("enum")
    if not isinstance(enum, list) or {type(v) for v in enum} in ({str}, {int}, set()):
        return
    node["x-kie-enum"] = node.pop("enum")
    numbers = [v for v in enum if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) == len(enum):
        node.setdefault("minimum", min(numbers))
        node.setdefault("maximum", max(numbers))


def schema_prefix(model_id: str) -> str:
    """The schema-name prefix of a model id: ``"kling-2.6/image-to-video"`` -> ``"Kling26ImageToVideo"``.

    A letter after a digit is capitalized, as the generator's class names have it
    (``"wan/2-7-r2v"`` -> ``"Wan27R2V"``).

    Args:
        model_id: the model id.

    Returns:
        The prefix of its bundle schemas (``<prefix>Request``, ``<prefix>Input``, the generated class names).

    """
    words = re.split(r"[^A-Za-z0-9]+", model_id)
    joined = "".join(w[:1].upper() + w[1:] for w in words if w)
    # openapi-python-client capitalizes a letter that follows a digit ("a14b" -> "A14B"): so does the prefix,
    # or ``ModelInfo.input_class_name`` would name a class the generator did not write.
    joined = re.sub(r"(?<=[0-9])[a-z]", lambda found: found.group(0).upper(), joined)
    return joined if joined[:1].isalpha() else "M" + joined


def model_files(folder: Path) -> list[Path]:
    """The vendor pages of ``folder`` and its subfolders, sorted by their path in it.

    Args:
        folder: a folder (``openapi/models/``, or one named in ``KIE_MODEL_SPECS``).

    Returns:
        Its files ending in one of ``SPEC_SUFFIXES`` (``.md``, ``.yaml``, ``.yml``, ``.json``).

    """
    found = [p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SPEC_SUFFIXES]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def bundle_entry(spec: ModelSpec) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bundle's two schemas for a model: its request (``<prefix>Request``) and its input (``<prefix>Input``).

    The input keeps the vendor's schema with each field's ``default`` moved to
    ``x-kie-default`` (the generated parser must not invent values) and each
    enum the generator refuses moved to ``x-kie-enum`` (``_enum_for_generator``);
    the request names the model, refers to the input and carries the example,
    the source page (``x-kie-source``) and the category (``x-kie-category``).

    Args:
        spec: the normalized page.

    Returns:
        ``(request schema, input schema)`` (named ``<schema_prefix>Request`` and
        ``<schema_prefix>Input``), as ``scripts/regenerate`` writes them
        into ``openapi/kie.bundle.yaml`` (nullable already in 3.1 form).

    """
    input_schema = copy.deepcopy(spec.input_schema)
    for prop in input_schema.get("properties", {}).values():
        if isinstance(prop, dict) and "default" in prop:
            prop["x-kie-default"] = prop.pop("default")
    walk(input_schema, _enum_for_generator)
    input_schema.setdefault("description", f"Input of {spec.model_id}")
    prefix = schema_prefix(spec.model_id)
    request: dict[str, Any] = {
        "type": "object",
        "title": f"{prefix}Request",
        "description": spec.description,
        "required": ["model", "input"],
        "properties": {
            "model": {"type": "string", "enum": [spec.model_id], "description": "The model id"},
            "input": {"$ref": f"#/components/schemas/{prefix}Input"},
            "callBackUrl": {
                "type": "string",
                "description": "URL the API POSTs to once the task ends (success or fail)",
            },
        },
        "x-kie-source": spec.source,
        "x-kie-category": spec.category,
        "example": spec.example,
    }
    return nullable_to_31(request), nullable_to_31(input_schema)
