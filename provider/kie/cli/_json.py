"""The ``--json`` shapes of the ``kie`` command: a task, a model, a field; and how they are printed.

One JSON view of each thing: :func:`task_json` is what ``kie status --json``
prints and what ``kie generate --json`` extends with its own keys (``output``,
``bytes``, ``elapsed``). Needs neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from kie import FieldInfo, ModelInfo, TaskInfo

__all__ = ["field_json", "model_json", "print_json", "task_json"]


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON on stdout.

    Args:
        value: anything ``json.dumps`` takes; other objects are written as their ``str``.

    """
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str), flush=True)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _seconds(value: dt.timedelta | None) -> float | None:
    return value.total_seconds() if value is not None else None


def task_json(info: TaskInfo) -> dict[str, Any]:
    """The ``TaskInfo`` fields as JSON-ready values (times ISO 8601 UTC, ``cost_time`` in seconds).

    Args:
        info: the task record.

    Returns:
        A dict with every ``TaskInfo`` field, plus ``is_done`` and ``input`` (the
        decoded createTask input, also found under ``param``).

    """
    return {
        "task_id": info.task_id,
        "model": info.model,
        "state": info.state.value,
        "state_raw": info.state_raw,
        "is_done": info.is_done,
        "progress": info.progress,
        "result_urls": list(info.result_urls),
        "fail_code": info.fail_code,
        "fail_msg": info.fail_msg,
        "cost_time": _seconds(info.cost_time),
        "create_time": _iso(info.create_time),
        "complete_time": _iso(info.complete_time),
        "update_time": _iso(info.update_time),
        "credits_consumed": info.credits_consumed,
        "input": dict(info.input),
        "param": dict(info.param),
        "raw": dict(info.raw),
    }


def field_json(field: FieldInfo) -> dict[str, Any]:
    """One model field as JSON.

    Args:
        field: the field, from ``kie.MODELS``.

    Returns:
        Its type, required, description, enum, default, limits (characters,
        items), accepted media types, ``max_bytes`` (bytes) and its ``generate`` role (or null).

    """
    return {
        "type": field.type,
        "required": field.required,
        "description": field.description,
        "enum": list(field.enum) if field.enum is not None else None,
        "default": field.default,
        "has_default": field.has_default,
        "max_length": field.max_length,
        "min_items": field.min_items,
        "max_items": field.max_items,
        "item_type": field.item_type,
        "accept": list(field.accept),
        "max_bytes": field.max_bytes,
        "role": field.role,
    }


def model_json(info: ModelInfo) -> dict[str, Any]:
    """One model as JSON.

    Args:
        info: the model, from ``kie.MODELS``.

    Returns:
        Its id, description, category (``video``, ``image``, ``audio``), ``generate``
        roles (role -> field), required fields, fields (in spec order, as
        :func:`field_json`), fixed output facts and the spec's request example.

    """
    return {
        "id": info.id,
        "description": info.description,
        "category": info.category,
        "roles": dict(info.roles),
        "required": list(info.required),
        "fields": {name: field_json(field) for name, field in info.fields.items()},
        "output": dict(info.output),
        "example": info.example,
    }
