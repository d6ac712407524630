"""The emulator's file store: uploads and rendered results served under ``/files/``.

Uploads are kept as sent (``uploadPath/fileName``; reusing a name overwrites, as
on kie.ai). Results live at ``/files/results/{taskId}.mp4``. Result URLs can be
made to expire (``EmulatorConfig.result_ttl_s``, answering HTTP 410 like a dead
kie.ai link) while ``download-url`` hands out fresh links valid 20 minutes
(``API-FACTS.md``, "Files").
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from urllib.parse import quote, unquote, urlsplit

from kie.urls import is_loopback_host

from ._records import EmulatorConfig, StoredFile, TaskRecord, TaskStatus

__all__ = ["RESULTS_DIR", "FilesMixin"]

RESULTS_DIR = "results"
"""Folder of ``/files/`` that holds the rendered results (``/files/results/{taskId}.mp4``)."""


class FilesMixin:
    """The ``/files/`` half of ``EmulatorState`` (which provides the attributes declared here)."""

    _lock: threading.RLock
    _links: dict[str, tuple[str, float]]
    config: EmulatorConfig
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    tasks: dict[str, TaskRecord]
    files: dict[str, StoredFile]
    results: dict[str, bytes]

    def status(self, task: TaskRecord) -> TaskStatus:
        """Compute a task's state now (implemented by ``EmulatorState``)."""
        raise NotImplementedError

    @staticmethod
    def result_url(task_id: str, base_url: str) -> str:
        """Return the result MP4's URL: ``{base_url}/files/results/{task_id}.mp4``."""
        return f"{base_url.rstrip('/')}/files/{RESULTS_DIR}/{task_id}.mp4"

    def store_file(self, key: str, data: bytes, mime_type: str) -> StoredFile:
        """Store (or overwrite, as kie.ai does for a reused fileName) an uploaded file.

        Args:
            key: ``uploadPath/fileName``.
            data: its bytes.
            mime_type: its MIME type.

        Returns:
            The ``StoredFile``.

        """
        uploaded = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(self.wall_clock())) + "Z"
        item = StoredFile(key=key, data=data, mime_type=mime_type, uploaded_at=uploaded)
        with self._lock:
            self.files[key] = item
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
        with self._lock:
            item = self.files.get(key) if key is not None else None
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
        with self._lock:
            now = self.clock()
            if token is not None:
                link = self._links.get(token)
                if link is None or link[0] != key:
                    return 403, b"Forbidden: unknown download token", "text/plain"
                if now - link[1] > self.config.download_link_ttl_s:
                    return 410, b"Gone: this download link expired", "text/plain"
            if self._is_result(key):
                task = self.tasks[key.partition("/")[2][:-4]]
                ttl = self.config.result_ttl_s
                if token is None and ttl is not None and task.finished_at is not None and now - task.finished_at > ttl:
                    return 410, b"Gone: the result URL expired; ask download-url for a fresh link", "text/plain"
                return 200, self.results[task.task_id], "video/mp4"
            item = self.files.get(key)
            if item is None:
                return 404, b"Not Found", "text/plain"
            return 200, item.data, item.mime_type

    def issue_link(self, url: str, base_url: str) -> str | None:
        """Return a fresh download link (valid ``download_link_ttl_s``) for a file of this emulator.

        Args:
            url: a result or upload URL of this emulator.
            base_url: the emulator's URL as the client sees it.

        Returns:
            ``{base_url}/files/{key}?token=...``, or ``None`` when the URL names nothing here.

        """
        key = self.own_key(url, base_url)
        with self._lock:
            if key is None or not (key in self.files or self._is_result(key)):
                return None
            token = secrets.token_urlsafe(16)
            self._links[token] = (key, self.clock())
        return f"{base_url.rstrip('/')}/files/{quote(key)}?token={token}"

    def _is_result(self, key: str) -> bool:
        folder, _, name = key.partition("/")
        task = self.tasks.get(name[:-4]) if folder == RESULTS_DIR and name.endswith(".mp4") else None
        return task is not None and task.task_id in self.results and self.status(task).state == "success"
