"""Bundle and normalize the vendor specs in ``openapi/`` into one document.

Used by ``scripts/regenerate`` (and ``scripts/check-generated``); it is the only
code that turns the per-model vendor files into ``openapi/kie.bundle.yaml``.

The bundle is OpenAPI 3.1 and holds:

* one ``createTask`` operation whose body is a ``oneOf`` of the per-model request
  schemas with a ``discriminator`` on ``model``;
* the common operations from ``openapi/common.yaml``;
* normalizations so real responses cannot crash the generated parser: ``code``
  a plain integer, ``data`` nullable, ``state`` a plain string, ``nullable``
  turned into 3.1 type lists, no ``default:`` on input fields (kept as
  ``x-kie-default`` for the model registry), vendor-scrape artefacts dropped.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml

__all__ = ["bundle", "dump", "schema_prefix"]

CREATE_TASK_PATH = "/api/v1/jobs/createTask"
_JSON = "application/json"


def schema_prefix(model_id: str) -> str:
    """Return the schema-name prefix for a model id.

    ``"kling-2.6/image-to-video"`` -> ``"Kling26ImageToVideo"``.
    """
    words = re.split(r"[^A-Za-z0-9]+", model_id)
    joined = "".join(w[:1].upper() + w[1:] for w in words if w)
    return joined if joined[:1].isalpha() else "M" + joined


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return data


def _nullable_to_31(node: Any) -> Any:
    """Turn OpenAPI 3.0 ``nullable: true`` into a 3.1 type list, recursively."""
    if isinstance(node, list):
        return [_nullable_to_31(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _nullable_to_31(v) for k, v in node.items()}
    if out.pop("nullable", False):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _strip_defaults(schema: dict[str, Any]) -> dict[str, Any]:
    """Move ``default`` to ``x-kie-default`` on each input property."""
    schema = copy.deepcopy(schema)
    for prop in schema.get("properties", {}).values():
        if "default" in prop:
            prop["x-kie-default"] = prop.pop("default")
    return schema


def _model_request(path: Path) -> tuple[str, dict[str, Any], dict[str, Any], Any]:
    """Read one vendor per-model spec -> (model id, request schema, input schema, example)."""
    spec = _load(path)
    try:
        op = spec["paths"][CREATE_TASK_PATH]["post"]
        media = op["requestBody"]["content"][_JSON]
        schema = media["schema"]
        model_ids = schema["properties"]["model"]["enum"]
        input_schema = schema["properties"]["input"]
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{path}: no createTask request schema with a model enum ({exc})") from exc
    if len(model_ids) != 1:
        raise ValueError(f"{path}: the model enum must hold exactly one id, not {model_ids}")
    model_id = str(model_ids[0])
    prefix = schema_prefix(model_id)
    input_schema = _strip_defaults(input_schema)
    input_schema.setdefault("description", f"Input of {model_id}")
    description = op.get("summary") or spec.get("info", {}).get("description", model_id)
    request = {
        "type": "object",
        "title": f"{prefix}Request",
        "description": description,
        "required": ["model", "input"],
        "properties": {
            "model": {"type": "string", "enum": [model_id], "description": "The model id"},
            "input": {"$ref": f"#/components/schemas/{prefix}Input"},
            "callBackUrl": {
                "type": "string",
                "description": "URL the API POSTs to once the task ends (success or fail)",
            },
        },
        "x-kie-source": path.name,
    }
    return model_id, request, input_schema, media.get("example")


def bundle(spec_dir: Path, extra_models: list[Path] | None = None) -> dict[str, Any]:
    """Build the bundle from ``spec_dir/common.yaml`` and ``spec_dir/models/*.yaml``.

    Args:
        spec_dir: the ``openapi/`` folder.
        extra_models: more per-model vendor specs to include (e.g. a test fixture).

    Returns:
        The bundled OpenAPI 3.1 document as a dict.

    Raises:
        ValueError: a spec is malformed, or two specs claim the same model id.

    """
    common = _load(spec_dir / "common.yaml")
    schemas: dict[str, Any] = dict(common["components"]["schemas"])
    # Normalizations so that real responses never crash the generated parser.
    schemas["ResponseCode"] = {
        "type": "integer",
        "description": schemas["ResponseCode"]["description"],
        "x-kie-known": schemas["ResponseCode"]["enum"],
    }
    schemas["TaskState"] = {
        "type": "string",
        "description": schemas["TaskState"]["description"],
        "x-kie-known": schemas["TaskState"]["enum"],
    }
    for name, schema in list(schemas.items()):
        for part in schema.get("allOf", []):
            data = part.get("properties", {}).get("data")
            if data is not None:
                part["properties"]["data"] = {"anyOf": [data, {"type": "null"}]}
        if name == "FileUploadResponse":
            schema["properties"]["data"] = {"anyOf": [schema["properties"]["data"], {"type": "null"}]}

    models = sorted((spec_dir / "models").glob("*.yaml")) + list(extra_models or [])
    mapping: dict[str, str] = {}
    for path in models:
        model_id, request, input_schema, example = _model_request(path)
        if model_id in mapping:
            raise ValueError(f"{path}: model {model_id!r} is already defined by another spec")
        prefix = schema_prefix(model_id)
        schemas[f"{prefix}Request"] = request
        schemas[f"{prefix}Input"] = input_schema
        mapping[model_id] = f"#/components/schemas/{prefix}Request"
        if example is not None:
            request["example"] = example
    if not mapping:
        raise ValueError(f"{spec_dir / 'models'}: no model specs found")
    schemas["CreateTaskRequest"] = {
        "description": "A createTask body: one of the model request schemas, chosen by `model`.",
        "oneOf": [{"$ref": ref} for ref in mapping.values()],
        "discriminator": {"propertyName": "model", "mapping": mapping},
    }

    paths: dict[str, Any] = {
        CREATE_TASK_PATH: {
            "post": {
                "summary": "Create a generation task for any bundled model",
                "operationId": "create-task",
                "tags": ["jobs"],
                "requestBody": {
                    "required": True,
                    "content": {_JSON: {"schema": {"$ref": "#/components/schemas/CreateTaskRequest"}}},
                },
                "responses": {
                    "200": {
                        "description": "The created task's id (or an error code in the body)",
                        "content": {_JSON: {"schema": {"$ref": "#/components/schemas/CreateTaskResponse"}}},
                    }
                },
            }
        }
    }
    paths.update(common["paths"])
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "kie.ai jobs API (bundled)",
            "version": "1.0.0",
            "description": "Machine-written by scripts/regenerate from openapi/common.yaml and "
            "openapi/models/*.yaml. Do not edit.",
        },
        "servers": common["servers"],
        "security": common["security"],
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": common["components"]["securitySchemes"]},
    }
    result: dict[str, Any] = _nullable_to_31(doc)
    return result


def dump(doc: dict[str, Any]) -> str:
    """Serialize the bundle as stable YAML (sorted keys off, unicode kept)."""
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
