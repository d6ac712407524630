"""Tasks and their records: ``Task``, ``TaskState`` and ``TaskInfo``.

``TaskInfo.from_data`` decodes every recordInfo quirk of the real API
(API-FACTS.md, "recordInfo"): ``param`` a JSON string whose ``input`` may be a
JSON string again; ``resultJson`` ``""`` until success; ``costTime`` documented
in milliseconds but sent in seconds; epoch-millisecond timestamps; extra and
missing fields; states this version does not know.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import math
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .errors import KieError

_logger = logging.getLogger("kie")

__all__ = ["Task", "TaskInfo", "TaskState", "attach_task_id", "note_interrupted", "unexpected_error"]


class TaskState(enum.StrEnum):
    """A task's state (recordInfo ``state``).

    ``UNKNOWN`` stands for a value this version does not know; ``TaskInfo.state_raw``
    keeps the string the API sent.
    """

    WAITING = "waiting"
    QUEUING = "queuing"
    GENERATING = "generating"
    SUCCESS = "success"
    FAIL = "fail"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> TaskState:
        """Map an API string to a state (case-insensitive); anything else is ``UNKNOWN``."""
        exact = _STATES.get(value) if isinstance(value, str) else None
        if exact is not None:
            return exact
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            return cls.UNKNOWN

    @property
    def is_done(self) -> bool:
        """True for the terminal states ``SUCCESS`` and ``FAIL``."""
        return self in (TaskState.SUCCESS, TaskState.FAIL)


_STATES: dict[str, TaskState] = {state.value: state for state in TaskState}
"""The states as the API spells them: one dict lookup for every record but an odd one."""


@attrs.frozen
class Task:
    """A created task.

    Attributes:
        task_id: the id createTask returned.
        model: the model id it runs.

    """

    task_id: str
    model: str


_DECODER = json.JSONDecoder()


def _json_maybe(value: Any) -> Any:
    """Decode a JSON string; return non-strings as they are, undecodable strings as ``None``."""
    if not isinstance(value, str):
        return value
    if value[:1] == "{" and value[-1:] == "}":  # the API's case: one scan, without json.loads' layers
        try:
            decoded, end = _DECODER.raw_decode(value)
        except ValueError:
            return None
        if end == len(value):
            return decoded
    if not value.strip():
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _decode_param(value: Any) -> dict[str, Any]:
    """``param``: a JSON string (or an object) whose ``input`` may be a JSON string again; ``{}`` if junk."""
    param = _json_maybe(value)
    param = dict(param) if isinstance(param, Mapping) else {}
    if "input" in param:
        decoded_input = _json_maybe(param["input"])
        param["input"] = decoded_input if isinstance(decoded_input, Mapping) else param["input"]
    return param


class _Param(Mapping[str, Any]):
    """``TaskInfo.param``, decoded on first use: a poll that never reads it never pays two ``json.loads``."""

    __slots__ = ("_decoded", "_source")

    def __init__(self, source: Any) -> None:
        self._source = source
        self._decoded: dict[str, Any] | None = None

    def _value(self) -> dict[str, Any]:
        if self._decoded is None:
            self._decoded = _decode_param(self._source)
        return self._decoded

    def __getitem__(self, key: str) -> Any:
        return self._value()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._value())

    def __len__(self) -> int:
        return len(self._value())

    def __repr__(self) -> str:
        return repr(self._value())


def _number(value: Any) -> float | None:
    """A finite float, or ``None`` (booleans, junk, NaN and infinities are not numbers here)."""
    kind = type(value)
    if kind is float:
        return value if math.isfinite(value) else None
    if value is None or kind is bool:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


_UTC = dt.UTC
_FROM_TIMESTAMP = dt.datetime.fromtimestamp
_MAX_MS = 253_402_300_799_999  # 9999-12-31 23:59:59.999 UTC, the last millisecond a datetime holds


def _epoch_ms(value: Any) -> dt.datetime | None:
    if type(value) is int and 0 < value <= _MAX_MS:  # the API's case: one C call
        return _FROM_TIMESTAMP(value / 1000.0, _UTC)
    if value is None:
        return None
    number = _number(value)
    if number is None or number <= 0:
        return None
    try:
        return dt.datetime.fromtimestamp(number / 1000.0, tz=dt.UTC)
    except (OverflowError, ValueError, OSError):  # beyond the years datetime can hold
        return None


def _cost_time(value: Any, created: dt.datetime | None, completed: dt.datetime | None) -> dt.timedelta | None:
    """``costTime`` in whichever unit fits: seconds (observed) unless the timestamps say milliseconds."""
    if value is None:
        return None
    number = _number(value)
    if number is None or number < 0:
        return None
    try:
        if created is not None and completed is not None:
            gap_s = (completed - created).total_seconds()
            if abs(number / 1000.0 - gap_s) < abs(number - gap_s):
                return dt.timedelta(0, 0, 0, number)  # milliseconds (positional: no keyword parsing)
        return dt.timedelta(0, number)  # seconds
    except OverflowError:  # beyond what a timedelta can hold
        return None


def _result_urls(value: Any) -> list[str]:
    """``resultJson`` (a JSON string, or an object): its ``resultUrls`` as strings, empty ones dropped."""
    result = _json_maybe(value)
    if not isinstance(result, Mapping):
        return []
    found = result.get("resultUrls") or []
    return [str(u) for u in found if u] if isinstance(found, list) else [str(found)]


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


@attrs.frozen
class TaskInfo:
    """A task's record, decoded from recordInfo ``data`` (or a callback body).

    Attributes:
        task_id: the task's id.
        model: the model id (``""`` if the record did not say).
        state: the decoded state; ``UNKNOWN`` for a value this version does not know.
        state_raw: the state string as sent.
        param: the createTask request, fully decoded (``{"model", "input": {...}, ...}``).
        result_urls: the result URLs (empty until success).
        fail_code: the failure code, or ``None``.
        fail_msg: the failure message, or ``None``.
        cost_time: the generation time, or ``None``.
        create_time: creation time, timezone-aware UTC.
        complete_time: completion time, timezone-aware UTC, or ``None``.
        update_time: last update time, timezone-aware UTC, or ``None``.
        credits_consumed: credits charged, when the record says.
        progress: 0-100 when the model reports it, else ``None``.
        raw: the ``data`` dict as received (unknown fields included).

    """

    task_id: str
    model: str
    state: TaskState
    state_raw: str
    param: Mapping[str, Any] = attrs.field(repr=False)
    result_urls: list[str]
    fail_code: str | None
    fail_msg: str | None
    cost_time: dt.timedelta | None
    create_time: dt.datetime | None
    complete_time: dt.datetime | None
    update_time: dt.datetime | None
    credits_consumed: float | None
    progress: int | None
    raw: Mapping[str, Any] = attrs.field(repr=False)

    @property
    def is_done(self) -> bool:
        """True once the task has ended (``SUCCESS`` or ``FAIL``)."""
        return self.state.is_done

    @property
    def input(self) -> Mapping[str, Any]:
        """The decoded ``input`` of the createTask request (``{}`` if unknown)."""
        value = self.param.get("input")
        return value if isinstance(value, Mapping) else {}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TaskInfo:
        """Decode a recordInfo ``data`` object, tolerating every quirk in API-FACTS.md.

        Args:
            data: the ``data`` dict of a recordInfo answer or callback body.

        Returns:
            The decoded ``TaskInfo``.

        Raises:
            ValueError: ``data`` has no task id (``taskId`` or ``task_id``).

        """
        get = data.get
        task_id = get("taskId") or get("task_id")
        if not task_id:
            raise ValueError(f"record has no taskId: {sorted(data)}")
        param = _Param(get("param"))
        result = get("resultJson")
        created = _epoch_ms(get("createTime"))
        completed = _epoch_ms(get("completeTime"))
        progress = _number(get("progress"))
        state_raw = get("state") or ""
        state_raw = state_raw if type(state_raw) is str else str(state_raw)
        return cls(  # positional, in field order: no keyword dict for 15 fields
            task_id if type(task_id) is str else str(task_id),
            str(get("model") or param.get("model") or ""),  # param decoded only without a model
            TaskState.parse(state_raw),
            state_raw,
            param,
            _result_urls(result) if result else [],
            _str_or_none(get("failCode")),
            _str_or_none(get("failMsg")),
            _cost_time(get("costTime"), created, completed),
            created,
            completed,
            _epoch_ms(get("updateTime")),
            _number(get("creditsConsumed", get("consumeCredits"))),
            int(progress) if progress is not None else None,
            dict(data),
        )


def attach_task_id(exc: KieError, task_id: str) -> KieError:
    """Set ``exc.task_id`` when it has none, so no error loses a known task id; return ``exc``."""
    if exc.task_id is None:
        exc.task_id = task_id
    return exc


def unexpected_error(task_id: str | None, error: Exception) -> KieError:
    """Wrap an error from outside this library's error tree, keeping the task id (raise it ``from error``).

    Args:
        task_id: the task being followed, or ``None`` before one exists.
        error: what was raised.

    Returns:
        A ``KieError`` whose message names the error and, with a task, how to resume.

    """
    resume = f" while following task {task_id}; the task goes on: resume with wait({task_id!r})" if task_id else ""
    wrapped = KieError(f"unexpected {type(error).__name__}: {error}{resume}")
    wrapped.task_id = task_id
    return wrapped


def note_interrupted(error: BaseException, task_id: str) -> None:
    """Log an interrupted wait (Ctrl-C, cancellation) at WARNING and note the task id on ``error``.

    The task was created and paid for; it goes on at the API. The note (``add_note``)
    travels with the exception and the log line names the call that resumes it.
    """
    note = f"kie: task {task_id} was created and goes on; resume with client.wait({task_id!r})"
    if note in getattr(error, "__notes__", ()):
        return
    _logger.warning(
        "interrupted (%s) while waiting for task %s; resume with client.wait(%r)",
        type(error).__name__,
        task_id,
        task_id,
    )
    error.add_note(note)
