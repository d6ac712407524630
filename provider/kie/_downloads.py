"""Downloads: where a result goes, how an answer is sorted, and the atomic write.

Results stream to a temp file beside the target and are renamed over it only
when complete, so a half-written video never has the final name (DESIGN.md,
"Downloads"). A result URL that answers 403/404/410 has expired and is
re-issued through download-url (API-FACTS.md, "Files").
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import httpx

from ._tasks import TaskInfo
from .errors import APIError, ConfigurationError

__all__ = ["Expired", "Incomplete", "atomic_writer", "check_download_status", "download_target"]

EXPIRED_STATUSES = frozenset({403, 404, 410})  # a result URL answering these has expired


def download_target(source: TaskInfo | str, path: str | os.PathLike[str] | None) -> tuple[str, Path]:
    """Pick the URL to fetch and the file to write.

    Args:
        source: a successful ``TaskInfo`` (its first result URL) or a URL.
        path: a file or an existing folder; default ``./<task_id>.mp4`` (or the URL's file name).

    Returns:
        ``(url, target_path)``.

    Raises:
        ConfigurationError: the task has no result URL.

    """
    if isinstance(source, TaskInfo):
        if not source.result_urls:
            raise ConfigurationError(f"task {source.task_id} has no result URL (state {source.state_raw!r})")
        url, default_name = source.result_urls[0], f"{source.task_id}.mp4"
    else:
        url, default_name = source, Path(urlsplit(source).path).name or "result.mp4"
    target = Path(path) if path is not None else Path.cwd() / default_name
    if target.is_dir():
        target = target / default_name
    return url, target


class Expired(Exception):
    """A result URL answered 403/404/410: expired (API-FACTS.md, "Files")."""


class Incomplete(Exception):
    """A transfer ended short of its Content-Length, or the file host answered 5xx (worth a retry)."""


def check_download_status(response: httpx.Response) -> None:
    """Sort a download answer: expired (403/404/410), retryable (5xx), refused (other 4xx) or fine.

    Raises:
        Expired: the URL has expired; ask download-url for a fresh one.
        Incomplete: the host failed (5xx).
        APIError: another 4xx.

    """
    status = response.status_code
    if status in EXPIRED_STATUSES:
        raise Expired(str(response.url))
    if status >= 500:
        raise Incomplete(f"HTTP {status}")
    if status >= 400:
        raise APIError.from_code(status, f"download of {response.url} refused", http_status=status)


_UMASK_LOCK = threading.Lock()
_UMASK: list[int] = []


def _umask() -> int:
    """The process umask, read once under a lock (reading it means setting it, which races across threads)."""
    with _UMASK_LOCK:
        if not _UMASK:
            mask = os.umask(0o022)
            os.umask(mask)
            _UMASK.append(mask)
        return _UMASK[0]


def atomic_writer(target: Path) -> tuple[IO[bytes], Path]:
    """Open a temp file beside ``target`` for writing; rename it over ``target`` when complete.

    Returns:
        ``(file, temp_path)``: write, close, then ``os.replace(temp_path, target)``;
        on failure unlink ``temp_path``. A half-written video never has the final name.

    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False)  # noqa: SIM115 - closed by the caller
    os.chmod(handle.name, 0o666 & ~_umask())  # a normal file's mode, not mkstemp's 0600
    return handle, Path(handle.name)
