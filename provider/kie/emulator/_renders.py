"""The emulator's rendered results: files on disk, each identical render made once (the render cache).

A test suite asks for the same few videos thousands of times, so renders are
named by ``MediaSpec.key`` (what shapes the file, the drawn prompt and the
input images' digests): a request whose key was rendered, or is rendering,
shares that file (a cache hit, counted in ``/_emulator/stats`` as
``render_cache_hits``). Files live in a private temporary folder, not in
memory, and are served from there; the folder is removed when the emulator
closes. ``reset`` zeroes the counters and keeps the files: a render is a pure
function of its key, so a reused emulator keeps its warm cache.
"""

from __future__ import annotations

import concurrent.futures
import logging
import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path

from ._media import MediaSpec, render_media

__all__ = ["RenderStore"]

logger = logging.getLogger("kie.emulator")


class RenderStore:
    """Rendered media files by render key, rendered in a small thread pool; thread-safe.

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
        self._done: dict[str, str] = {}  # key -> file name
        self._running: dict[str, concurrent.futures.Future[str]] = {}
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._folder: Path | None = None
        self._cleanup: weakref.finalize[..., RenderStore] | None = None
        self.renders = 0
        self.hits = 0

    def request(self, spec: MediaSpec, images: Sequence[bytes] = ()) -> concurrent.futures.Future[str]:
        """Return the future file name of a render: done at once when cached, shared while under way.

        Args:
            spec: what to render.
            images: the input images (see ``render_media``).

        Returns:
            A future of the file's name (``path(name)`` is the file); it raises
            the renderer's error when the render failed (failures are not cached).

        """
        used = tuple(images[: spec.image_count])
        key = spec.key(used)
        with self._lock:
            name = self._done.get(key)
            running = self._running.get(key)
            if name is not None or running is not None:
                self.hits += 1
                if running is not None:
                    return running
                ready: concurrent.futures.Future[str] = concurrent.futures.Future()
                ready.set_result(name)  # type: ignore[arg-type]  # name is set when running is None
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
            name = key + spec.extension
            target = self._ensure_folder() / name
            part = target.with_name(f".{name}.part")
            part.write_bytes(data)
            os.replace(part, target)
        except Exception:
            with self._lock:
                self._running.pop(key, None)
            raise
        with self._lock:
            self._done[key] = name
            self._running.pop(key, None)
        return name

    def _ensure_folder(self) -> Path:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="kie-emulator-"))
                self._cleanup = weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
            return self._folder

    def path(self, name: str) -> Path:
        """The file of a rendered result (a name a ``request`` future gave)."""
        return self._ensure_folder() / name

    def read(self, name: str) -> bytes:
        """The bytes of a rendered result."""
        return self.path(name).read_bytes()

    def running(self) -> list[concurrent.futures.Future[str]]:
        """The renders under way."""
        with self._lock:
            return list(self._running.values())

    def reset_counters(self) -> None:
        """Zero ``renders`` and ``hits`` (the rendered files stay: they are the cache)."""
        with self._lock:
            self.renders = self.hits = 0

    def close(self) -> None:
        """Stop the pool (queued renders are cancelled) and remove the files."""
        with self._lock:
            pool, self._pool = self._pool, None
            cleanup = self._cleanup
            self._running.clear()
            self._done.clear()
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        if cleanup is not None:
            cleanup()
        with self._lock:
            self._folder = self._cleanup = None
