"""Models added at run time from vendor pages: ``kie.register_model_spec`` and env ``KIE_MODEL_SPECS``.

For people who installed the wheel: a page the vendor publishes (a new model, or
a newer version of a bundled one) goes through the same normalizer as
``scripts/regenerate`` (``_vendor_pages``) and into ``kie.MODELS``, so client-side
validation, ``create_task``, ``generate`` and the emulator take the model
without regenerating. The typed input class is the one thing it lacks (that is
generated code): pass its input as a dict.
"""

from __future__ import annotations

import os
import threading
import warnings
from pathlib import Path
from typing import Any

import attrs

from . import _schema_checks, _validation
from ._models import ModelInfo, add_model, build_models
from .errors import ConfigurationError

__all__ = ["ENV_VAR", "register_env_model_specs", "register_model_spec"]

ENV_VAR = "KIE_MODEL_SPECS"
"""Vendor pages (files or folders, ``os.pathsep``-separated) registered when a client is built."""

_env_lock = threading.Lock()
_env_seen: dict[str, Any] = {}  # the last KIE_MODEL_SPECS value and its files' (path, mtime, size), once registered


def _page(path_or_text: str | os.PathLike[str]) -> tuple[str, str]:
    """``(text, source)`` of a page given as a path or as its text."""
    if isinstance(path_or_text, str) and ("\n" in path_or_text or path_or_text.lstrip().startswith("{")):
        return path_or_text, "<text>"
    path = Path(path_or_text)
    try:
        return path.read_text(encoding="utf-8"), path.name
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read the model spec {str(path)!r}: {exc.__class__.__name__}: {exc}") from None


def _model_info(text: str, source: str) -> ModelInfo:
    """Normalize a page and derive its ``ModelInfo`` as ``kie.MODELS`` does from the bundle."""
    from ._bundle_entry import bundle_entry, schema_prefix  # the normalizer loads when a page is registered
    from ._vendor_pages import VendorPageError, normalize_page

    try:
        spec = normalize_page(text, source)
    except VendorPageError as exc:
        raise ConfigurationError(f"model spec {exc}") from None
    for warning in spec.warnings:
        warnings.warn(warning, UserWarning, stacklevel=3)
    prefix = schema_prefix(spec.model_id)
    request, input_schema = bundle_entry(spec)
    mini_bundle = {
        "components": {
            "schemas": {
                f"{prefix}Request": request,
                f"{prefix}Input": input_schema,
                "CreateTaskRequest": {
                    "discriminator": {"mapping": {spec.model_id: f"#/components/schemas/{prefix}Request"}}
                },
            }
        }
    }
    # No generated class fits a page read at run time (a bundled model's class describes the bundled page).
    return attrs.evolve(build_models(mini_bundle)[spec.model_id], input_class_name="")


def register_model_spec(path_or_text: str | os.PathLike[str]) -> ModelInfo:
    """Add the model of a vendor page to ``kie.MODELS`` at run time (no regeneration).

    The page goes through the normalizer ``scripts/regenerate`` uses (the
    vendor's defects repaired, its own request example made to pass), so the
    model validates, creates tasks, runs in ``generate`` and on the emulator
    like a bundled one. A page for a model ``kie.MODELS`` already holds replaces
    it (a newer page of a bundled model). What the repairs had to choose (an
    ``enum`` naming another model than the example, a field widened to its
    example) is reported as a ``UserWarning``.

    Thread-safe: registrations are serialized, and readers of ``kie.MODELS`` see
    the registry before or after a registration, never half of one.

    Args:
        path_or_text: a vendor page: a path (``str`` or ``os.PathLike``) to the
            markdown page with its ```yaml fence (as docs.kie.ai publishes it),
            bare YAML or JSON; or the page's text itself (a ``str`` holding a
            newline, or JSON).

    Returns:
        The model's ``ModelInfo`` (``source`` is the file name, or ``"<text>"``).
        It has no generated typed input class (``input_class`` raises): pass its input as a dict.

    Raises:
        ConfigurationError: the file cannot be read, or the page is not a model
            page the normalizer can repair (the message names the page and the reason).

    Source: the vendor's model pages (docs.kie.ai "Market"), DESIGN.md "Public API".

    """
    text, source = _page(path_or_text)
    info = _model_info(text, source)
    if add_model(info) is not None:
        _forget_compiled_checks()
    return info


def _forget_compiled_checks() -> None:
    """Validation compiles each model's schema once, by id: a replaced model is compiled again."""
    _validation._validator.cache_clear()
    _schema_checks._compiled.cache_clear()


def _env_pages(value: str) -> list[Path]:
    from ._bundle_entry import model_files

    pages: list[Path] = []
    for entry in filter(None, (part.strip() for part in value.split(os.pathsep))):
        path = Path(entry).expanduser()
        if path.is_dir():
            pages += model_files(path)
        elif path.is_file():
            pages.append(path)
        else:
            raise ConfigurationError(f"{ENV_VAR}: no such file or folder: {entry!r}")
    return pages


def register_env_model_specs() -> list[ModelInfo]:
    """Register the vendor pages named by env ``KIE_MODEL_SPECS`` (called when a client is built).

    The variable holds files or folders (their ``.md``, ``.yaml``, ``.yml`` and
    ``.json`` files, subfolders included), separated by ``os.pathsep`` (``:``,
    ``;`` on Windows). Pages already registered from the same unchanged files
    are not read again.

    Returns:
        The models registered by this call (empty when the variable is unset or nothing changed).

    Raises:
        ConfigurationError: a named path does not exist, or a page cannot be used
            (the message names it and the reason).

    """
    value = os.environ.get(ENV_VAR, "")
    if not value.strip():
        return []
    with _env_lock:
        pages = _env_pages(value)
        stamp = [(str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in pages]
        if _env_seen.get(value) == stamp:
            return []
        infos = [register_model_spec(page) for page in pages]
        _env_seen.clear()
        _env_seen[value] = stamp
        return infos
