"""The bundled spec at run time, for code built on the core (the emulator, your own tools).

The one description of each model (DESIGN.md, "The bundled spec is also the
runtime source of truth"): ``load_bundle`` gives the OpenAPI document,
``operation`` the method and path of an ``operationId``, and
``build_create_body`` the createTask validation the clients run before
sending, ``start_image_field`` / ``end_image_field`` the model fields the
``generate`` vocabulary's ``image`` / ``end_image`` map onto. ``kie.MODELS`` is
the registry derived from the same document.
"""

from __future__ import annotations

from ._generate import end_image_field, start_image_field
from ._spec import load_bundle, operation
from ._validation import build_create_body, get_model

__all__ = ["build_create_body", "end_image_field", "get_model", "load_bundle", "operation", "start_image_field"]
