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
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from kie.signing import sign
from kie.urls import is_loopback_host

if TYPE_CHECKING:
    from ._state import EmulatorState

__all__ = ["CallbackDispatcher"]

logger = logging.getLogger("kie.emulator")

_POLL_S = 0.01
"""How often (real seconds) the watcher thread checks whether watched tasks have ended."""


class CallbackDispatcher:
    """Watches tasks that have a loopback ``callBackUrl`` and delivers their callback once they end.

    Args:
        state: the emulator state that owns the tasks, config and clock.

    """

    def __init__(self, state: EmulatorState) -> None:
        self._state = state
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
                payload, gone = self._state.ended_callback_payload(task_id)
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
        config = self._state.config
        body = json.dumps(payload, ensure_ascii=False).encode()
        tries = max(1, config.callback_tries)
        # trust_env=False: a proxy from the environment must never see loopback callbacks.
        with httpx.Client(timeout=config.callback_timeout_s, trust_env=False) as client:
            for copy in range(max(1, config.duplicate_callbacks)):
                for attempt in range(1, tries + 1):
                    headers = {"Content-Type": "application/json", "User-Agent": "kie-emulator"}
                    if config.hmac_key:
                        timestamp = int(self._state.wall_clock())
                        headers["X-Webhook-Timestamp"] = str(timestamp)
                        headers["X-Webhook-Signature"] = sign(config.hmac_key, task_id, timestamp)
                    status: int | None = None
                    error: str | None = None
                    try:
                        status = client.post(url, content=body, headers=headers).status_code
                    except httpx.HTTPError as exc:
                        error = f"{type(exc).__name__}: {exc}"
                    ok = status is not None and 200 <= status < 300
                    self._state.log_callback(
                        {
                            "task_id": task_id,
                            "url": url,
                            "copy": copy + 1,
                            "attempt": attempt,
                            "status": status,
                            "error": error,
                            "signed": bool(config.hmac_key),
                            "ok": ok,
                        }
                    )
                    if ok:
                        break
                    logger.info(
                        "task %s: callback try %d/%d to %s failed (%s)",
                        task_id,
                        attempt,
                        tries,
                        url,
                        error or f"HTTP {status}",
                    )
                    if attempt < tries and self._stop.wait(config.callback_retry_delay_s):
                        return

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
            due = [t for t in watched if self._state.ended_callback_payload(t) != (None, False)]
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
        """Forget every watched task (deliveries already in flight finish)."""
        with self._lock:
            self._pending.clear()

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
