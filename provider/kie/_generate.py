"""The multi-model vocabulary of ``generate()``: one set of names for every model.

``generate(model, prompt=..., image=..., end_image=..., images=[...],
video=..., audio=..., duration=..., resolution=..., aspect_ratio=...)``: each
role goes to the model's own field, the one the bundle's ``x-kie-role`` names
(``kie._roles`` infers it from the vendor page): ``image`` to ``image_url``,
``first_frame_url`` or, as a one-item list, ``image_urls``; ``duration`` (seconds)
to the field's type (``5`` -> ``"5"``); ``resolution`` and ``aspect_ratio`` to the
model's spelling (``kie._vocabulary``). Other options pass through by their
vendor names. A role the model lacks is an error listing the roles it has.

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
from ._roles import MEDIA_ROLES, ROLES
from ._uploads import DEFAULT_MAX_BYTES, read_file_input
from ._validation import build_create_body, get_model
from ._vocabulary import fit_choice, fit_seconds, lacks, options_text, role_field
from .errors import InputValidationError
from .media import IMAGE_TYPES
from .urls import has_url_scheme, is_http_url

__all__ = [
    "VOCABULARY",
    "GeneratePlan",
    "LocalFile",
    "build_generate_input",
    "end_image_field",
    "is_url_input",
    "plan_generate",
    "start_image_field",
]

VOCABULARY = ROLES
"""``generate``'s role keywords, in order: prompt, image, end_image, images, video, audio, duration,
resolution, aspect_ratio."""

_ACCEPT: Mapping[str, tuple[str, ...]] = {
    "image": IMAGE_TYPES,
    "video": ("video/mp4",),
    "audio": ("audio/mpeg", "audio/wav"),
}
"""A local file's accepted types by media kind, where the spec states none (``x-accept``): what the
vendor's pages accept and ``kie.media.sniff_mime`` tells apart (a QuickTime file sniffs as MP4)."""

_MAX_BYTES = {"image": DEFAULT_MAX_BYTES, "video": 50 * 1024 * 1024, "audio": DEFAULT_MAX_BYTES}
"""A local file's size limit by media kind, bytes, where the spec states none (``x-max-bytes``):
the vendor's pages say 10 MB for images and audio, 10-50 MB for videos."""


def start_image_field(info: ModelInfo) -> FieldInfo:
    """The field ``image`` fills: the model's ``image`` role, else its ``images`` list (Kling's ``image_urls``).

    Raises:
        InputValidationError: the model takes no image (the message lists the roles it has).

    """
    field = role_field(info, "image")
    if field is None:
        raise lacks(info, "image", None)
    return field


def end_image_field(info: ModelInfo) -> FieldInfo | None:
    """The field ``end_image`` fills (``end_image_url``, ``last_frame_url``, ``tail_image_url``), or ``None``."""
    return role_field(info, "end_image")


def _media_value(info: ModelInfo, role: str, field: FieldInfo, value: Any) -> Any:
    """A media role's value in the field's shape: a list for an array field, one value for a string field."""
    if field.type == "array":
        return list(value) if isinstance(value, list | tuple) else [value]
    if isinstance(value, list | tuple):
        if len(value) != 1:
            raise InputValidationError.about(
                info.id,
                role,
                value,
                "one file",
                f"{role}: {info.id}'s {field.name} takes one file, not {len(value)}",
            )
        return value[0]
    return value


def _place(info: ModelInfo, data: dict[str, Any], role: str, value: Any) -> None:
    """Put one role's value into the model's own field, refusing a role it lacks or two roles on one field."""
    field = role_field(info, role)
    if field is None:
        raise lacks(info, role, value)
    if field.name in data:
        raise InputValidationError.about(
            info.id, role, value, "one role per field", f"{role} and another role both fill {field.name}; pass one"
        )
    data[field.name] = _media_value(info, role, field, value) if role in MEDIA_ROLES else value


