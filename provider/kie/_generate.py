"""The multi-model vocabulary of ``generate()``: one set of names for every model.

``image``/``end_image`` go to the model's first and ``end_*`` file-URL fields
(a one-item list for array fields such as Kling's ``image_urls``); ``duration``
(int seconds) becomes the model's string enum value; ``resolution`` is matched
to the model's own spelling (``"1080P"`` -> ``"1080p"``); other options pass
through by their vendor names. All of it is read from the spec (``kie.MODELS``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._models import FieldInfo, ModelInfo
from .errors import InputValidationError

__all__ = ["build_generate_input", "end_image_field", "start_image_field"]


def start_image_field(info: ModelInfo) -> FieldInfo:
    """The field that takes the first frame: the first file-URL field not named ``end_*``.

    Raises:
        InputValidationError: the model takes no image.

    """
    for field in info.image_fields:
        if not field.name.startswith("end_"):
            return field
    raise InputValidationError(f"{info.id} takes no image input", model=info.id, field="image", limit="no image field")


def end_image_field(info: ModelInfo) -> FieldInfo | None:
    """The field that takes the last frame (``end_*``), or ``None`` when the model has none."""
    return next((f for f in info.image_fields if f.name.startswith("end_")), None)


def _options_text(info: ModelInfo, used: set[str]) -> str:
    names = [n for n in info.fields if n not in used]
    return ", ".join(names) if names else "(none)"


def _match(info: ModelInfo, name: str, value: Any, words: str) -> Any:
    """Match a vocabulary value to the model's enum spelling, or explain what it takes."""
    field = info.fields.get(name)
    fixed = info.output.get(name)
    if field is None:
        if fixed is not None and str(fixed).lower() == str(value).lower():
            return None  # the model's fixed output already is what was asked for
        extra = f" (its output is fixed at {fixed})" if fixed is not None else ""
        raise InputValidationError(
            f"{info.id} has no {name} option{extra}; its options are: {_options_text(info, {'prompt'})}",
            model=info.id,
            field=name,
            value=value,
            limit="an option of the model",
        )
    if field.enum is None:
        return value
    for allowed in field.enum:
        if str(allowed).lower() == str(value).strip().lower():
            return allowed
    choices = ", ".join(str(v) for v in field.enum)
    raise InputValidationError(
        f"{info.id}: {name} = {value!r} is not available; {words}: {choices}",
        model=info.id,
        field=f"input.{name}",
        value=value,
        limit=f"one of {choices}",
    )


def build_generate_input(
    info: ModelInfo,
    *,
    prompt: str,
    image_url: str,
    end_image_url: str | None = None,
    duration: int | None = None,
    resolution: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Translate the shared vocabulary into the model's vendor input.

    Args:
        info: the model.
        prompt: the text prompt.
        image_url: the first frame, as a URL (uploads already done).
        end_image_url: the last frame URL, for models with an ``end_*`` field.
        duration: seconds, an int the model offers (``5`` -> ``"5"``).
        resolution: e.g. ``"1080p"``, matched case-insensitively.
        options: model-specific fields by vendor name (``sound``, ``seed`` ...).

    Returns:
        The vendor ``input`` dict (validated later by ``create_task``); required
        fields left out get the vendor's documented default.

    Raises:
        InputValidationError: an option the model does not have (listing those it
            has), or a value it does not offer.

    """
    start = start_image_field(info)
    data: dict[str, Any] = {"prompt": prompt}
    data[start.name] = [image_url] if start.type == "array" else image_url
    if end_image_url is not None:
        end = end_image_field(info)
        if end is None:
            raise InputValidationError(
                f"{info.id} takes no end image; its options are: {_options_text(info, {'prompt', start.name})}",
                model=info.id,
                field="end_image",
                value=end_image_url,
                limit="an option of the model",
            )
        data[end.name] = end_image_url
    if duration is not None:
        if isinstance(duration, bool) or not isinstance(duration, int | float) or duration != int(duration):
            raise InputValidationError(
                f"{info.id}: duration = {duration!r} must be whole seconds (an int)",
                model=info.id,
                field="duration",
                value=duration,
                limit="an int number of seconds",
            )
        matched = _match(info, "duration", int(duration), "durations in seconds")
        if matched is not None:
            data["duration"] = matched
    if resolution is not None:
        matched = _match(info, "resolution", resolution, "resolutions")
        if matched is not None:
            data["resolution"] = matched
    for name, value in (options or {}).items():
        if name not in info.fields or name in data or info.fields[name].is_file:
            raise InputValidationError(
                f"{info.id} has no option {name!r}; its options are: "
                f"{_options_text(info, {'prompt', *(f.name for f in info.image_fields)})}",
                model=info.id,
                field=name,
                value=value,
                limit="an option of the model",
            )
        data[name] = value
    for field in info.fields.values():
        # A field the model requires but documents a default for (Kling's sound,
        # duration) gets that default, as the vendor's own playground does.
        if field.required and field.name not in data and field.has_default:
            data[field.name] = field.default
    return data
