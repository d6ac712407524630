"""The JOBS file of ``kie batch run``: read, coerce and check every row before anything is sent.

One job per row, JSON Lines (``.jsonl``, ``.ndjson``) or CSV (``.csv``, a header
row), each with a stable ``id``, a ``model``, and either ``kie generate``'s
vocabulary (``prompt``, ``image``, ``end_image``, ``duration``, ``resolution``,
the model's own field names, model options by vendor name) or a raw ``input``
(a JSON object; in CSV a JSON text cell). CSV cells are text: a model option's
cell is read as its field's type (``true`` for a boolean, ``42`` for an
integer, a JSON list for an array; ``images`` too); an empty cell is no value. A
local file path (``image``, ``images``, ``video``, ``audio`` ...) is taken
relative to the JOBS file's folder. :func:`read_jobs` checks every
row as ``Client.submit`` / ``create_task`` would (``kie.spec.check_generate``,
``kie.spec.build_create_body``) and raises one error listing every bad row, by
id, field, value and limit. Needs neither typer nor rich.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from kie import FieldInfo, ModelInfo
from kie.errors import InputValidationError, KieError
from kie.spec import build_create_body, check_generate, get_model
from kie.urls import has_url_scheme

from ._input import _MEDIA as MEDIA_ROLES  # the roles that take files or URLs
from ._input import GenerateRequest
from ._session import CommandError

__all__ = ["BadJobs", "BatchJob", "read_jobs"]

_RESERVED = ("id", "model", "input")
_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off"}


@attrs.frozen
class BatchJob:
    """One checked row of the JOBS file.

    Attributes:
        id: the row's stable id (its results line, its output file, its journal key).
        model: the model id.
        line: where the row is in the JOBS file (1-based; the header is line 1 of a CSV).
        arguments: ``Client.submit``'s keyword arguments (vocabulary rows), else ``None``.
        input: the raw vendor input (``input`` rows), else ``None``.
        vendor_input: the checked vendor input (a local file as a placeholder URL).

    """

    id: str
    model: str
    line: int
    arguments: dict[str, Any] | None
    input: dict[str, Any] | None
    vendor_input: dict[str, Any] = attrs.field(repr=False)

    @property
    def file_stem(self) -> str:
        """The output file's name without its extension: the id, with other than ``[A-Za-z0-9._-]`` as ``_``."""
        return re.sub(r"[^A-Za-z0-9._-]", "_", self.id).lstrip(".") or "_"


class BadJobs(CommandError):
    """Rows of the JOBS file that cannot run; nothing was sent.

    Attributes:
        problems: one line per bad row (its line, id, field, value and limit), in file order.

    """

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


class _RowError(Exception):
    """A bad row, in words naming its field, value and limit."""


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | _RowError]]:
    """``(line, row)`` of each job of the JOBS file, by its format (the file's suffix); a line not JSON: an error."""
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CommandError(f"cannot read JOBS {path}: {exc.strerror or exc}") from None
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        for row in reader:
            yield reader.line_num, {str(k).strip(): v for k, v in row.items() if k is not None and v not in (None, "")}
        return
    if suffix not in (".jsonl", ".ndjson", ".json"):
        raise CommandError(f"JOBS {path}: give a .jsonl (JSON Lines) or .csv file, not {suffix or 'no suffix'}")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield number, _RowError(f"not JSON: {exc}")
            continue
        yield number, row if isinstance(row, dict) else _RowError("not a JSON object")


def _boolean(name: str, text: str) -> bool:
    if text.strip().lower() in _TRUE | _FALSE:
        return text.strip().lower() in _TRUE
    raise _RowError(f"{name} = {text!r} is not a boolean (true or false)")


def _cell(field: FieldInfo | None, name: str, text: str) -> Any:
    """A CSV cell read as ``field``'s type (text for a field the model does not have)."""
    kind = field.type if field is not None else "string"
    try:
        if kind == "boolean":
            return _boolean(name, text)
        if kind == "integer":
            return int(text)
        if kind == "number":
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
        if kind in ("array", "object") and text.lstrip().startswith(("[", "{")):
            return json.loads(text)
    except ValueError:
        raise _RowError(f"{name} = {text!r} is not {'an' if kind == 'integer' else 'a'} {kind}") from None
    return [text] if kind == "array" else text


