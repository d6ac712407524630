"""The emulator's rendered results: kept on disk, each identical render made once (the render cache).

A test suite asks for the same few videos thousands of times, so renders are
named by ``MediaSpec.key`` (what shapes the file, the drawn prompt if any, and
the input images' digests): a request whose key was rendered, or is rendering,
shares that file (a cache hit, counted in ``/_emulator/stats`` as
``render_cache_hits``). The files are not kept in memory: they are appended to
one anonymous temporary file (already unlinked, so nothing is left behind even
when the emulator is killed) and read back with ``os.pread``. ``reset`` zeroes
the counters and keeps the files: a render is a pure function of its key, so a
reused emulator keeps its warm cache.
"""

from __future__ import annotations

import concurrent.futures
import os
import tempfile
import threading
from collections.abc import Sequence
from typing import IO

from ._media import MediaSpec, render_media

__all__ = ["RenderStore"]


class RenderStore:
    """Rendered media by render key, rendered in a small thread pool and stored in one temporary file; thread-safe.

    Args:
        workers: render threads: 1 (the encoder uses the cores itself; each more render
            in parallel costs tens of MiB at 1080p, and the emulator shares its machine
            with the suite it serves).

    Attributes:
        renders: renders started since the last ``reset_counters``.
        hits: requests served by a render done or under way since then.

    """

    def __init__(self, workers: int = 1) -> None:
        self._workers = workers
        self._lock = threading.Lock()
        self._done: dict[str, tuple[int, int]] = {}  # key -> (offset, length) in the blob
        self._running: dict[str, concurrent.futures.Future[str]] = {}
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._blob: IO[bytes] | None = None
        self._end = 0
        self.renders = 0
        self.hits = 0

    def request(self, spec: MediaSpec, images: Sequence[bytes] = ()) -> concurrent.futures.Future[str]:
        """Return the future render key of a file: done at once when cached, shared while under way.

        Args:
            spec: what to render.
            images: the input images (see ``render_media``).

        Returns:
            A future of the render's key (``read(key)`` gives the file); it raises
            the renderer's error when the render failed (failures are not cached).

        """
        used = tuple(images[: spec.image_count])
        key = spec.key(used)
        with self._lock:
            running = self._running.get(key)
            if key in self._done or running is not None:
                self.hits += 1
                if running is not None:
                    return running
                ready: concurrent.futures.Future[str] = concurrent.futures.Future()
                ready.set_result(key)
                return ready
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(self._workers, "kie-emulator-render")
            self.renders += 1
            future = self._pool.submit(self._render, key, spec, used)
            self._running[key] = future
            return future

    def _render(self, key: str, spec: MediaSpec, images: tuple[bytes, ...]) -> str:
        try:
            data = render_media(spec, images)
            with self._lock:  # held while writing: close() cannot free the descriptor under us
                if self._blob is None:
                    self._blob = tempfile.TemporaryFile(prefix="kie-emulator-renders-")  # noqa: SIM115 - close()
                offset, self._end = self._end, self._end + len(data)
                os.pwrite(self._blob.fileno(), data, offset)
        except Exception:
            with self._lock:
                self._running.pop(key, None)
            raise
        with self._lock:
            self._done[key] = (offset, len(data))
            self._running.pop(key, None)
        return key

    def read(self, key: str) -> bytes:
        """The bytes of a rendered result (a key a ``request`` future gave).

        Raises:
            KeyError: no such render (or the store was closed).

        """
        with self._lock:
            offset, length = self._done[key]
            if self._blob is None:
                raise KeyError(key)
            return os.pread(self._blob.fileno(), length, offset)

    def running(self) -> list[concurrent.futures.Future[str]]:
        """The renders under way."""
        with self._lock:
            return list(self._running.values())

    def reset_counters(self) -> None:
        """Zero ``renders`` and ``hits`` (the rendered files stay: they are the cache)."""
        with self._lock:
            self.renders = self.hits = 0

    def close(self) -> None:
        """Stop the pool (queued renders are cancelled) and drop the files."""
        with self._lock:
            pool, self._pool = self._pool, None
            blob, self._blob = self._blob, None
            self._running.clear()
            self._done.clear()
            self._end = 0
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        if blob is not None:
            blob.close()
