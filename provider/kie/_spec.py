"""The bundled spec at run time: ``kie_api/openapi.json``, written by ``scripts/regenerate``.

One description of each model: the registry (``kie.MODELS``), client-side
validation and the emulator all read this document.
"""

from __future__ import annotations

import functools
import json
from typing import Any

__all__ = ["load_bundle", "operation"]


@functools.cache
def load_bundle() -> dict[str, Any]:
    """Return the bundled OpenAPI document (parsed once, then cached).

    Returns:
        The OpenAPI 3.1 bundle as a dict; treat it as read-only.

    """
    from importlib import resources  # on first use: `import kie` does not pay for importlib.resources

    text = resources.files("kie_api").joinpath("openapi.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


@functools.cache
def operation(operation_id: str) -> tuple[str, str]:
    """Return ``(METHOD, path)`` of an operation of the bundle, by ``operationId``.

    Raises:
        KeyError: no operation has that id.

    """
    for path, methods in load_bundle()["paths"].items():
        for method, op in methods.items():
            if op.get("operationId") == operation_id:
                return method.upper(), path
    raise KeyError(operation_id)
