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
import sys
from pathlib import Path
from typing import Any

import yaml

from kie._bundle_entry import SPEC_SUFFIXES, bundle_entry, model_files, nullable_to_31, schema_prefix
from kie._vendor_pages import CREATE_TASK_PATH, ModelSpec, VendorPageError, normalize_page

__all__ = ["SPEC_SUFFIXES", "VendorPageError", "bundle", "dump", "model_files", "read_model", "schema_prefix", "shown"]

_JSON = "application/json"


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return data


def shown(path: Path) -> str:
    """``path`` as a message shows it: relative to the working directory when under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def read_model(path: Path, source: str) -> ModelSpec:
    """Read and normalize one vendor page (``kie._vendor_pages.normalize_page``).

    Raises:
        VendorPageError: a defect the normalizer does not know, naming ``source``.

    """
    return normalize_page(path.read_text(encoding="utf-8"), source)


def _common_schemas(common: dict[str, Any]) -> dict[str, Any]:
    """The common schemas, normalized so that real responses never crash the generated parser."""
    schemas: dict[str, Any] = dict(common["components"]["schemas"])
    for name, kind in (("ResponseCode", "integer"), ("TaskState", "string")):
        schemas[name] = {
            "type": kind,
            "description": schemas[name]["description"],
            "x-kie-known": schemas[name]["enum"],
        }
    for name, schema in list(schemas.items()):
        for part in schema.get("allOf", []):
            data = part.get("properties", {}).get("data")
            if data is not None:
                part["properties"]["data"] = {"anyOf": [data, {"type": "null"}]}
        if name == "FileUploadResponse":
            schema["properties"]["data"] = {"anyOf": [schema["properties"]["data"], {"type": "null"}]}
    return schemas


def _add_models(schemas: dict[str, Any], sources: list[tuple[Path, str]]) -> dict[str, str]:
    """Add each page's request and input schemas; returns the discriminator mapping (model id -> request ref)."""
    mapping: dict[str, str] = {}
    for path, source in sources:
        try:
            spec = read_model(path, source)
        except VendorPageError as exc:
            raise VendorPageError(exc.reason, shown(path)) from None
        for warning in spec.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if spec.model_id in mapping:
            raise VendorPageError(f"model {spec.model_id!r} is already defined by another spec", shown(path))
        prefix = schema_prefix(spec.model_id)
        schemas[f"{prefix}Request"], schemas[f"{prefix}Input"] = bundle_entry(spec)
        mapping[spec.model_id] = f"#/components/schemas/{prefix}Request"
    return mapping


_CREATE_TASK = {
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


def bundle(spec_dir: Path, extra_models: list[Path] | None = None) -> dict[str, Any]:
    """Build the bundle from ``spec_dir/common.yaml`` and the vendor pages of ``spec_dir/models/``.

    Args:
        spec_dir: the ``openapi/`` folder.
        extra_models: more per-model vendor specs to include (e.g. a test fixture).

    Returns:
        The bundled OpenAPI 3.1 document as a dict.

    Raises:
        VendorPageError: a page the normalizer cannot repair, or two pages claiming
            the same model id (the message names the file).
        ValueError: ``models/`` holds no page.

    """
    common = _load(spec_dir / "common.yaml")
    schemas = _common_schemas(common)
    models_dir = spec_dir / "models"
    sources = [(p, p.relative_to(models_dir).as_posix()) for p in model_files(models_dir)]
    mapping = _add_models(schemas, sources + [(p, p.name) for p in extra_models or []])
    if not mapping:
        raise ValueError(f"{models_dir}: no model specs found")
    schemas["CreateTaskRequest"] = {
        "description": "A createTask body: one of the model request schemas, chosen by `model`.",
        "oneOf": [{"$ref": ref} for ref in mapping.values()],
        "discriminator": {"propertyName": "model", "mapping": mapping},
    }
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
        "paths": {CREATE_TASK_PATH: copy.deepcopy(_CREATE_TASK), **common["paths"]},
        "components": {"schemas": schemas, "securitySchemes": common["components"]["securitySchemes"]},
    }
    result: dict[str, Any] = nullable_to_31(doc)
    return result


def dump(doc: dict[str, Any]) -> str:
    """Serialize the bundle as stable YAML (sorted keys off, unicode kept)."""
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
