"""Callback delivery for the emulator: POST each ended task's record to its ``callBackUrl``.

What kie.ai does (``API-FACTS.md``, "Callbacks"): once a task ends (success or
fail, never for intermediate states) it POSTs the recordInfo response shape
plus ``consumeCredits`` / ``remainedCredits``; a failed task arrives with a
top-level ``code`` of 501. Delivery is retried (about 3 tries) and may be
duplicated. With a webhook HMAC key it adds ``X-Webhook-Timestamp`` (Unix
seconds) and ``X-Webhook-Signature = base64(HMAC-SHA256(key, taskId + "." +
timestamp))``.

The emulator only ever delivers to loopback hosts (``127.0.0.1``, ``localhost``,
``::1``): anything else is logged and skipped, so tests never reach the network.
A background thread watches tasks with a pending callback (the emulator's clock
may be a fake one, so ends are detected by polling it) and a small thread pool
delivers, off the request path.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from kie.signing import sign
from kie.urls import is_loopback_host

from ._records import Runtime

__all__ = ["CallbackDispatcher", "PayloadOf"]

logger = logging.getLogger("kie.emulator")

_POLL_S = 0.01
"""How often (real seconds) the watcher thread checks whether watched tasks have ended."""

PayloadOf = Callable[[str], tuple[dict[str, Any] | None, bool]]
"""Task id -> ``(callback body or None while the task runs, task gone)``; ``TaskStore.callback_payload``."""


class CallbackDispatcher:
    """Watches tasks that have a loopback ``callBackUrl`` and delivers their callback once they end.

    Args:
        runtime: the config (callback retries, HMAC key, duplicates) and wall clock, read at delivery.
        payload_of: tells whether a task has ended and gives its callback body.

    Attributes:
        log: one dict per delivery attempt (``task_id``, ``url``, ``copy``,
            ``attempt``, ``status``, ``error``, ``signed``, ``ok``), oldest first.

    """

    def __init__(self, runtime: Runtime, payload_of: PayloadOf) -> None:
        self._runtime = runtime
        self._payload_of = payload_of
        self.log: list[dict[str, Any]] = []
        self._lock = threading.RLock()  # re-entrant: a future may complete inside add_done_callback
        self._pending: dict[str, str] = {}
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._inflight: set[concurrent.futures.Future[None]] = set()

    def watch(self, task_id: str, url: str) -> bool:
        """Deliver a callback for ``task_id`` to ``url`` once the task ends.

        Args:
            task_id: the created task.
            url: its ``callBackUrl``.

        Returns:
            True when the callback will be delivered; False (and a log line) when
            the URL is not loopback, since the emulator never reaches the network.

        """
        host = urlsplit(url).hostname
        if not is_loopback_host(host):
            logger.warning(
                "task %s: callback to non-loopback host %r skipped (the emulator stays on loopback)", task_id, host
            )
            return False
        with self._lock:
            if self._stop.is_set():
                return False
            self._pending[task_id] = url
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kie-emulator-callbacks", daemon=True)
                self._thread.start()
        return True

    def _run(self) -> None:
        while not self._stop.wait(_POLL_S):
            with self._lock:
                items = list(self._pending.items())
            for task_id, url in items:
                payload, gone = self._payload_of(task_id)
                if payload is None and not gone:
                    continue
                with self._lock:
                    self._pending.pop(task_id, None)
                    if payload is not None and not self._stop.is_set():
                        self._submit(task_id, url, payload)
            with self._lock:
                if not self._pending:
                    self._thread = None
                    return

    def _submit(self, task_id: str, url: str, payload: dict[str, Any]) -> None:
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="kie-emulator-cb")
        future = self._pool.submit(self._deliver, task_id, url, payload)
        self._inflight.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: concurrent.futures.Future[None]) -> None:
        with self._lock:
            self._inflight.discard(future)

    def _deliver(self, task_id: str, url: str, payload: dict[str, Any]) -> None:
        config = self._runtime.config
        body = json.dumps(payload, ensure_ascii=False).encode()
        # trust_env=False: a proxy from the environment must never see loopback callbacks.
        with httpx.Client(timeout=config.callback_timeout_s, trust_env=False) as client:
            for copy in range(1, max(1, config.duplicate_callbacks) + 1):
                if not self._deliver_once(client, task_id, url, body, copy):
                    return

    def _deliver_once(self, client: httpx.Client, task_id: str, url: str, body: bytes, copy: int) -> bool:
        """Try one copy up to ``callback_tries`` times; False when the dispatcher stopped meanwhile."""
        config = self._runtime.config
        tries = max(1, config.callback_tries)
        for attempt in range(1, tries + 1):
            status, error = self._post(client, task_id, url, body)
            ok = status is not None and 200 <= status < 300
            entry = {
                "task_id": task_id,
                "url": url,
                "copy": copy,
                "attempt": attempt,
                "status": status,
                "error": error,
                "signed": bool(config.hmac_key),
                "ok": ok,
            }
            with self._lock:
                self.log.append(entry)
            if ok:
                return True
            logger.info(
                "task %s: callback try %d/%d to %s failed (%s)", task_id, attempt, tries, url, error or f"HTTP {status}"
            )
            if attempt < tries and self._stop.wait(config.callback_retry_delay_s):
                return False
        return True

    def _post(self, client: httpx.Client, task_id: str, url: str, body: bytes) -> tuple[int | None, str | None]:
        """POST one attempt, signed when ``hmac_key`` is set; returns ``(HTTP status, None)`` or ``(None, error)``."""
        headers = {"Content-Type": "application/json", "User-Agent": "kie-emulator"}
        key = self._runtime.config.hmac_key
        if key:
            timestamp = int(self._runtime.wall_clock())
            headers["X-Webhook-Timestamp"] = str(timestamp)
            headers["X-Webhook-Signature"] = sign(key, task_id, timestamp)
        try:
            return client.post(url, content=body, headers=headers).status_code, None
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"

    def wait_deliveries(self, timeout: float) -> bool:
        """Block until no delivery is in flight and no ended task still waits for its delivery to start.

        Args:
            timeout: the longest wait, in real seconds.

        Returns:
            True when idle before the deadline (tasks still running do not count).

        """
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                inflight = set(self._inflight)
                watched = list(self._pending)
            # An ended task the watcher has not picked up yet is a delivery about to start.
            due = [t for t in watched if self._payload_of(t) != (None, False)]
            if not inflight and not due:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if inflight:
                concurrent.futures.wait(inflight, timeout=min(remaining, _POLL_S * 5))
            else:
                time.sleep(min(remaining, _POLL_S))

    def pending(self) -> int:
        """Return how many watched tasks have not ended yet."""
        with self._lock:
            return len(self._pending)

    def clear(self) -> None:
        """Forget every watched task and the delivery log (deliveries already in flight finish)."""
        with self._lock:
            self._pending.clear()
            self.log.clear()

    def close(self) -> None:
        """Stop watching and cancel queued deliveries; the threads end within a poll interval."""
        with self._lock:
            self._stop.set()
            self._pending.clear()
            thread, self._thread = self._thread, None
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=1.0)
