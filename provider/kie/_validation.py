"""Client-side validation of createTask bodies against the bundled spec.

Everything the spec states (types, enums, ``maxLength``, required fields,
array sizes) is checked with jsonschema before a request leaves the machine,
and so are two rules of this library: an input field the model does not have
is an error (a typo costs money; send it on purpose with ``extra_input``), and
file-URL fields must hold ``http(s)`` URLs. Errors name the model, the field,
the value and the limit.

Speed: each model's schema is compiled once into plain-Python checks
(``_compiled``, in ``_schema_checks``); a body they pass is valid, any other goes to jsonschema,
imported only then, whose first error the user reads. A valid body costs a few
microseconds, and ``import kie`` does not load jsonschema.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._models import MODELS, FieldInfo, ModelInfo
from ._schema_checks import Check, _compile_value
from ._schema_checks import _compile_object as _compile_object  # importable here, as before
from ._schema_checks import _compiled as _compiled
from .errors import InputValidationError
from .urls import is_http_url

if TYPE_CHECKING:
    import jsonschema

__all__ = ["build_create_body", "check_http_url", "check_json_safe", "get_model", "unknown_model_message"]

_SHOWN = 60  # characters of a long value shown in an error message


def _show(value: Any) -> str:
    text = repr(value)
    return (
        text if len(text) <= _SHOWN else text[: _SHOWN - 5] + "...'" + f" ({len(value)} chars)" * isinstance(value, str)
    )


def get_model(model: str) -> ModelInfo:
    """Return the ``ModelInfo`` of ``model``.

    Raises:
        InputValidationError: ``kie.MODELS`` has no such model: the message names
            it, suggests up to three close ids and says how to list them all
            (``kie.MODELS``, ``kie models``) rather than listing them.

    """
    try:
        return MODELS[model]
    except KeyError:
        raise InputValidationError(
            unknown_model_message(model),
            model=model,
            field="model",
            value=model,
            limit="one of the bundled models",
        ) from None


def unknown_model_message(model: str) -> str:
    """The error for a model id ``kie.MODELS`` lacks: the id, up to three close ids, and where the list is.

    Example: ``unknown model 'wan/2-5-image-to-vide'; did you mean 'wan/2-5-image-to-video',
    'wan/2-6-image-to-video' or 'wan/2-7-image-to-video'? (all 61 models: kie.MODELS, or `kie models`)``.
    """
    import difflib  # only for an error's did-you-mean: not at import

    close = [repr(name) for name in difflib.get_close_matches(model, list(MODELS), n=3)]
    hint = "; did you mean " + (", ".join(close[:-1]) + " or " + close[-1] if len(close) > 1 else "".join(close)) + "?"
    return f"unknown model {model!r}{hint if close else ''} (all {len(MODELS)} models: kie.MODELS, or `kie models`)"


def check_http_url(value: Any, *, model: str | None, field: str) -> None:
    """Raise ``InputValidationError`` unless ``value`` is an absolute http(s) URL."""
    if not is_http_url(value):
        raise InputValidationError.about(
            model,
            field,
            value,
            "an http(s) URL",
            f"{field} = {_show(value)} is not an http(s) URL "
            "(upload local files first: client.upload(path), or pass them to generate())",
        )


@functools.cache
def _validator(model: str) -> jsonschema.protocols.Validator:
    import jsonschema  # only when a body needs jsonschema's verdict: `import kie` stays light

    schema = dict(MODELS[model].input_schema)
    validator: jsonschema.protocols.Validator = jsonschema.Draft202012Validator(schema)
    return validator


def _required(field: str, value: Any, limit: Any) -> tuple[str, str]:
    return f"{field} is required", "required"


def _max_length(field: str, value: Any, limit: Any) -> tuple[str, str]:
    return f"{field} is {len(value)} characters, over the limit of {limit}", f"at most {limit} characters"


def _min_length(field: str, value: Any, limit: Any) -> tuple[str, str]:
    return f"{field} is {len(value)} characters, under the minimum of {limit}", f"at least {limit} characters"


def _enum(field: str, value: Any, limit: Any) -> tuple[str, str]:
    allowed = ", ".join(repr(v) for v in limit)
    as_string = not isinstance(value, str) and str(value) in map(str, limit)
    hint = f" (pass it as the string {str(value)!r})" if as_string else ""
    return f"{field} = {_show(value)} is not one of {allowed}{hint}", f"one of {allowed}"


def _type(field: str, value: Any, limit: Any) -> tuple[str, str]:
    return f"{field} = {_show(value)} is not of type {limit!r}", f"type {limit}"


def _items(word: str) -> Callable[[str, Any, Any], tuple[str, str]]:
    def text(field: str, value: Any, limit: Any) -> tuple[str, str]:
        return f"{field} has {len(value)} items; it takes {word} {limit}", f"{word} {limit} items"

    return text


def _bound(word: str) -> Callable[[str, Any, Any], tuple[str, str]]:
    def text(field: str, value: Any, limit: Any) -> tuple[str, str]:
        return f"{field} = {_show(value)} must be {word} {limit}", f"{word} {limit}"

    return text


_MESSAGES: dict[str, Callable[[str, Any, Any], tuple[str, str]]] = {
    "required": _required,
    "maxLength": _max_length,
    "minLength": _min_length,
    "enum": _enum,
    "type": _type,
    "minItems": _items("at least"),
    "maxItems": _items("at most"),
    "minimum": _bound("at least"),
    "maximum": _bound("at most"),
}
"""jsonschema validator -> ``(field, value, limit) -> (problem, rule)``, in words a user reads."""


def _message(info: ModelInfo, error: jsonschema.ValidationError) -> InputValidationError:
    """Turn jsonschema's first error into one naming the model, the field, the value and the limit."""
    path = ".".join(str(p) for p in error.absolute_path)
    field = f"input.{path}" if path else "input"
    kind = str(error.validator)
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(error.validator_value)
        field = f"{field}.{missing}"
    words = _MESSAGES.get(kind)
    if words is None:
        problem, rule = f"{field} = {_show(error.instance)}: {error.message}", f"{kind} {error.validator_value!r}"
    else:
        problem, rule = words(field, error.instance, error.validator_value)
    return InputValidationError.about(info.id, field, error.instance, rule, problem)


