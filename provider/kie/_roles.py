"""The ``generate`` vocabulary's roles: which of a model's fields takes the prompt, the image, the duration...

Every model names its fields its own way (``image_url``, ``image_urls``,
``first_frame_url``, ``input_urls``, ``tail_image_url``, ``video_url``,
``audio_url``, ``ratio``...). The bundler (``scripts/regenerate``) and
``kie.register_model_spec`` give each input field at most one role, written
into the bundle as ``x-kie-role``; ``generate(model, prompt=..., image=...,
duration=...)`` then maps each role onto the model's own field.

How a role is inferred (``infer_roles``), from the field's name, type,
description and enum:

* ``prompt``: the field ``prompt``; without one, ``text``, else a ``*_prompt``
  field that is not a negative prompt;
* media (``image``, ``end_image``, ``images``, ``video``, ``audio``): a field
  that takes URLs (``url`` in its name or description, ``format: uri``, or a
  name made of media words like ``image`` or ``first_frame``) of the media its
  name says (``image``/``frame``, ``video``/``clip``, ``audio``/``voice``...),
  else its description's first media word; an image field named ``end``,
  ``last`` or ``tail`` is ``end_image``; a list of images is ``images``
  (``video`` and ``audio`` take a string or a list); masks take no role;
* ``duration``: ``duration``, ``duration_seconds``..., or a field whose
  description starts with "Duration" (grok's ``extend_times``);
* ``resolution``: ``resolution`` or ``*_resolution``;
* ``aspect_ratio``: ``aspect_ratio``, ``ratio``, or an enum of ratios (``16:9``).

One field per role: the first in the spec's order wins. An ``x-kie-role`` on a
field in the spec file overrides all of it (``none`` takes the role away).
Source: the field names of the vendor's 109 model pages (``vendor-pages/``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, get_args

from ._vendor_error import VendorPageError

__all__ = ["MEDIA_ROLES", "ROLES", "Role", "assign_roles", "infer_roles"]

Role = Literal["prompt", "image", "end_image", "images", "video", "audio", "duration", "resolution", "aspect_ratio"]
"""A ``generate`` keyword that maps onto one field of each model that has it."""

ROLES: tuple[Role, ...] = get_args(Role)
"""The roles, in the order ``generate`` takes them."""

MEDIA_ROLES: Mapping[str, str] = {
    "image": "image",
    "end_image": "image",
    "images": "image",
    "video": "video",
    "audio": "audio",
}
"""Role -> the kind of media its field takes (a URL, or a local file ``generate`` uploads)."""

_OVERRIDE = "x-kie-role"
_NONE = "none"
_MEDIA_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("video", frozenset({"video", "videos", "clip", "clips"})),
    ("audio", frozenset({"audio", "audios", "voice", "speech", "sound", "music", "song"})),
    ("image", frozenset({"image", "images", "img", "frame", "photo", "picture"})),
)
_PLACES = frozenset({"first", "last", "end", "tail", "start", "final", "reference", "ref", "input", "source", "init"})
_ENDS = frozenset({"end", "last", "tail", "final"})
_URL_WORDS = frozenset({"url", "urls", "uri", "uris"})
_URL_IN_TEXT = r"(?i)(?<![\w])ur[li]s?(?![\w])"  # "image URL", not "image_urls"
_MEDIA_NOUNS = frozenset({"image", "images", "video", "videos", "audio", "frame", "clip"})
_NOT_MEDIA = frozenset({"mask", "id", "ids"})  # a mask is no frame; a task or character id is no URL
_DURATION_NAMES = frozenset({"duration", "duration_seconds", "seconds", "video_duration", "length_seconds"})
_RATIO = r"^(\d+(\.\d+)?:\d+(\.\d+)?|auto)$"  # patterns, not compiled: re compiles them on first use, not at import


def _words(text: Any) -> list[str]:
    return re.findall(r"[a-z]+", str(text or "").lower())


def _kind(schema: Mapping[str, Any]) -> str:
    declared = schema.get("type", "string")
    if isinstance(declared, list):
        return next((str(t) for t in declared if t != "null"), "null")
    return str(declared)


def _takes_strings(schema: Mapping[str, Any]) -> bool:
    kind = _kind(schema)
    items = schema.get("items") if isinstance(schema.get("items"), Mapping) else {}
    return kind == "string" or (kind == "array" and _kind(items or {"type": "string"}) == "string")


def _media_of(words: list[str]) -> str | None:
    """The first media kind named by ``words``, in their order."""
    for word in words:
        for kind, names in _MEDIA_WORDS:
            if word in names:
                return kind
    return None


def _takes_urls(name_words: list[str], schema: Mapping[str, Any]) -> bool:
    """Whether a field takes URLs.

    ``url`` in its name or description (not inside another field's name), ``format: uri``,
    ``x-accept``, or a name of media nouns only (``image``, ``first_frame``; not ``voice``, a preset's name).
    """
    items = schema.get("items") if isinstance(schema.get("items"), Mapping) else {}
    media_only = all(w in _PLACES or w in _MEDIA_NOUNS for w in name_words) and bool(_MEDIA_NOUNS & set(name_words))
    return (
        bool(_URL_WORDS & set(name_words))
        or "uri" in (schema.get("format"), (items or {}).get("format"))
        or bool(schema.get("x-accept") or (items or {}).get("x-accept"))
        or re.search(_URL_IN_TEXT, str(schema.get("description") or "")) is not None
        or media_only
    )


def _media_role(name: str, schema: Mapping[str, Any]) -> str | None:
    """``image``/``end_image``/``images``/``video``/``audio`` for a field that takes media URLs, else None."""
    name_words = _words(name)
    if _NOT_MEDIA & set(name_words) or not _takes_strings(schema) or not _takes_urls(name_words, schema):
        return None
    kind = _media_of(name_words) or _media_of(_words(schema.get("description")))
    if kind != "image":
        return kind
    if _kind(schema) == "array":
        return "images"
    return "end_image" if _ENDS & set(name_words) else "image"


def _named_role(name: str, schema: Mapping[str, Any]) -> str | None:
    """``prompt``, ``duration``, ``resolution`` or ``aspect_ratio`` by the field's name alone, else None."""
    if _kind(schema) in ("boolean", "array", "object"):
        return None
    if name == "prompt":
        return "prompt"
    if name in _DURATION_NAMES:
        return "duration"
    if name == "resolution" or name.endswith("_resolution"):
        return "resolution"
    return "aspect_ratio" if name in ("aspect_ratio", "ratio", "aspect") else None


def _described_role(schema: Mapping[str, Any]) -> str | None:
    """``duration`` for a description "Duration ... seconds"; ``aspect_ratio`` for an enum of ratios; else None."""
    if _kind(schema) in ("boolean", "array", "object"):
        return None
    description = _words(schema.get("description"))
    if description[:1] == ["duration"] and "second" in " ".join(description):
        return "duration"
    enum = schema.get("enum", schema.get("x-kie-enum"))
    ratios = isinstance(enum, list) and enum and all(isinstance(v, str) and re.match(_RATIO, v.strip()) for v in enum)
    return "aspect_ratio" if ratios and any(":" in str(v) for v in enum) else None


def _fallback_prompt(properties: Mapping[str, Any], taken: dict[str, str]) -> str | None:
    """Without a ``prompt`` field: ``text``, else the first ``*_prompt`` that is not negative."""
    free = [n for n, s in properties.items() if n not in taken and isinstance(s, Mapping) and _kind(s) == "string"]
    if "text" in free:
        return "text"
    return next((n for n in free if n.endswith("_prompt") and "negative" not in n), None)


def infer_roles(properties: Mapping[str, Any]) -> dict[str, str]:
    """Infer each field's role from its name, type, description and enum (overrides not applied).

    Args:
        properties: the ``input`` schema's properties (field name -> schema).

    Returns:
        Field name -> role, in the spec's order; one field per role (the first wins).

    """
    found: dict[str, str] = {}
    for name, schema in properties.items():
        if not isinstance(schema, Mapping):
            continue
        role = _named_role(name, schema) or _media_role(name, schema) or _described_role(schema)
        if role is not None and role not in found.values():
            found[name] = role
    if "prompt" not in found.values():
        prompt = _fallback_prompt(properties, found)
        if prompt is not None:
            found = {n: found.get(n, "prompt") for n in properties if n in found or n == prompt}
    return found


def _overrides(properties: Mapping[str, Any]) -> dict[str, str]:
    """The spec file's own ``x-kie-role`` per field (``none`` included); refuses a value that is no role."""
    stated: dict[str, str] = {}
    for name, schema in properties.items():
        value = schema.get(_OVERRIDE) if isinstance(schema, Mapping) else None
        if value is None:
            continue
        role = str(value).strip()
        if role != _NONE and role not in ROLES:
            raise VendorPageError(f"input.{name}: {_OVERRIDE} {value!r} is not one of {', '.join(ROLES)} or none")
        if role != _NONE and role in stated.values():
            raise VendorPageError(
                f"{_OVERRIDE} {role!r} is given to two fields: {_field_with(stated, role)} and {name}"
            )
        stated[name] = role
    return stated


def _field_with(roles: Mapping[str, str], role: str) -> str:
    return next(name for name, given in roles.items() if given == role)


def assign_roles(input_schema: dict[str, Any]) -> dict[str, str]:
    """Write each field's role into its schema as ``x-kie-role`` (in place): the spec file's, else inferred.

    An ``x-kie-role`` the spec file gives wins over inference, and takes that role
    away from the field inference gave it to; ``x-kie-role: none`` leaves a field without one.

    Args:
        input_schema: the ``input`` schema (vendor form), changed in place.

    Returns:
        Field name -> role, in the spec's order.

    Raises:
        VendorPageError: an ``x-kie-role`` that is no role, or the same role given to two fields.

    """
    properties = input_schema.get("properties") or {}
    stated = _overrides(properties)
    inferred = infer_roles({n: s for n, s in properties.items() if n not in stated})
    claimed = set(stated.values())
    roles = {n: r for n, r in {**inferred, **stated}.items() if r != _NONE and (n in stated or r not in claimed)}
    for name, schema in properties.items():
        if isinstance(schema, dict):
            schema.pop(_OVERRIDE, None)
            if name in roles:
                schema[_OVERRIDE] = roles[name]
    return {name: roles[name] for name in properties if name in roles}
