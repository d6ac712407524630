"""Each model's ``input`` schema compiled once into plain-Python checks (``_compiled``), for ``_validation``.

A body the compiled check passes is valid; any other goes to jsonschema, whose
first error the user reads. Each check is as strict as jsonschema or stricter
(exact ``int``/``float``/``list`` types, enum members of the same type):
stricter only costs a jsonschema run. A schema with a keyword the compiler does
not know is never compiled (every body asks jsonschema).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from ._models import MODELS

__all__ = ["Check"]

Check = Callable[[Any], bool]
"""A compiled schema: True when the value is surely valid (False: ask jsonschema)."""

_ANNOTATIONS = frozenset({"description", "example", "examples", "title", "default", "format", "deprecated"})
_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: v is True or v is False,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) is int or type(v) is float,
    "array": lambda v: type(v) is list,
    "object": lambda v: type(v) is dict,
    "null": lambda v: v is None,
}


def _is_number(value: Any) -> bool:
    return type(value) is int or type(value) is float


def _type_check(kinds: Any) -> Check | None:
    """``type``: one type, or a list of them (a nullable field, or one widened to the vendor's example)."""
    named = kinds if isinstance(kinds, list) else [kinds]
    checks = [check for check in (_TYPES.get(k) if isinstance(k, str) else None for k in named) if check is not None]
    if not checks or len(checks) < len(named):
        return None
    return checks[0] if len(checks) == 1 else (lambda v: any(check(v) for check in checks))


def _enum_check(members: Any) -> Check | None:
    if not isinstance(members, list):
        return None
    allowed = tuple(members)
    if allowed and all(type(m) is str for m in allowed):  # the common case: one set lookup, same verdict
        strings = frozenset(allowed)
        return lambda v: type(v) is str and v in strings
    return lambda v: any(type(v) is type(m) and v == m for m in allowed)


def _items_check(schema: Any) -> Check | None:
    item = (_compile_object(schema) or _compile_value(schema)) if isinstance(schema, Mapping) else None
    return None if item is None else (lambda v: type(v) is not list or all(map(item, v)))


_KEYWORDS: dict[str, Callable[[Any], Check | None]] = {
    "type": _type_check,
    "enum": _enum_check,
    "items": _items_check,
    "maxLength": lambda limit: lambda v: not isinstance(v, str) or len(v) <= limit,
    "minLength": lambda limit: lambda v: not isinstance(v, str) or len(v) >= limit,
    "maxItems": lambda limit: lambda v: type(v) is not list or len(v) <= limit,
    "minItems": lambda limit: lambda v: type(v) is not list or len(v) >= limit,
    "minimum": lambda limit: lambda v: not _is_number(v) or v >= limit,
    "maximum": lambda limit: lambda v: not _is_number(v) or v <= limit,
}
"""keyword -> (its value -> a check, or None if not understood); each as strict as jsonschema or stricter
(exact ``int``/``float``/``list`` types, enum members of the same type): stricter only costs a jsonschema run."""


def _compile_value(schema: Mapping[str, Any]) -> Check | None:
    """A property's schema as one check, or None when it uses a keyword this compiler does not know."""
    checks: list[Check] = []
    for key, limit in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        factory = _KEYWORDS.get(key)
        check = factory(limit) if factory is not None else None
        if check is None:
            return None
        checks.append(check)
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 - a plain loop: all() over a generator costs ~1 us a field
            if not check(value):
                return False
        return True

    return check_all


def _compile_object(schema: Mapping[str, Any]) -> Check | None:
    """An ``input`` schema (an object of properties) as one check, or None when it cannot be compiled."""
    known = {"type", "properties", "required", "additionalProperties"}
    if schema.get("type") != "object" or any(
        k not in known and k not in _ANNOTATIONS and not k.startswith("x-") for k in schema
    ):
        return None
    properties: dict[str, Check] = {}
    for name, prop in (schema.get("properties") or {}).items():
        check = _compile_value(prop)
        if check is None:
            return None
        properties[name] = check
    required = tuple(schema.get("required") or ())
    closed = schema.get("additionalProperties") is False

    def check_object(value: Any) -> bool:
        if type(value) is not dict or any(name not in value for name in required):
            return False
        for name, item in value.items():
            check = properties.get(name)
            if (check is None and closed) or (check is not None and not check(item)):
                return False
        return True

    return check_object


@functools.cache
def _compiled(model: str) -> Check:
    """The model's ``input`` schema compiled once; a schema it cannot compile always asks jsonschema."""
    return _compile_object(MODELS[model].input_schema) or (lambda value: False)
