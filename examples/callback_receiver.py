"""Receive signed, duplicated task callbacks with ``kie.callbacks.CallbackReceiver``.

Shows the callback path end to end, all on loopback: a ``CallbackReceiver``
served by uvicorn in a background thread; an emulator that signs its callbacks
with an HMAC key (``X-Webhook-Signature``) and delivers each one twice, as
kie.ai may; and ``AsyncClient.generate(..., callback_url=..., receiver=...)``,
whose wait ends on the callback or a poll, whichever comes first. The receiver
verifies every signature, answers at once, ignores the duplicate, re-fetches the
authoritative record and calls the handler exactly once per task.

Run it (no arguments, no network beyond 127.0.0.1)::

    .venv/bin/python examples/callback_receiver.py
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
import time
from collections import Counter
from typing import Any

import uvicorn

import kie
from kie.callbacks import CallbackReceiver
from kie.emulator import Emulator, EmulatorConfig

DUPLICATES = 2
"""How many copies of each callback the emulator delivers."""

JOBS: list[dict[str, Any]] = [
    {"model": "wan/2-5-image-to-video", "prompt": "a cat surfs a wave", "duration": 5, "resolution": "720p"},
    {"model": "kling-2.6/image-to-video", "prompt": "a band rehearses", "duration": 5, "sound": True},
]
"""The tasks to run; their images are remote example URLs the emulator never fetches."""


class CountingApp:
    """An ASGI wrapper that counts the HTTP requests reaching the receiver (duplicates included)."""

    def __init__(self, app: CallbackReceiver) -> None:
        self.app = app
        self.arrived = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Count an HTTP request, then hand it to the receiver."""
        if scope["type"] == "http":
            self.arrived += 1
        await self.app(scope, receive, send)


class ReceiverServer:
    """Serve an ASGI app with uvicorn on a free 127.0.0.1 port, in a daemon thread with its own event loop.

    Args:
        app: the ASGI app.
        refetch_client: the receiver's ``AsyncClient``: it lives on the server's event
            loop, so it is closed there once the server stops.
    """

    def __init__(self, app: CountingApp, refetch_client: kie.AsyncClient) -> None:
        # Bind first (port 0: a free one), so the URL is known before uvicorn starts.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}/"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", http="h11", ws="none")
        self._server = uvicorn.Server(config)
        self._client = refetch_client
        self._thread = threading.Thread(target=self._run, name="kie-callback-receiver", daemon=True)

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        try:
            await self._server.serve(sockets=[self._socket])
        finally:
            await self._client.close()

    def __enter__(self) -> ReceiverServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the callback receiver did not start on {self.url}")
            time.sleep(0.005)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(5)
        self._socket.close()


async def run_tasks(emulator_url: str, receiver: CallbackReceiver, callback_url: str) -> list[kie.TaskInfo]:
    """Generate every job at once, each with ``callback_url`` and the receiver to wake its wait."""
    async with kie.AsyncClient(provider="emulator", base_url=emulator_url, poll_interval=0.1) as client:
        return list(
            await asyncio.gather(
                *(
                    client.generate(
                        **job,
                        image=f"https://example.com/frames/{i}.png",
                        callback_url=callback_url,
                        receiver=receiver,
                    )
                    for i, job in enumerate(JOBS)
                )
            )
        )


def main() -> int:
    """Run the tasks with signed, duplicated callbacks and report what the receiver did; 0 on success."""
    key = secrets.token_urlsafe(32)  # the account's webhook HMAC key, shared by the emulator and the receiver
    handled: Counter[str] = Counter()

    def handler(info: kie.TaskInfo) -> None:
        handled[info.task_id] += 1
        print(f"handler: {info!r}")

    config = EmulatorConfig(hmac_key=key, duplicate_callbacks=DUPLICATES)
    with Emulator(config) as emulator:
        # The receiver re-fetches each task with its own client, on the server thread's event loop.
        refetch = kie.AsyncClient(provider="emulator", base_url=emulator.url)
        receiver = CallbackReceiver(handler, key=key, client=refetch)
        counting = CountingApp(receiver)
        with ReceiverServer(counting, refetch) as server:
            print(f"emulator at {emulator.url}, callback receiver at {server.url}")
            infos = asyncio.run(run_tasks(emulator.url, receiver, server.url))
            # The wait may end on a poll before the callbacks land: give them a moment to arrive.
            deadline = time.monotonic() + 10
            while (counting.arrived < DUPLICATES * len(infos) or sum(handled.values()) < len(infos)) and (
                time.monotonic() < deadline
            ):
                time.sleep(0.02)
    for info in infos:
        print(f"task {info.task_id} ({info.model}): {info.state.value}, handled {handled[info.task_id]} time(s)")
    total = sum(handled.values())
    print(
        f"callbacks arrived: {counting.arrived}, handled: {total}, "
        f"duplicates ignored: {counting.arrived - total - receiver.rejected}"
    )
    print(f"signatures verified: rejected {receiver.rejected} (HMAC-SHA256 with the shared key)")
    ok = all(handled[info.task_id] == 1 for info in infos) and receiver.rejected == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