def _coerced(info: ModelInfo, values: Mapping[str, Any], csv_row: bool) -> dict[str, Any]:
    """The row's generate values, CSV text read as each model field's type (``images``: a JSON list, or one)."""
    if not csv_row:
        return dict(values)
    fields = {**info.fields, "images": FieldInfo(name="images", type="array", required=False)}
    return {name: _cell(fields.get(name), name, str(text)) for name, text in values.items()}


def _local(value: Any, folder: Path) -> Any:
    """A relative local path as the JOBS folder's; URLs (any scheme: ``asset://``), absolute paths as they are.

    ``check_generate`` then sends a URL or refuses it as ``generate`` does (``kie.spec.sent_as_url``).
    """
    if isinstance(value, list):
        return [_local(item, folder) for item in value]
    if isinstance(value, str) and value and not has_url_scheme(value) and not Path(value).is_absolute():
        return str(folder / value)
    return value


def _with_folder(values: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The media roles' relative local paths (``image``, ``images``, ``video``, ...) taken from the JOBS folder."""
    return {name: _local(value, folder) if name in MEDIA_ROLES else value for name, value in values.items()}


def _raw_input(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise _RowError(f"input is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise _RowError(f"input = {value!r} is not a JSON object")
    return value


def _job(line: int, row: dict[str, Any], folder: Path, csv_row: bool) -> BatchJob:
    """One row checked as ``submit`` / ``create_task`` would check it, or ``_RowError`` / ``InputValidationError``."""
    job_id, model = row.get("id"), row.get("model")
    if job_id is None or str(job_id).strip() == "" or isinstance(job_id, dict | list):
        raise _RowError("id is required: a stable text or number, unique in the file")
    if not isinstance(model, str) or not model:
        raise _RowError("model is required (see: kie models)")
    info = get_model(model)
    values = {k: v for k, v in row.items() if k not in _RESERVED}
    if "input" in row:
        if values:
            raise _RowError(f"give input or the generate vocabulary, not both (also: {', '.join(values)})")
        data = _raw_input(row["input"])
        build_create_body(model, data)
        return BatchJob(str(job_id), model, line, None, data, data)
    request = GenerateRequest(info)
    request.apply(_with_folder(_coerced(info, values, csv_row), folder))
    arguments = request.submit_arguments()
    return BatchJob(str(job_id), model, line, arguments, None, check_generate(model, **arguments))


def _words(exc: Exception) -> str:
    """An error in words, with the field, value and limit an ``InputValidationError`` carries."""
    if not isinstance(exc, InputValidationError):
        return str(exc)
    if exc.limit == "required" and exc.field:
        return f"{exc.field} is required"
    facts = [f"field {exc.field}" if exc.field else "", f"value {exc.value!r}" if exc.value is not None else ""]
    facts.append(f"limit: {exc.limit}" if exc.limit else "")
    shown = ", ".join(fact for fact in facts if fact)
    return f"{exc} ({shown})" if shown else str(exc)


def read_jobs(path: Path) -> list[BatchJob]:
    """Read and check every job of the JOBS file; nothing is sent.

    Args:
        path: the JOBS file (``.jsonl`` / ``.ndjson`` / ``.json`` lines, or ``.csv``).

    Returns:
        The jobs, in file order.

    Raises:
        BadJobs: bad rows, each listed (its line, id, field, value and limit).
        CommandError: the file cannot be read or has no job.

    """
    jobs: list[BatchJob] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for line, row in _rows(path):
        if isinstance(row, _RowError):
            errors.append(f"line {line}: {row}")
            continue
        label = f"line {line}" + (f" (id {row['id']!r})" if isinstance(row.get("id"), str | int) else "")
        try:
            job = _job(line, row, path.parent, path.suffix.lower() == ".csv")
        except (_RowError, KieError) as exc:
            errors.append(f"{label}: {_words(exc)}")
            continue
        if job.file_stem in seen:
            errors.append(f"{label}: id {job.id!r} repeats line {seen[job.file_stem]} (ids name output files)")
            continue
        seen[job.file_stem] = line
        jobs.append(job)
    if errors:
        raise BadJobs(f"JOBS {path}: {len(errors)} bad row(s), nothing was sent (listed above)", errors)
    if not jobs:
        raise CommandError(f"JOBS {path} holds no job")
    return jobs
