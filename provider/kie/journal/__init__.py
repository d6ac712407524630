"""``kie.journal``: a durable record of every job, so that no paid task id is ever lost.

A client given a journal (``Client(journal=...)``, env ``KIE_JOURNAL``) writes a
``JobRecord`` before each step of a job (DESIGN.md, "The journal")::

    intent ──createTask answered──> submitted ──> success ──download──> downloaded
      │                                 │    └──> fail
      ├─ answer lost (SubmitUncertainError) or left by a crash ──> outcome_unknown
      └─ refused (no task exists) ──> fail            task or result gone ──> expired

``intent`` is written before createTask is sent (a job id, the model, the body
and its SHA-256), ``submitted`` with the task id before waiting starts. A job
whose createTask outcome is unknown is never resent: it is listed, with its
body, for the user to decide. ``client.resume`` and ``client.reconcile`` work
from these records; ``kie.callbacks.CallbackReceiver(journal=...)`` upserts the
results that arrive by callback.

Backends implement ``Journal`` (a merge-by-key ``write``, ``get``, ``records``,
``close``), each ``write`` one transaction that reads the stored rows, merges
(``JobRecord.merged``: never a step back) and writes:

* ``SqliteJournal``: the standard library's ``sqlite3``, WAL, one file; the
  processes of one machine (``BEGIN IMMEDIATE``). A path or ``sqlite:///PATH``.
* ``PostgresJournal``: a PostgreSQL table (psycopg 3, ``pip install 'kie[postgres]'``)
  for processes on several machines (an advisory lock on the job's keys, then
  ``SELECT ... FOR UPDATE``). A ``postgresql://`` or ``postgres://`` URL; its
  password never shows in ``repr``, logs or errors.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from kie.errors import ConfigurationError

from ._records import FINAL, PENDING, JobRecord, JobState, Journal, JournalError, body_sha256

if TYPE_CHECKING:
    from ._postgres import PostgresJournal
    from ._sqlite import SqliteJournal

OFF = ("off", "0", "none", "false")
"""What ``journal=`` or env ``KIE_JOURNAL`` says for no journal (any case); ``""`` too."""

_BACKENDS = {"PostgresJournal": "._postgres", "SqliteJournal": "._sqlite"}
"""The backends, imported on first use."""

__all__ = [
    "FINAL",
    "OFF",
    "PENDING",
    "JobRecord",
    "JobState",
    "Journal",
    "JournalError",
    "PostgresJournal",
    "SqliteJournal",
    "body_sha256",
    "open_journal",
]


def open_journal(value: Journal | str | os.PathLike[str] | None, *, env: bool = True) -> Journal | None:
    """The journal a client's ``journal=`` means: argument, then env ``KIE_JOURNAL``, then none.

    Args:
        value: a ``Journal``, a file path, a ``sqlite:///PATH`` URL (``sqlite:////abs/path``
            for an absolute path, as SQLAlchemy spells it), a ``postgresql://`` or
            ``postgres://`` URL (``PostgresJournal``), or ``None``.
        env: read ``KIE_JOURNAL`` when ``value`` is ``None``. In either, a word of ``OFF``
            (``"off"``, ``"0"``, ...) or ``""`` means none: ``journal="off"`` keeps none even
            where ``KIE_JOURNAL`` is set.

    Returns:
        The journal, or ``None`` for none. Nothing is opened yet: the file, or the
        connection and its table, is made on first use.

    Raises:
        ConfigurationError: a URL scheme no backend serves, or a PostgreSQL URL
            without psycopg installed (``pip install 'kie[postgres]'``).

    """
    if isinstance(value, Journal):
        return value
    if value is None and env:
        value = os.environ.get("KIE_JOURNAL")
    if value is None:
        return None
    text = os.fspath(value)
    if text.strip().lower() in (*OFF, ""):
        return None
    if text.startswith(("postgresql://", "postgres://")):
        from ._postgres import PostgresJournal

        return PostgresJournal(text)
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")  # SQLAlchemy's spelling: sqlite:////abs/path, sqlite:///rel/path
    elif "://" in text:
        raise ConfigurationError(
            f"journal {text.split('://')[0]}:// is not supported: use a file path, sqlite:///PATH, "
            "or postgresql://user:password@host:port/dbname"
        )
    from ._sqlite import SqliteJournal

    return SqliteJournal(text)


def __getattr__(name: str) -> Any:
    """Load a backend on first use (PEP 562), so ``import kie`` does not pay for it."""
    if name in _BACKENDS:
        import importlib

        value = getattr(importlib.import_module(_BACKENDS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
