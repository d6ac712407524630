"""The emulator's file store: uploads and rendered results served under ``/files/``.

Uploads are kept as sent (``uploadPath/fileName``; reusing a name overwrites, as
on kie.ai). Results live at ``/files/results/{taskId}.mp4`` (``.png``, ``.mp3``,
... by the model's category) and are read from the task store's rendered files.
Result URLs can be made to expire (``EmulatorConfig.result_ttl_s``,
answering HTTP 410 like a dead kie.ai link) while ``download-url`` hands out
fresh links valid 20 minutes (``API-FACTS.md``, "Files").
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator, Mapping
from urllib.parse import quote, unquote, urlsplit

from kie.media import EXTENSIONS
from kie.urls import is_loopback_host

from ._records import Runtime, StoredFile, TaskRecord
from ._tasks import RESULTS_DIR, TaskStore

__all__ = ["FileStore"]


class FileStore(Mapping[str, StoredFile]):
    """The uploads of one emulator (a read-only mapping of ``uploadPath/fileName`` -> ``StoredFile``) and its links.

    Args:
        runtime: the config, clocks and lock shared with the other parts of the state.
        tasks: the task store whose results are served under ``/files/results/``.

    """

    def __init__(self, runtime: Runtime, tasks: TaskStore) -> None:
        self._runtime = runtime
        self._tasks = tasks
        self._files: dict[str, StoredFile] = {}
        self._links: dict[str, tuple[str, float]] = {}

    def __getitem__(self, key: str) -> StoredFile:
        return self._files[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._files))

    def __len__(self) -> int:
        return len(self._files)

    def store(self, key: str, data: bytes, mime_type: str) -> StoredFile:
        """Store (or overwrite, as kie.ai does for a reused fileName) an uploaded file.

        Args:
            key: ``uploadPath/fileName``.
            data: its bytes.
            mime_type: its MIME type.

        Returns:
            The ``StoredFile``.

        """
        uploaded = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(self._runtime.wall_clock())) + "Z"
        item = StoredFile(key=key, data=data, mime_type=mime_type, uploaded_at=uploaded)
        with self._runtime.lock:
            self._files[key] = item
        return item

    def own_key(self, url: str, base_url: str) -> str | None:
        """Return the ``/files/`` key a URL names when it points at this emulator, else ``None``.

        Args:
            url: any URL.
            base_url: the emulator's URL as the client sees it.

        """
        parts, base = urlsplit(url), urlsplit(base_url)
        try:
            same_port = parts.port == base.port
        except ValueError:
            return None
        same_host = parts.hostname == base.hostname or (
            is_loopback_host(parts.hostname) and is_loopback_host(base.hostname)
        )
        if not (same_port and same_host and parts.path.startswith("/files/")):
            return None
        return unquote(parts.path[len("/files/") :])

    def local_file(self, url: str, base_url: str) -> bytes | None:
        """Return the bytes of an uploaded file when ``url`` is this emulator's ``/files/`` URL."""
        key = self.own_key(url, base_url)
        with self._runtime.lock:
            item = self._files.get(key) if key is not None else None
        return item.data if item is not None else None

    def lookup(self, key: str, token: str | None = None) -> tuple[int, bytes, str]:
        """Resolve ``/files/{key}`` for download.

        Args:
            key: the path below ``/files/``.
            token: the ``token`` query parameter of a ``download-url`` link, if any.

        Returns:
            ``(http_status, body, media_type)``: 200 with the bytes; 404 unknown;
            410 when a result outlived ``result_ttl_s`` or a link its 20 minutes;
            403 for an unknown token.

        """
        with self._runtime.lock:
            if token is not None:
                refused = self._check_link(key, token)
                if refused is not None:
                    return refused
            task = self._result_task(key)
            if task is not None:
                if token is None and self._expired(task):
                    return 410, b"Gone: the result URL expired; ask download-url for a fresh link", "text/plain"
                return 200, self._tasks.results[task.task_id], task.mime
            item = self._files.get(key)
            if item is None:
                return 404, b"Not Found", "text/plain"
            return 200, item.data, item.mime_type

    def _check_link(self, key: str, token: str) -> tuple[int, bytes, str] | None:
        link = self._links.get(token)
        if link is None or link[0] != key:
            return 403, b"Forbidden: unknown download token", "text/plain"
        if self._runtime.clock() - link[1] > self._runtime.config.download_link_ttl_s:
            return 410, b"Gone: this download link expired", "text/plain"
        return None

    def _expired(self, result: TaskRecord) -> bool:
        ttl = self._runtime.config.result_ttl_s
        end = result.finished_at
        return ttl is not None and end is not None and self._runtime.clock() - end > ttl

    def issue_link(self, url: str, base_url: str) -> str | None:
        """Return a fresh download link (valid ``download_link_ttl_s``) for a file of this emulator.

        Args:
            url: a result or upload URL of this emulator.
            base_url: the emulator's URL as the client sees it.

        Returns:
            ``{base_url}/files/{key}?token=...``, or ``None`` when the URL names nothing here.

        """
        key = self.own_key(url, base_url)
        with self._runtime.lock:
            if key is None or not (key in self._files or self._result_task(key) is not None):
                return None
            token = secrets.token_urlsafe(16)
            self._links[token] = (key, self._runtime.clock())
        return f"{base_url.rstrip('/')}/files/{quote(key)}?token={token}"

    def _result_task(self, key: str) -> TaskRecord | None:
        folder, _, name = key.partition("/")
        task_id, dot, extension = name.rpartition(".")
        task = self._tasks.succeeded(task_id) if folder == RESULTS_DIR and dot else None
        return task if task is not None and EXTENSIONS.get(task.mime) == dot + extension else None

    def reset(self) -> None:
        """Forget every uploaded file and download link."""
        with self._runtime.lock:
            self._files.clear()
            self._links.clear()
