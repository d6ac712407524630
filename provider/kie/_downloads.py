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
import time
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import httpx

from ._models import MODELS
from ._retry import retry_after
from ._tasks import TaskInfo, TaskState
from .errors import APIError, DownloadError
from .media import CATEGORY_MEDIA, check_whole, extension_type, family, result_extension, sniff_mime

__all__ = [
    "ContentCheck",
    "Expired",
    "Incomplete",
    "WriteBatch",
    "atomic_writer",
    "check_container",
    "check_download_status",
    "download_target",
    "expected_media",
    "sweep_stale_parts",
]

EXPIRED_STATUSES = frozenset({403, 404, 410})  # a result URL answering these has expired


def download_target(source: TaskInfo | str, path: str | os.PathLike[str] | None) -> tuple[str, Path]:
    """Pick the URL to fetch and the file to write.

    Args:
        source: a successful ``TaskInfo`` (its first result URL) or a URL.
        path: a file or an existing folder; default ``./<task_id><ext>``, ``ext`` from
            ``kie.media.result_extension`` (the URL's, else the model category's: ``.mp4``,
            ``.png``, ``.mp3``), or for a URL its file name.

    Returns:
        ``(url, target_path)``.

    Raises:
        DownloadError: the task has not succeeded (still running, or failed) or has no result URL.

    """
    if isinstance(source, TaskInfo):
        if not source.result_urls:
            raise _not_downloadable(source)
        url = source.result_urls[0]
        default_name = source.task_id + _extension(url, source.model)
    else:
        url, default_name = source, Path(urlsplit(source).path).name or "result.mp4"
    target = Path(path) if path is not None else Path.cwd() / default_name
    if target.is_dir():
        target = target / default_name
    return url, target


def _not_downloadable(info: TaskInfo) -> DownloadError:
    if info.state is TaskState.FAIL:
        why = f"failed ({info.fail_code or '-'} {info.fail_msg or ''}".rstrip() + "): there is nothing to download"
    elif not info.is_done:
        why = f"is still {info.state_raw or 'unknown'}: wait for it first (client.wait({info.task_id!r}))"
    else:
        why = "succeeded without a result URL"
    error = DownloadError(f"task {info.task_id} {why}")
    error.task_id = info.task_id
    return error


def expected_media(url: str, model: str | None = None) -> str | None:
    """The media a result should be: from the URL's extension, else the model's category (``kie.media.CATEGORY_MEDIA``).

    Returns:
        A type such as ``"video/mp4"``, a family such as ``"image/*"`` (an image
        model's result: PNG, JPEG or WebP), or ``None`` when neither says.

    """
    mime = extension_type(url)
    if mime is None and model and model in MODELS:
        mime = CATEGORY_MEDIA[MODELS[model].category]
    return mime


def _extension(url: str, model: str | None) -> str:
    """A result file's extension: ``kie.media.result_extension`` of the URL and the model's category."""
    return result_extension(url, MODELS[model].category if model and model in MODELS else None)


_SNIFF_BYTES = 16


class ContentCheck:
    """Checks, while streaming, that a download is the media promised (not JSON, HTML or a fragment).

    Args:
        url: the URL fetched (for messages).
        expected: the promised media type (``expected_media``), or ``None`` for any known media.

    """

    def __init__(self, url: str, expected: str | None) -> None:
        self.url = url
        self.expected = expected
        self.mime: str | None = None
        self._head = b""
        self._checked = False

    def feed(self, chunk: bytes) -> None:
        """Take the next chunk; check the signature once enough bytes arrived.

        Raises:
            DownloadError: the bytes are not the promised media.

        """
        if not self._checked:
            self._head += chunk[:_SNIFF_BYTES]
            if len(self._head) >= _SNIFF_BYTES:
                self.finish()

    def finish(self) -> None:
        """Check the signature now (at the end of a short body).

        Raises:
            DownloadError: the bytes are not the promised media.

        """
        if self._checked:
            return
        self._checked = True
        self.mime = sniff_mime(self._head)
        wanted = family(self.expected) if self.expected else None
        if self.mime is None or (wanted is not None and family(self.mime) != wanted):
            shown = self._head[:12]
            raise DownloadError(
                f"{self.url} answered {shown!r}..., not {self.expected or 'a media file'} "
                f"({self.mime or 'unrecognised content'}); nothing was saved"
            )


def check_container(path: Path, mime: str | None, url: str) -> None:
    """Check a finished download is a whole file of its sniffed type (``kie.media.check_whole``).

    Raises:
        DownloadError: the file is a fragment of the media, not all of it.

    """
    try:
        check_whole(path, mime)
    except ValueError as exc:
        size = path.stat().st_size
        raise DownloadError(
            f"{url} gave {size:,} bytes that are not a whole {mime} file: {exc}; nothing was saved"
        ) from None


