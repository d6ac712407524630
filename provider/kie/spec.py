"""The bundled spec at run time, for code built on the core (the emulator, your own tools).

The one description of each model (DESIGN.md, "The bundled spec is also the
runtime source of truth"): ``load_bundle`` gives the OpenAPI document,
``operation`` the method and path of an ``operationId``, and
``build_create_body`` the createTask validation the clients run before
sending, ``check_generate`` the same for ``generate``'s vocabulary (a batch
checks every job before sending any), ``start_image_field`` / ``end_image_field``
the model fields the ``generate`` vocabulary's ``image`` / ``end_image`` map onto
(every role's field: ``kie.MODELS[model].roles``, from the bundle's ``x-kie-role``),
and ``sent_as_url`` whether a media value is sent as a URL or read as a local
file. ``kie.MODELS`` is the registry derived from the same document.
"""

from __future__ import annotations

from typing import Any

from ._generate import end_image_field, is_url_input, plan_generate, start_image_field
from ._spec import load_bundle, operation
from ._validation import build_create_body, get_model

__all__ = [
    "build_create_body",
    "check_generate",
    "end_image_field",
    "get_model",
    "load_bundle",
    "operation",
    "sent_as_url",
    "start_image_field",
]


def check_generate(model: str, /, **arguments: Any) -> dict[str, Any]:
    """Check ``submit`` / ``generate`` arguments for ``model`` exactly as the clients do, sending nothing.

    Args:
        model: the model id.
        **arguments: ``Client.submit``'s keyword arguments: the vocabulary (``prompt``,
            ``image``, ``end_image``, ``duration`` in seconds, ``resolution``, ...),
            ``callback_url`` and model options by vendor name.

    Returns:
        The vendor input the task would be created with (a local file, read and
        checked, stands as a placeholder URL: it is uploaded only by ``submit``).

    Raises:
        InputValidationError: whatever ``submit`` would refuse before uploading or
            sending: an unknown model or option, a value the model does not offer, a
            local file of the wrong type or size.

    """
    import inspect  # on first use: `import kie` does not pay for it

    # submit's own parameters are plan_generate's (its vocabulary); the rest are model options
    roles = set(inspect.signature(plan_generate).parameters) - {"model", "options"}
    vocabulary = {name: value for name, value in arguments.items() if name in roles}
    options = {name: value for name, value in arguments.items() if name not in roles}
    return dict(plan_generate(model, **vocabulary, options=options).input)


def sent_as_url(model: str, role: str, value: object) -> bool:
    """Tell whether ``generate`` sends ``value`` for ``role`` as it is, rather than reading a local file.

    An http(s) URL is sent as it is, and so is a URL of another scheme when the
    role's field documents that scheme on the vendor's page (Seedance 2's
    ``asset://{assetId}``); anything else is a local file to read and upload
    (and a URL of an undocumented scheme is refused). The CLI asks this before
    it checks a local path, so a value is never a URL for one and a path for the other.

    Args:
        model: the model id.
        role: a media role of the ``generate`` vocabulary (``"image"``, ``"end_image"``,
            ``"images"``, ``"video"``, ``"audio"``).
        value: one value given for it (one item of a list).

    Returns:
        True when it is sent as a URL.

    Raises:
        InputValidationError: an unknown model.

    """
    return is_url_input(get_model(model), role, value)