def _add_options(info: ModelInfo, data: dict[str, Any], options: Mapping[str, Any]) -> None:
    """Pass model options through by vendor name; refuse names the model lacks (listing those it has)."""
    for name, value in options.items():
        field = info.fields.get(name)
        if field is None or name in data or field.role in MEDIA_ROLES or field.is_file:
            offered = [n for n, f in info.fields.items() if n not in data and f.role not in MEDIA_ROLES]
            import difflib  # only for an error's did-you-mean: not at import

            close = difflib.get_close_matches(name, offered, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputValidationError(
                f"{info.id} has no option {name!r}{hint}; its options are: {options_text(info, {'prompt'})}",
                model=info.id,
                field=name,
                value=value,
                limit="an option of the model",
            )
        data[name] = value


def build_generate_input(
    info: ModelInfo, roles: Mapping[str, Any], options: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Translate the shared vocabulary into the model's vendor input.

    Args:
        info: the model.
        roles: role -> value (``None`` values are left out): ``prompt``; ``image``,
            ``end_image``, ``video``, ``audio`` as URLs (uploads already done) and
            ``images`` as a list of URLs; ``duration`` in seconds; ``resolution`` and
            ``aspect_ratio`` in any case or spelling the model offers.
        options: model-specific fields by vendor name (``sound``, ``seed`` ...).

    Returns:
        The vendor ``input`` dict (validated later by ``create_task``); required
        fields left out get the vendor's documented default.

    Raises:
        InputValidationError: a role or option the model does not have (listing
            those it has), or a value it does not offer.

    """
    data: dict[str, Any] = {}
    for role in ROLES:
        value = roles.get(role)
        if value is None:
            continue
        if role not in ("duration", "resolution", "aspect_ratio"):
            _place(info, data, role, value)
            continue
        found = fit_seconds(info, value) if role == "duration" else fit_choice(info, role, value)
        if found is not None:  # None: the model's fixed output already is what was asked for
            data[found[0].name] = found[1]
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
        role: the vocabulary name (``"image"``, ``"end_image"``, ``"video"``; ``"images[1]"`` for a list's item).
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


def _local_file(info: ModelInfo, role: str, key: str, value: Any) -> LocalFile:
    """Read a local file input and check it against its field's accepted types and size (spec limits)."""
    field = role_field(info, role)
    kind = MEDIA_ROLES[role]
    accept = field.accept if field is not None and field.accept else _ACCEPT[kind]
    max_bytes = field.max_bytes if field is not None and field.max_bytes else _MAX_BYTES[kind]
    content, name, mime = read_file_input(value, field=key, accept=accept, max_bytes=max_bytes)
    return LocalFile(key, content, name, mime)


def is_url_input(info: ModelInfo, role: str, value: Any) -> bool:
    """An http(s) URL, or a URL whose scheme the role's field documents (Seedance's ``asset://``): sent as it is.

    Anything else ``generate`` reads as a local file (and refuses a URL of another scheme).
    """
    if is_http_url(value):
        return True
    field = role_field(info, role)
    if not isinstance(value, str) or field is None or not has_url_scheme(value):
        return False
    return f"{value.split(':', 1)[0].lower()}://" in field.description.lower()


def _stand_ins(info: ModelInfo, given: Mapping[str, Any]) -> tuple[dict[str, Any], list[LocalFile]]:
    """Each media role's value with its local files read and replaced by stand-in URLs (nothing uploaded)."""
    refs: dict[str, Any] = dict(given)
    uploads: list[LocalFile] = []
    for role in MEDIA_ROLES:
        value = given.get(role)
        if value is None:
            continue
        items = list(value) if isinstance(value, list | tuple) else [value]
        keys = [f"{role}[{i}]" for i in range(len(items))] if isinstance(value, list | tuple) else [role]
        for index, (key, item) in enumerate(zip(keys, items, strict=True)):
            if not is_url_input(info, role, item):
                if role_field(info, role) is None:
                    raise lacks(info, role, item)  # before reading a file the model could never take
                uploads.append(_local_file(info, role, key, item))
                items[index] = GeneratePlan.stand_in(key)
        refs[role] = items if isinstance(value, list | tuple) else items[0]
    return refs, uploads


def plan_generate(
    model: str,
    *,
    prompt: str | None = None,
    image: Any = None,
    end_image: Any = None,
    images: Any = None,
    video: Any = None,
    audio: Any = None,
    duration: float | None = None,
    resolution: str | None = None,
    aspect_ratio: str | None = None,
    callback_url: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> GeneratePlan:
    """Check a ``generate`` request whole, reading (not uploading) its local files.

    Args:
        model: the model id.
        prompt: the text prompt (the model's ``prompt``, or ``text`` for speech).
        image: the first frame (or the one image): an http(s) URL, or a local path, bytes or binary file.
        end_image: the last frame, likewise.
        images: several images (reference images), a list of the same.
        video: the input video, likewise (a URL or a local MP4).
        audio: the input audio, likewise (a URL or a local MP3/WAV).
        duration: seconds (whole, but for a model whose duration is a ``number``).
        resolution: e.g. ``"1080p"``.
        aspect_ratio: e.g. ``"16:9"``.
        callback_url: the ``callBackUrl``, checked here too.
        options: model options by vendor name.

    Returns:
        The ``GeneratePlan``: vendor input and the local files to upload.

    Raises:
        InputValidationError: an unknown model, role or option, a value the model
            does not offer, a local file of the wrong type or over the size limit, or
            a body the spec refuses. Nothing has been sent or uploaded.

    """
    info = get_model(model)
    given = {"prompt": prompt, "image": image, "end_image": end_image, "images": images, "video": video}
    given |= {"audio": audio, "duration": duration, "resolution": resolution, "aspect_ratio": aspect_ratio}
    given = {role: value for role, value in given.items() if value is not None}
    # A keyword the model has no role for but a field of that very name (Wan 2.6 flash's boolean
    # ``audio``) is that field: an option by its vendor name.
    plain = {k: v for k, v in given.items() if k not in info.roles and k in info.fields and not info.fields[k].role}
    refs, uploads = _stand_ins(info, {role: value for role, value in given.items() if role not in plain})
    data = build_generate_input(info, refs, {**plain, **(options or {})})
    build_create_body(model, data, callback_url=callback_url)
    return GeneratePlan(model, data, tuple(uploads))
