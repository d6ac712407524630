"""The command's journal: ``--journal`` / ``--no-journal``, env ``KIE_JOURNAL``, the user data folder.

The library's default is no journal; the command's is one (issue "Never lose a
paid task", item 1): ``kie generate``, ``kie batch run`` and ``kie tasks`` share
the file ``journal.sqlite3`` in the user data folder of ``kie``
(``platformdirs.user_data_dir``: ``~/.local/share/kie`` on Linux,
``~/Library/Application Support/kie`` on macOS), or ``$XDG_DATA_HOME/kie``
wherever that variable is set.
"""

# No ``from __future__ import annotations``: typer reads the option aliases at run time.

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from kie.journal import Journal, open_journal

from ._session import CommandError

__all__ = ["JournalOption", "NoJournalOption", "default_journal_path", "journal_for", "optional_journal"]

JournalOption = Annotated[
    str | None,
    typer.Option(
        "--journal",
        metavar="PATH_OR_URL",
        help=(
            "The journal: a SQLite path, sqlite:///URL or postgresql://URL"
            " (default: env KIE_JOURNAL, then the user data folder)."
        ),
        show_default=False,
    ),
]
"""``--journal PATH_OR_URL``: the journal to use."""

NoJournalOption = Annotated[
    bool, typer.Option("--no-journal", help="Keep no journal (the task id is then only printed).")
]
"""``--no-journal``: run without a journal."""


def default_journal_path() -> Path:
    """The command's journal file: ``journal.sqlite3`` in the user data folder of ``kie``.

    Returns:
        ``$XDG_DATA_HOME/kie/journal.sqlite3`` when the variable is set, else
        ``platformdirs.user_data_dir("kie")/journal.sqlite3``.

    """
    base = os.environ.get("XDG_DATA_HOME")
    if base:
        return Path(base) / "kie" / "journal.sqlite3"
    import platformdirs  # the cli extra's; here, so `kie --help` does not pay for it

    return Path(platformdirs.user_data_dir("kie", appauthor=False)) / "journal.sqlite3"


def _opened(value: str | None) -> Journal | None:
    """``--journal``, else env ``KIE_JOURNAL`` (``None`` when it says off), else the default file."""
    if value:
        return open_journal(value, env=False)
    env = os.environ.get("KIE_JOURNAL", "").strip()
    if env:
        return open_journal(env, env=False)  # None when it says off (kie.journal.OFF)
    path = default_journal_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_journal(path, env=False)


def journal_for(value: str | None) -> Journal:
    """Open the journal ``--journal`` names, else env ``KIE_JOURNAL``, else the default file (``kie tasks``).

    Raises:
        CommandError: ``KIE_JOURNAL=off`` with no ``--journal``: there is no journal to work on.
        ConfigurationError: a URL scheme no backend serves.

    """
    journal = _opened(value)
    if journal is None:
        raise CommandError("KIE_JOURNAL is off: name a journal with --journal")
    return journal


@contextlib.contextmanager
def optional_journal(value: str | None, off: bool) -> Iterator[Journal | None]:
    """The journal of a command that creates tasks (``kie generate``): on unless asked off; closed after.

    Args:
        value: ``--journal``.
        off: ``--no-journal``.

    Yields:
        ``None`` for ``--no-journal`` or ``KIE_JOURNAL=off``; else as :func:`journal_for`.

    Raises:
        CommandError: both ``--journal`` and ``--no-journal``.

    """
    if off and value:
        raise CommandError("--journal and --no-journal contradict each other: give one")
    journal = None if off else _opened(value)
    try:
        yield journal
    finally:
        if journal is not None:
            journal.close()
