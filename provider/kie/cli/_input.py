"""Input of ``kie generate``: ``--option KEY=VALUE`` parsing and the vocabulary gathered from the flags.

:class:`GenerateRequest` gathers the ``generate`` vocabulary (prompt, images,
duration, resolution, vendor options) from ``--example``, the flags and
``--option``, and hands it to ``kie.Client.submit``, which checks all of it
before anything is uploaded or sent. Needs neither typer nor rich.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from kie import MODELS, ModelInfo
from kie.errors import InputValidationError

__all__ = ["GenerateRequest", "flag_words", "parse_option"]

_SUBMIT_KEYWORDS = frozenset({"model", "callback_url"})  # submit's own arguments: never model options
_MEDIA = frozenset({"image", "end_image", "images", "video", "audio"})  # roles that take files or URLs


def parse_option(text: str) -> tuple[str, Any]:
    """Parse one ``--option KEY=VALUE``: the value is JSON when it parses (``true``, ``42``, ``"x"``), else text.

    Args:
        text: the ``KEY=VALUE`` string.

    Returns:
        ``(key, value)``.

    Raises:
        InputValidationError: no ``=`` or an empty key.

    """
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise InputValidationError(
            f"--option {text!r} must look like KEY=VALUE (e.g. seed=42, sound=true)",
            field="--option",
            value=text,
            limit="KEY=VALUE",
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return key, value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _first(value: Any) -> str | None:
    """The first frame: the value, or the first item of a list (Kling's ``image_urls``); ``None`` when empty."""
    first = value[0] if isinstance(value, list) and value else value
    return str(first) if first else None


def _frame(value: Any) -> str | None:
    return str(value) if value else None  # the hailuo pro example sends end_image_url ""


def _listed(value: Any) -> list[Any]:
    """Several images: the list as given, or one value as a one-item list."""
    return list(value) if isinstance(value, list | tuple) else [value]


def _seconds(value: Any) -> Any:
    """Whole seconds as an int when ``value`` spells one (``"10"`` -> ``10``); otherwise unchanged."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


_VOCABULARY: dict[str, Callable[[Any], Any]] = {
    "prompt": _text,
    "image": _first,
    "end_image": _frame,
    "images": _listed,
    "video": lambda value: value,
    "audio": lambda value: value,
    "duration": _seconds,
    "resolution": lambda value: value,
    "aspect_ratio": lambda value: value,
}
"""Each role of ``Client.generate`` (``ModelInfo.roles``), and how a value the spec's example gives becomes it."""


class GenerateRequest:
    """The ``generate`` vocabulary gathered from ``--example``, the flags and ``--option``.

    Args:
        info: the model (``kie.spec.get_model``).

    Attributes:
        values: ``prompt``, ``image``, ``end_image``, ``duration`` (seconds) and
            ``resolution`` as gathered so far (absent when not given).
        options: the other model fields, by vendor name.

    """

    def __init__(self, info: ModelInfo) -> None:
        self.info = info
        self.values: dict[str, Any] = {}
        self.options: dict[str, Any] = {}

    def fill_from_example(self) -> None:
        """Take prompt, images, duration, resolution and options from the spec's request example.

        Raises:
            InputValidationError: the model's spec has no request example.

        """
        example = self.info.example or {}
        values = example.get("input")
        if not isinstance(values, Mapping) or not values:
            raise InputValidationError(
                f"{self.info.id} has no request example in the spec; pass --prompt and --image",
                model=self.info.id,
                field="--example",
                limit="a model with an example",
            )
        self.apply(dict(values))

    def apply(self, values: Mapping[str, Any]) -> None:
        """Set fields by vocabulary or vendor name; later calls override earlier ones.

        Args:
            values: ``prompt``, ``image``, ``end_image``, ``duration``, ``resolution``
                or the model's own names for them (``image_urls``, ``end_image_url``);
                any other key is a model option, passed through by its vendor name.

        Raises:
            InputValidationError: a key that names an argument of ``submit`` itself
                (``model``, ``callback_url``) rather than a model option.

        """
        roles = self._roles()
        for key, value in values.items():
            role = roles.get(key)
            if role is not None:
                self._set(role, _VOCABULARY[role](value))
            elif key in _SUBMIT_KEYWORDS:
                raise InputValidationError(
                    f"{self.info.id} has no option {key!r}; its options are: {', '.join(self._option_names())}",
                    model=self.info.id,
                    field=key,
                    value=value,
                    limit="an option of the model",
                )
            else:
                self.options[key] = value

    def _set(self, role: str, value: Any) -> None:
        """Give ``role`` its value; a role filling the same field (the example's ``images``, then ``--image``) goes."""
        field = self.info.roles.get(role)
        for other in [r for r in self.values if r != role and field is not None and self.info.roles.get(r) == field]:
            del self.values[other]
        self.values[role] = value

    def _roles(self) -> dict[str, str]:
        """Vocabulary role by accepted name: the vocabulary's own, and the model's fields that have one."""
        roles = {role: role for role in _VOCABULARY}
        roles |= {field.name: field.role for field in self.info.fields.values() if field.role in _VOCABULARY}
        return roles

    def _option_names(self) -> list[str]:
        return [name for name, field in self.info.fields.items() if field.role is None and not field.is_file]

    def submit_arguments(self) -> dict[str, Any]:
        """The keyword arguments of ``kie.Client.submit`` (after the model id), once the required roles are known.

        Returns:
            Each role given (``prompt``, ``image``, ``images``, ``video``, ``duration`` in
            seconds ...) and each model option; ``submit`` checks them all before any upload.

        Raises:
            InputValidationError: a role whose field the model requires (without a
                default) was not given, e.g. ``--prompt`` (nothing else is checked here).

        """
        for role, name in self.info.roles.items():
            field = self.info.fields[name]
            given = any(self.values.get(r) for r, n in self.info.roles.items() if n == name)
            if field.required and not field.has_default and not given and name not in self.options:
                how = (
                    " (a path or an http(s) URL; or --example)"
                    if role in _MEDIA
                    else " (or --example for the spec's example)"
                )
                raise InputValidationError(
                    f"{self.info.id}: {_FLAGS[role]} is required{how}",
                    model=self.info.id,
                    field=role,
                    limit="required",
                )
        vocabulary = {role: value for role, value in self.values.items() if value is not None}
        return {**vocabulary, **self.options}


_FLAGS = {
    "prompt": "--prompt",
    "image": "--image",
    "end_image": "--end-image",
    "images": "--images",
    "video": "--video",
    "audio": "--audio",
    "duration": "--duration",
    "resolution": "--resolution",
    "aspect_ratio": "--aspect-ratio",
    "callBackUrl": "--callback-url",
}
"""The flag of each vocabulary role (and of ``callBackUrl``)."""

_PROSE = {"end_image": "end image"}
"""How the library's messages word a role in prose."""


def _role(name: str, info: ModelInfo | None) -> str | None:
    """The vocabulary role of a field name (``image_url`` -> ``image``, ``ratio`` -> ``aspect_ratio``), or ``None``."""
    if name in _FLAGS:
        return name
    field = info.fields.get(name) if info is not None else None
    return field.role if field is not None and field.role in _FLAGS else None


_OPTIONS = re.compile(r"(its options are: )([\w, ]+)")
_ROLES = re.compile(r"(its roles are: )([\w, ]+)")


def _options_list(info: ModelInfo, names: str) -> str:
    """A listed set of options without the fields a media flag gives (``--image``, ``--video`` ...)."""
    kept = [name for name in names.split(", ") if _role(name, info) not in _MEDIA]
    return ", ".join(kept) if kept else "(none)"


def _roles_list(names: str) -> str:
    """A listed set of roles as the flags that give them (``prompt, image`` -> ``--prompt, --image``)."""
    return ", ".join(_FLAGS.get(name, name) for name in names.split(", "))


_MEANT = re.compile(r"did you mean '(\w+)'\?")


def _flag_of(name: str, info: ModelInfo) -> str:
    """How the command takes a field: its flag, or ``--option NAME=...``."""
    role = _role(name, info)
    return _FLAGS[role] if role is not None else f"--option {name}=..."


def _shown(value: Any) -> str:
    """A value as it is typed after ``--option NAME=``."""
    return value if isinstance(value, str) else json.dumps(value)


def _reword(problem: str, token: str, flag: str, option: str | None, value: Any) -> str | None:
    """``problem`` with its first mention of ``token`` as ``flag``, or ``None`` when it does not mention it."""
    quoted, assigned, phrase = f"'{token}'", f"{token} = ", f"no {token} option"
    if quoted in problem:
        named = f"'{option}' (--option {option}={_shown(value)})" if option is not None else flag
        return problem.replace(quoted, named, 1)
    if assigned in problem:
        return problem.replace(assigned, f"--option {option}=" if option is not None else f"{flag} ", 1)
    if phrase in problem:
        return problem.replace(phrase, f"no {flag} option", 1)
    mention = re.search(rf"(?<![\w.'/-]){re.escape(token)}(?![\w'-])", problem)
    if mention is None:
        return None
    return problem[: mention.start()] + flag + problem[mention.end() :]


def flag_words(exc: InputValidationError) -> str:
    """The error's message, naming the field by the flag that gives it rather than by a Python argument.

    ``image`` / ``image_urls`` -> ``--image``, ``end_image`` -> ``--end-image``,
    ``input.duration`` -> ``--duration``, a model option ``input.seed`` ->
    ``--option seed=...``. A field no flag gives (``kie upload``'s file, the
    model id) keeps the library's words.

    Args:
        exc: the error (its ``field``, ``model`` and ``value`` say what it is about).

    Returns:
        The message in the command's words.

    """
    message = str(exc)
    if not exc.field or exc.field.startswith("-"):  # none, or already a flag (the command's own checks)
        return message
    info = MODELS.get(exc.model) if exc.model else None
    name = re.sub(r"\[\d+\]$", "", exc.field.removeprefix("input."))
    role = _role(name, info)
    if role is not None:
        flag, option = _FLAGS[role], None
    elif info is not None and (name in info.fields or name == exc.field):  # a field, or a bare --option name
        flag, option = f"--option {name}", name
    else:
        return message
    model = exc.model or ""
    hidden = message.replace(model, "\0") if model else message  # a model id ("...image-to-video") is no field
    if info is not None:
        hidden = _OPTIONS.sub(lambda m: m.group(1) + _options_list(info, m.group(2)), hidden)
        hidden = _ROLES.sub(lambda m: "it takes: " + _roles_list(m.group(2)), hidden)
        hidden = _MEANT.sub(lambda m: f"did you mean {_flag_of(m.group(1), info)}?", hidden)
    for token in dict.fromkeys([exc.field, name, _PROSE.get(role or "", name)]):
        worded = _reword(hidden, token, flag, option, exc.value)
        if worded is not None:
            return worded.replace("\0", model)
    return message
