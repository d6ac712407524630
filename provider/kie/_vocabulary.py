"""The ``generate`` vocabulary's values in each model's own terms: which field, which spelling, which type.

``role_field`` finds the field a role maps onto (``image`` falls back to a
model's list of images: Kling's ``image_urls`` takes ``[image]``);
``fit_seconds`` turns whole seconds into the field's type (an int, a number, or
an enum string such as ``"5"``); ``fit_choice`` matches a resolution or an
aspect ratio to the model's spelling (``"1080P"`` -> ``"1080p"``, ``"16:9"`` ->
Sora's ``"landscape"``); ``lacks`` is the error for a role the model does not
take, listing the roles it does. All of it reads ``kie.MODELS`` (the bundle's
``x-kie-role``, ``_roles``).
"""

from __future__ import annotations

from typing import Any

from ._models import FieldInfo, ModelInfo
from ._roles import MEDIA_ROLES
from .errors import InputValidationError

__all__ = ["fit_choice", "fit_seconds", "lacks", "options_text", "role_field", "roles_text"]

_PROSE = {"end_image": "end image", "aspect_ratio": "aspect ratio"}
"""How a message words a role in prose (the CLI rewords ``end image`` as ``--end-image``)."""

_SYNONYMS = {"16:9": "landscape", "9:16": "portrait", "1:1": "square"}
"""Aspect ratios some models name in words (Sora's ``landscape``/``portrait``)."""


def role_field(info: ModelInfo, role: str) -> FieldInfo | None:
    """The model's field for ``role`` (``image`` may be a model's ``images`` list: ``ModelInfo.roles``), or None."""
    name = info.roles.get(role)
    return info.fields[name] if name is not None else None


def roles_text(info: ModelInfo) -> str:
    """The roles a model takes, for a message (``prompt, image, duration``), or ``(none)``."""
    return ", ".join(info.roles) or "(none)"


def options_text(info: ModelInfo, used: set[str]) -> str:
    """The model's options for a message: its fields minus ``used`` and those a media role fills."""
    names = [n for n, f in info.fields.items() if n not in used and f.role not in MEDIA_ROLES and not f.is_file]
    return ", ".join(names) if names else "(none)"


def lacks(info: ModelInfo, role: str, value: Any) -> InputValidationError:
    """The error for a role the model does not take: it lists the roles (and, for settings, options) it has.

    A media role reads ``<model> takes no image input; its roles are: ...``; a
    setting reads ``<model> has no duration option (its output is fixed at 6);
    its options are: ...; its roles are: ...`` (a fixed output the spec states is named).
    """
    if role in MEDIA_ROLES:
        text = f"{info.id} takes no {_PROSE.get(role, role)} input; its roles are: {roles_text(info)}"
    else:
        fixed = info.output.get(role)
        extra = f" (its output is fixed at {fixed})" if fixed is not None else ""
        text = (
            f"{info.id} has no {_PROSE.get(role, role)} option{extra}; its options are: "
            f"{options_text(info, {'prompt'})}; its roles are: {roles_text(info)}"
        )
    return InputValidationError(text, model=info.id, field=role, value=value, limit="a role of the model")


def _fixed(info: ModelInfo, role: str, value: Any) -> bool:
    """True when the model has no field for ``role`` but its fixed output already is ``value``."""
    fixed = info.output.get(role)
    return fixed is not None and str(fixed).strip().lower() == str(value).strip().lower()


def fit_choice(info: ModelInfo, role: str, value: Any) -> tuple[FieldInfo, Any] | None:
    """Match a resolution or aspect ratio to the model's own spelling.

    Args:
        info: the model.
        role: ``"resolution"`` or ``"aspect_ratio"``.
        value: what the caller asked for (``"1080P"``, ``"16:9"``).

    Returns:
        ``(field, the model's value)``; ``None`` when the model has no such field
        but its fixed output already is ``value`` (Hailuo pro's 1080p).

    Raises:
        InputValidationError: the model has no such role (listing those it has), or
            does not offer the value (listing what it offers).

    """
    field = role_field(info, role)
    if field is None:
        if _fixed(info, role, value):
            return None
        raise lacks(info, role, value)
    if field.enum is None:
        return field, value
    wanted = str(value).strip().lower()
    for allowed in field.enum:
        if str(allowed).lower() in (wanted, _SYNONYMS.get(wanted)):
            return field, allowed
    choices = ", ".join(str(v) for v in field.enum)
    words = f"{_PROSE.get(role, role)}s" if role != "resolution" else "resolutions"
    raise InputValidationError.about(
        info.id,
        f"input.{field.name}",
        value,
        f"one of {choices}",
        f"{role} = {value!r} is not available; {words}: {choices}",
    )


def _whole(info: ModelInfo, seconds: Any, *, fraction_ok: bool) -> int | float:
    number = isinstance(seconds, int | float) and not isinstance(seconds, bool)
    if not number or (not fraction_ok and seconds != int(seconds)):
        kind = "a number of seconds" if fraction_ok else "an int number of seconds"
        raise InputValidationError.about(
            info.id,
            "duration",
            seconds,
            kind,
            f"duration = {seconds!r} must be {'' if fraction_ok else 'whole '}seconds",
        )
    return seconds if fraction_ok else int(seconds)


def fit_seconds(info: ModelInfo, seconds: Any) -> tuple[FieldInfo, Any] | None:
    """Seconds in the type of the model's duration field.

    An enum takes the member that spells the seconds (``5`` -> ``"5"``); an
    ``integer`` field takes whole seconds, a ``number`` field any (``0.5``), a
    free ``string`` field their digits.

    Args:
        info: the model.
        seconds: the duration, seconds (an int; a float only for a ``number`` field).

    Returns:
        ``(field, value)``; ``None`` when the model has no duration field but its
        fixed output already lasts ``seconds`` (Hailuo pro's 6 s).

    Raises:
        InputValidationError: the model has no duration (listing its roles), the
            value is not whole seconds, or the model does not offer it.

    """
    field = role_field(info, "duration")
    if field is None:
        if _fixed(info, "duration", _whole(info, seconds, fraction_ok=True)):
            return None
        raise lacks(info, "duration", seconds)
    if field.type == "number" and field.enum is None:
        return field, _whole(info, seconds, fraction_ok=True)
    whole = _whole(info, seconds, fraction_ok=False)
    if field.enum is None:
        return field, whole if field.type == "integer" else str(whole)
    for allowed in field.enum:
        if str(allowed).strip().lower().removesuffix("s") == str(whole):
            return field, allowed
    choices = ", ".join(str(v) for v in field.enum)
    raise InputValidationError.about(
        info.id,
        f"input.{field.name}",
        seconds,
        f"one of {choices}",
        f"duration = {seconds!r} is not available; durations in seconds: {choices}",
    )
