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
from kie.spec import end_image_field, start_image_field

__all__ = ["GenerateRequest", "flag_words", "parse_option"]

_SUBMIT_KEYWORDS = frozenset({"model", "callback_url"})  # submit's own arguments: never model options
_REQUIRED = {
    "prompt": "--prompt is required (or --example for the spec's example)",
    "image": "--image is required (a path or an http(s) URL; or --example)",
}


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


def _seconds(value: Any) -> Any:
    """Whole seconds as an int when ``value`` spells one (``"10"`` -> ``10``); otherwise unchanged."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


_VOCABULARY: dict[str, Callable[[Any], Any]] = {
    "prompt": _text,
    "image": _first,
    "end_image": _frame,
    "duration": _seconds,
    "resolution": lambda value: value,
}


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
                self.values[role] = _VOCABULARY[role](value)
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

    def _roles(self) -> dict[str, str]:
        """Vocabulary role by accepted name: the vocabulary's own, and the model's frame fields."""
        roles = {role: role for role in _VOCABULARY}
        roles[start_image_field(self.info).name] = "image"
        end = end_image_field(self.info)
        if end is not None:
            roles[end.name] = "end_image"
        return roles

    def _option_names(self) -> list[str]:
        return [name for name, field in self.info.fields.items() if name != "prompt" and not field.is_file]

    def submit_arguments(self) -> dict[str, Any]:
        """The keyword arguments of ``kie.Client.submit`` (after the model id), once prompt and image are known.

        Returns:
            ``prompt``, ``image``, ``end_image``, ``duration`` (seconds), ``resolution``
            and each model option; ``submit`` checks them all before any upload.

        Raises:
            InputValidationError: no prompt or no image (nothing else is checked here).

        """
        for role, words in _REQUIRED.items():
            if not self.values.get(role):
                raise InputValidationError(
                    f"{self.info.id}: {words}",
                    model=self.info.id,
                    field=role,
                    limit="required",
                )
        vocabulary = {role: self.values.get(role) for role in _VOCABULARY}
        return {**vocabulary, **self.options}


_FLAGS = {
    "prompt": "--prompt",
    "image": "--image",
    "end_image": "--end-image",
    "duration": "--duration",
    "resolution": "--resolution",
    "callBackUrl": "--callback-url",
}
"""The flag of each vocabulary role (and of ``callBackUrl``)."""

_PROSE = {"end_image": "end image"}
"""How the library's messages word a role in prose."""


def _role(name: str, info: ModelInfo | None) -> str | None:
    """The vocabulary role of a field name (``image_urls`` -> ``image``), or ``None``."""
    if name in _FLAGS:
        return name
    if info is not None and info.image_fields:
        if name == start_image_field(info).name:
            return "image"
        end = end_image_field(info)
        if end is not None and name == end.name:
            return "end_image"
    return None


_OPTIONS = re.compile(r"(its options are: )([\w, ]+)")


def _options_list(info: ModelInfo, names: str) -> str:
    """A listed set of options without the image fields (``--image`` / ``--end-image`` give those)."""
    kept = [name for name in names.split(", ") if not (name in info.fields and info.fields[name].is_file)]
    return ", ".join(kept) if kept else "(none)"


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
        hidden = _MEANT.sub(lambda m: f"did you mean {_flag_of(m.group(1), info)}?", hidden)
    for token in dict.fromkeys([exc.field, name, _PROSE.get(role or "", name)]):
        worded = _reword(hidden, token, flag, option, exc.value)
        if worded is not None:
            return worded.replace("\0", model)
    return message