def _check_known_fields(info: ModelInfo, input: Mapping[str, Any]) -> None:
    """Refuse a field the model does not have: a typo costs money (send it on purpose with ``extra_input``)."""
    for name in input:
        if name not in info.fields:
            import difflib  # only for an error's did-you-mean: not at import

            close = difflib.get_close_matches(str(name), list(info.fields), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputValidationError(
                f"{info.id} has no input field {name!r}{hint}; its fields are: {', '.join(info.fields)}. "
                "To send a field on purpose, pass it in extra_input.",
                model=info.id,
                field=f"input.{name}",
                value=input[name],
                limit="a field of the model",
            )


@functools.cache
def _file_fields(model: str) -> tuple[FieldInfo, ...]:
    return MODELS[model].image_fields


def _check_file_urls(info: ModelInfo, input: Mapping[str, Any]) -> None:
    """File-URL fields must hold http(s) URLs: the API fetches them, it cannot read a local path."""
    for field in _file_fields(info.id):
        value = input.get(field.name)
        if value is None or (value == "" and not field.required):
            continue
        for i, url in enumerate(value if isinstance(value, list) else [value]):
            suffix = f"[{i}]" if isinstance(value, list) else ""
            check_http_url(url, model=info.id, field=f"input.{field.name}{suffix}")


def _json_problem(value: Any) -> tuple[str, str] | None:
    """Why JSON cannot carry ``value`` (a NaN/infinite float, a lone surrogate), or ``None`` when it can."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"= {value!r} is not a finite number (JSON has no NaN or infinity)", "a finite number"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"holds a lone surrogate at character {exc.start} (not valid UTF-8)", "valid Unicode text"
    return None


def _first_unsafe(value: Any) -> tuple[str, Any, tuple[str, str]] | None:
    """The first part of ``value`` JSON cannot carry: ``(path suffix, the part, (problem, rule))``, else ``None``."""
    if value is None or value is True or value is False or type(value) is int:
        return None
    if type(value) is str and value.isascii():
        return None
    if isinstance(value, Mapping | list | tuple):
        return _first_unsafe_inside(value)
    problem = _json_problem(value)
    return None if problem is None else ("", value, problem)


def _first_unsafe_inside(
    value: Mapping[Any, Any] | list[Any] | tuple[Any, ...],
) -> tuple[str, Any, tuple[str, str]] | None:
    """``_first_unsafe`` of an object's keys and values, or of a list's items."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _first_unsafe(key)  # a key's problem is reported at its object's field
            if found is not None:
                return found
            found = _first_unsafe(item)
            if found is not None:
                return f".{key}{found[0]}", found[1], found[2]
        return None
    for i, item in enumerate(value):
        found = _first_unsafe(item)
        if found is not None:
            return f"[{i}]{found[0]}", found[1], found[2]
    return None


def _urls_check(field: FieldInfo) -> Check:
    """``_check_file_urls``'s verdict on one present value of a file-URL field, without its error."""
    optional = not field.required

    def urls(value: Any) -> bool:
        if value is None or (optional and value == ""):
            return True
        return all(map(is_http_url, value)) if isinstance(value, list) else is_http_url(value)

    return urls


def _build_passes(info: ModelInfo) -> Check:
    """One walk over an input that is True only when every check of ``build_create_body`` would pass it.

    Known fields, the compiled schema, JSON safety and file URLs together: a body
    it passes skips them all; any other runs them in their usual order, which
    finds the error (or, being stricter here, none) exactly as before.
    """
    if _compile_object(info.input_schema) is None:
        return lambda value: False
    properties = info.input_schema.get("properties") or {}
    table: dict[str, tuple[Check, Check | None]] = {}
    for name, field in info.fields.items():
        check = _compile_value(properties[name]) if name in properties else None
        if check is not None:
            table[name] = (check, _urls_check(field) if field.is_file else None)
    required = tuple(info.input_schema.get("required") or ())

    def passes(value: Any) -> bool:
        if type(value) is not dict:
            return False
        for name in required:
            if name not in value:
                return False
        for name, item in value.items():
            entry = table.get(name)
            if entry is None or not entry[0](item):
                return False
            if not (type(item) is str and item.isascii()) and _first_unsafe(item) is not None:
                return False
            if entry[1] is not None and not entry[1](item):
                return False
        return True

    return passes


_PASSES: dict[str, tuple[ModelInfo, Check]] = {}
"""model id -> (its ``ModelInfo``, ``_build_passes`` of it); a model registered again is compiled again."""


def _passes(info: ModelInfo) -> Check:
    entry = _PASSES.get(info.id)
    if entry is None or entry[0] is not info:
        entry = _PASSES[info.id] = (info, _build_passes(info))
    return entry[1]


def check_json_safe(model: str | None, value: Any, field: str = "input") -> None:
    """Refuse what JSON cannot carry, anywhere in ``value``: NaN or infinite floats, lone surrogates.

    Raises:
        InputValidationError: naming the field path, the value and the limit; nothing was sent.

    """
    found = _first_unsafe(value)
    if found is not None:
        suffix, part, (problem, rule) = found
        raise InputValidationError.about(model, field + suffix, part, rule, f"{field}{suffix} {problem}")


def _check_input(info: ModelInfo, input: Mapping[str, Any], *, allow_unknown_fields: bool) -> None:
    """Every check of an input, in order; raises the first error (``InputValidationError``)."""
    check_json_safe(info.id, input)
    if not allow_unknown_fields:
        _check_known_fields(info, input)
    plain = dict(input)
    if not _compiled(info.id)(plain):  # jsonschema only for a body the compiled check doubts
        errors = sorted(
            _validator(info.id).iter_errors(plain),
            key=lambda e: (list(map(str, e.absolute_path)), e.validator != "enum"),
        )
        if errors:
            raise _message(info, errors[0])
    _check_file_urls(info, input)


def build_create_body(
    model: str,
    input: Mapping[str, Any],
    *,
    callback_url: str | None = None,
    extra_input: Mapping[str, Any] | None = None,
    allow_unknown_fields: bool = False,
) -> dict[str, Any]:
    """Validate an input against the model's spec and build the createTask body.

    Args:
        model: the model id (``"kling-2.6/image-to-video"``).
        input: the vendor's input fields, by their vendor names.
        callback_url: sent as ``callBackUrl`` when given; must be an http(s) URL.
        extra_input: fields sent as given, unchecked, on purpose (e.g. a field
            newer than the bundled spec). They override ``input``.
        allow_unknown_fields: accept fields the spec does not list (the emulator's
            view of the API); the client keeps this off.

    Returns:
        ``{"model": ..., "input": {...}, "callBackUrl"?: ...}``.

    Raises:
        InputValidationError: naming the model, field, value and limit.

    """
    info = get_model(model)
    if not isinstance(input, Mapping):
        raise InputValidationError.about(
            model,
            "input",
            input,
            "an object",
            f"input must be a mapping of field names to values, not {type(input).__name__}",
        )
    if not _passes(info)(input):  # the checks one by one, in order, only for an input the fast walk doubts
        _check_input(info, input, allow_unknown_fields=allow_unknown_fields)
    if extra_input:
        check_json_safe(model, extra_input, "extra_input")
    body: dict[str, Any] = {"model": model, "input": {**input, **(extra_input or {})}}
    if callback_url is not None:
        check_http_url(callback_url, model=model, field="callBackUrl")
        body["callBackUrl"] = callback_url
    return body
