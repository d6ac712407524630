"""The multi-model vocabulary of ``generate()``: one set of names for every model.

``image``/``end_image`` go to the model's first and ``end_*`` file-URL fields
(a one-item list for array fields such as Kling's ``image_urls``); ``duration``
(int seconds) becomes the model's string enum value; ``resolution`` is matched
to the model's own spelling (``"1080P"`` -> ``"1080p"``); other options pass
through by their vendor names. All of it is read from the spec (``kie.MODELS``).

``plan_generate`` is the first half of ``submit``: it checks everything (the
model, the vocabulary, the options, the local files' type and size, the whole
createTask body) before a single byte is uploaded, so a bad option never costs
an upload (issue "Architecture pass", item 4).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._models import FieldInfo, ModelInfo
from ._uploads import DEFAULT_MAX_BYTES, read_file_input
from ._validation import build_create_body, get_model
from .errors import InputValidationError
from .media import IMAGE_TYPES
from .urls import is_http_url

__all__ = ["GeneratePlan", "LocalFile", "build_generate_input", "end_image_field", "plan_generate", "start_image_field"]


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
    """The model's options for a message: its fields minus those already used and its file (image) fields."""
    names = [n for n, f in info.fields.items() if n not in used and not f.is_file]
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
    raise InputValidationError.about(
        info.id, f"input.{name}", value, f"one of {choices}", f"{name} = {value!r} is not available; {words}: {choices}"
    )


def _check_whole_seconds(info: ModelInfo, duration: Any) -> int:
    if isinstance(duration, bool) or not isinstance(duration, int | float) or duration != int(duration):
        raise InputValidationError.about(
            info.id,
            "duration",
            duration,
            "an int number of seconds",
            f"duration = {duration!r} must be whole seconds (an int)",
        )
    return int(duration)


def _place_images(info: ModelInfo, data: dict[str, Any], image_url: str, end_image_url: str | None) -> None:
    """Put the first (and last) frame into the model's own file fields."""
    start = start_image_field(info)
    data[start.name] = [image_url] if start.type == "array" else image_url
    if end_image_url is None:
        return
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


def _add_options(info: ModelInfo, data: dict[str, Any], options: Mapping[str, Any]) -> None:
    """Pass model options through by vendor name; refuse names the model lacks (listing those it has)."""
    for name, value in options.items():
        if name not in info.fields or name in data or info.fields[name].is_file:
            offered = [n for n, f in info.fields.items() if n not in data and not f.is_file]
            import difflib  # only for an error's did-you-mean: not at import

            close = difflib.get_close_matches(name, offered, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputValidationError(
                f"{info.id} has no option {name!r}{hint}; its options are: "
                f"{_options_text(info, {'prompt', *(f.name for f in info.image_fields)})}",
                model=info.id,
                field=name,
                value=value,
                limit="an option of the model",
            )
        data[name] = value


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
    data: dict[str, Any] = {"prompt": prompt}
    _place_images(info, data, image_url, end_image_url)
    if duration is not None:
        matched = _match(info, "duration", _check_whole_seconds(info, duration), "durations in seconds")
        if matched is not None:
            data["duration"] = matched
    if resolution is not None:
        matched = _match(info, "resolution", resolution, "resolutions")
        if matched is not None:
            data["resolution"] = matched
    _add_options(info, data, options or {})
    for field in info.fields.values():
        # A field the model requires but documents a default for (Kling's sound,
        # duration) gets that default, as the vendor's own playground does.
        if field.required and field.name not in data and field.has_default:
            data[field.name] = field.default
    return data


@attrs.frozen
class LocalFile:
    """A local file ``submit`` will upload, already read and checked.

    Attributes:
        role: the vocabulary name (``"image"``, ``"end_image"``).
        content: the file's bytes.
        name: a unique upload file name.
        mime: its media type, from its magic bytes.

    """

    role: str
    content: bytes = attrs.field(repr=False)
    name: str
    mime: str


_STAND_IN = "https://upload.invalid/"  # RFC 2606: never resolvable; replaced before anything is sent


@attrs.frozen
class GeneratePlan:
    """A checked ``generate``/``submit`` request: the vendor input and the files still to upload.

    Attributes:
        model: the model id.
        input: the vendor input; each local file stands as ``stand_in(role)`` until uploaded.
        uploads: the local files to upload, in order.

    """

    model: str
    input: Mapping[str, Any]
    uploads: tuple[LocalFile, ...]

    @staticmethod
    def stand_in(role: str) -> str:
        """The placeholder URL a local file holds in ``input`` until it is uploaded."""
        return _STAND_IN + role

    def input_with(self, urls: Mapping[str, str]) -> dict[str, Any]:
        """The vendor input with each local file's stand-in replaced by its uploaded URL.

        Args:
            urls: uploaded URL by role (``{"image": "https://..."}``).

        Returns:
            A new input dict, ready for ``create_task``.

        """
        by_stand_in = {self.stand_in(role): url for role, url in urls.items()}

        def swap(value: Any) -> Any:
            if isinstance(value, list):
                return [swap(item) for item in value]
            return by_stand_in.get(value, value) if isinstance(value, str) else value

        return {name: swap(value) for name, value in self.input.items()}


def _local_file(field: FieldInfo | None, role: str, value: Any) -> LocalFile:
    """Read a local file input and check it against the field's accepted types and size (spec limits)."""
    accept = field.accept if field is not None and field.accept else IMAGE_TYPES
    max_bytes = field.max_bytes if field is not None and field.max_bytes else DEFAULT_MAX_BYTES
    content, name, mime = read_file_input(value, field=role, accept=accept, max_bytes=max_bytes)
    return LocalFile(role, content, name, mime)


def plan_generate(
    model: str,
    *,
    prompt: str,
    image: Any,
    end_image: Any = None,
    duration: int | None = None,
    resolution: str | None = None,
    callback_url: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> GeneratePlan:
    """Check a ``generate`` request whole, reading (not uploading) its local files.

    Args:
        model: the model id.
        prompt: the text prompt.
        image: the first frame: an http(s) URL, or a local path, bytes or binary file.
        end_image: the last frame, likewise, or ``None``.
        duration: whole seconds.
        resolution: e.g. ``"1080p"``.
        callback_url: the ``callBackUrl``, checked here too.
        options: model options by vendor name.

    Returns:
        The ``GeneratePlan``: vendor input and the local files to upload.

    Raises:
        InputValidationError: an unknown model or option, a value the model does
            not offer, a local file of the wrong type or over the size limit, or a
            body the spec refuses. Nothing has been sent or uploaded.

    """
    info = get_model(model)
    frames = {"image": image, "end_image": end_image}
    local_roles = [role for role, value in frames.items() if value is not None and not is_http_url(value)]
    refs = {role: GeneratePlan.stand_in(role) if role in local_roles else value for role, value in frames.items()}
    data = build_generate_input(
        info,
        prompt=prompt,
        image_url=str(refs["image"]),
        end_image_url=None if refs["end_image"] is None else str(refs["end_image"]),
        duration=duration,
        resolution=resolution,
        options=options,
    )
    fields = {"image": start_image_field(info), "end_image": end_image_field(info)}
    uploads = tuple(_local_file(fields[role], role, frames[role]) for role in local_roles)
    build_create_body(model, data, callback_url=callback_url)
    return GeneratePlan(model, data, uploads)