class WriteBatch:
    """Writes a download's chunks as they arrive while writes are fast; gathers ~``size`` bytes (1 MiB) after.

    A 64 KiB write to the page cache takes microseconds, so the async client makes
    it on the event loop (``inline``, ``write_now``): a worker-thread hop per write
    costs more (the GIL handed back and forth) than the write itself, and holding
    chunks back to write them together keeps a fresh mebibyte alive each time (the
    page faults cost more kernel time than the writes). Once ``strikes`` chunks (3)
    took longer than ``slow`` seconds each to write (a slow disk, a network file
    system, writeback throttling: one alone may be the thread preempted mid-write on
    a busy machine), or one ``write`` batch did, the batch stops being ``inline``:
    chunks are gathered (``add``) into ~``size`` bytes for each worker-thread write,
    so the loop never waits on such a disk again.
    """

    def __init__(self, size: int = 1 << 20, slow: float = 0.005, strikes: int = 3) -> None:
        self.size = size
        self.slow = slow
        self.inline = True
        self._chunks: list[bytes] = []
        self._pending = 0
        self._strikes = strikes

    def add(self, chunk: bytes) -> list[bytes] | None:
        """Take a chunk; return the chunks to write now once they reach ``size`` bytes, else ``None``."""
        self._chunks.append(chunk)
        self._pending += len(chunk)
        if self._pending < self.size:
            return None
        return self.rest()

    def rest(self) -> list[bytes]:
        """Return (and forget) the chunks not yet written."""
        chunks, self._chunks, self._pending = self._chunks, [], 0
        return chunks

    def write(self, handle: IO[bytes], chunks: list[bytes]) -> None:
        """Write ``chunks``; a write slower than ``slow`` seconds turns ``inline`` off for good."""
        started = time.perf_counter()
        handle.writelines(chunks)
        if time.perf_counter() - started > self.slow:
            self.inline = False

    def write_now(self, handle: IO[bytes], chunk: bytes) -> None:
        """Write one chunk at once (while ``inline``); the ``strikes``-th slower than ``slow`` ends ``inline``."""
        started = time.perf_counter()
        handle.write(chunk)
        if time.perf_counter() - started > self.slow:
            self._strikes -= 1
            self.inline = self._strikes > 0


class Expired(Exception):
    """A result URL answered 403/404/410: expired (API-FACTS.md, "Files")."""


class Incomplete(Exception):
    """A transfer ended short of its Content-Length, or the file host answered 429/5xx (worth a retry).

    Attributes:
        delay: the host's ``Retry-After``, seconds, when it sent one.

    """

    def __init__(self, message: str, delay: float | None = None) -> None:
        super().__init__(message)
        self.delay = delay


def check_download_status(response: httpx.Response) -> None:
    """Sort a download answer: expired (403/404/410), retryable (5xx), refused (other 4xx) or fine.

    Raises:
        Expired: the URL has expired; ask download-url for a fresh one.
        Incomplete: the host failed (5xx) or asked to slow down (408, 429).
        APIError: another 4xx.

    """
    status = response.status_code
    if status in EXPIRED_STATUSES:
        raise Expired(str(response.url))
    if status >= 500 or status in (408, 429):
        raise Incomplete(f"HTTP {status}", retry_after(response))
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


STALE_PART_SECONDS = 15 * 60  # a temp file untouched this long belongs to a killed process
_PART_MARK = ".kie-"  # in every temp name, so only our own temp files are ever swept


def sweep_stale_parts(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete temp files that a killed download left in ``folder`` (untouched for ``STALE_PART_SECONDS``).

    Returns:
        The paths removed.

    """
    cutoff = (time.time() if now is None else now) - STALE_PART_SECONDS
    removed = []
    for part in folder.glob(f".*{_PART_MARK}*.part"):
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
                removed.append(part)
        except OSError:  # gone already, or not ours to remove
            continue
    return removed


def atomic_writer(target: Path) -> tuple[IO[bytes], Path]:
    """Open a temp file beside ``target`` for writing; rename it over ``target`` when complete.

    Stale temp files of killed downloads in the same folder are swept first.

    Returns:
        ``(file, temp_path)``: write, close, then ``os.replace(temp_path, target)``;
        on failure unlink ``temp_path``. A half-written video never has the final name.

    """
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_parts(target.parent)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by the caller
        dir=target.parent, prefix=f".{target.name}{_PART_MARK}", suffix=".part", delete=False
    )
    os.chmod(handle.name, 0o666 & ~_umask())  # a normal file's mode, not mkstemp's 0600
    return handle, Path(handle.name)
