"""``download``: a task's result streamed to a file, checked, then renamed (a layer of ``kie.AsyncClient``).

This layer adds ``download`` to the API operations; the rules
(targets, signatures, MP4 boxes, the write batches) come from ``kie._downloads``.
Result URLs live on file hosts: downloads never carry the API key.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import httpx

from kie._downloads import (
    ContentCheck,
    Expired,
    Incomplete,
    WriteBatch,
    atomic_writer,
    check_container,
    check_download_status,
    download_target,
    expected_media,
)
from kie._requests import USER_AGENT, Timeout
from kie._tasks import TaskInfo
from kie.errors import APIConnectionError, DownloadError

from .api import AsyncAPI
from .io import SLOW_WRITE, run_blocking

__all__ = ["AsyncDownloads"]

logger = logging.getLogger("kie")

ByteProgressCallback = Callable[[int, int | None], object]


class AsyncDownloads(AsyncAPI):
    """The API operations plus ``download``; ``kie.AsyncClient`` adds waiting and the helpers."""

    # -- downloads --------------------------------------------------------------------------------

    async def download(
        self,
        source: TaskInfo | str,
        path: str | os.PathLike[str] | None = None,
        *,
        on_progress: ByteProgressCallback | None = None,
        timeout: Timeout | None = None,
    ) -> Path:
        """Download a result to ``path``: streamed to a temp file, size-checked, then renamed.

        Args:
            source: a successful ``TaskInfo`` (its first result URL) or a URL.
            path: the file or folder to write; default ``./<task_id><ext>`` (``ext`` by
                ``kie.media.result_extension``: ``.mp4``, ``.png``, ``.jpg``, ``.mp3``...), or the URL's name.
            on_progress: called with ``(bytes_done, bytes_total_or_None)`` per chunk.
            timeout: per-request timeout, seconds.

        Returns:
            The path written.

        Raises:
            DownloadError: the task has not succeeded; the body is not the promised media
                (JSON, HTML, a fragment: checked by signature, and MP4 boxes, before the
                rename, so an existing file is kept); or the URL and its fresh link both expired.
            APIConnectionError: the transfer failed or was shorter than ``Content-Length``
                (retried, 429 and 5xx too, honouring ``Retry-After``).
            APIError: download-url failed.

        """
        url, target = download_target(source, path)
        expected = expected_media(url, source.model if isinstance(source, TaskInfo) else None)
        try:
            saved = await self._stream_to(url, target, expected, on_progress, timeout)
        except Expired:
            logger.info("result URL expired, asking download-url for a fresh link")
            fresh = await self.get_download_url(url, timeout=timeout)
            try:
                saved = await self._stream_to(fresh, target, expected, on_progress, timeout)
            except Expired as exc:
                raise DownloadError(f"{url} has expired, and so has the fresh link download-url gave for it") from exc
        await self._note_download(source, saved)  # the journal keeps its path, size and SHA-256
        return saved

    async def _stream_to(
        self,
        url: str,
        target: Path,
        expected: str | None,
        on_progress: ByteProgressCallback | None,
        timeout: Timeout | None,
    ) -> Path:
        attempt = 0
        while True:
            try:
                return await self._stream_once(url, target, ContentCheck(url, expected), on_progress, timeout)
            except (httpx.RequestError, Incomplete) as exc:
                if attempt >= self.max_retries:
                    raise APIConnectionError(f"download of {url} failed: {exc}") from exc
                delay = exc.delay if isinstance(exc, Incomplete) and exc.delay is not None else 0.5 * 2**attempt
                await self._sleep_for(delay)
                attempt += 1

    async def _stream_once(
        self,
        url: str,
        target: Path,
        content: ContentCheck,
        on_progress: ByteProgressCallback | None,
        timeout: Timeout | None,
    ) -> Path:
        # No Authorization header: result URLs live on file hosts, not the API.
        async with self._http.stream(
            "GET", url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}, timeout=self._timeout(timeout)
        ) as response:
            check_download_status(response)
            total = int(response.headers["content-length"]) if "content-length" in response.headers else None
            handle, temp = await run_blocking(atomic_writer, target)
            done = 0
            batch = WriteBatch(slow=SLOW_WRITE)  # in the sync client, never too slow
            try:
                with handle:
                    async for chunk in response.aiter_bytes():
                        content.feed(chunk)
                        if batch.inline:
                            batch.write_now(handle, chunk)  # 64 KiB to the page cache: faster than a thread hop
                        else:
                            full = batch.add(chunk)
                            if full is not None:
                                await run_blocking(batch.write, handle, full)
                        done += len(chunk)
                        if on_progress is not None:
                            on_progress(done, total)
                    rest = batch.rest()
                    if rest:
                        await run_blocking(batch.write, handle, rest)
                if total is not None and done != total:
                    raise Incomplete(f"got {done} of {total} bytes")
                content.finish()
                await run_blocking(check_container, temp, content.mime, url)
                await run_blocking(os.replace, temp, target)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
        return target
