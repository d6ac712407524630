"""Running the emulator: in a background thread (``Emulator``), in the foreground (``serve``), or shared.

The app is served by uvicorn on loopback. ``Emulator`` binds its own socket
first (port 0 picks a free one), so ``url`` is known before it starts, and
``start()`` returns only once uvicorn accepts connections.
"""

from __future__ import annotations

import atexit
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

import kie

from ._app import create_app
from ._records import EmulatorConfig
from ._state import EmulatorState

__all__ = ["Emulator", "ServerThread", "register_specs", "serve", "shared_emulator", "shared_emulator_url"]

logger = logging.getLogger("kie.emulator")


def register_specs(pages: Iterable[str | os.PathLike[str]]) -> None:
    """Register each vendor page with ``kie.register_model_spec`` (in this process, the one the emulator serves).

    Raises:
        kie.ConfigurationError: a page cannot be read or used (its message names it).

    """
    for page in pages:
        kie.register_model_spec(page)


def _uvicorn_config(app: ASGIApp, host: str, port: int, log_level: str) -> uvicorn.Config:
    # h11: the "drop" fault relies on h11 refusing a header before writing a byte (see _middleware._DropResponse).
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        http="h11",
        ws="none",
        loop="asyncio",
    )


def _bind(host: str, port: int) -> socket.socket:
    """Bind a TCP socket (port 0 picks a free one); uvicorn listens on it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP: asyncio only sets TCP_NODELAY on such sockets (else ~40 ms delayed-ACK stalls).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _ReadyServer(uvicorn.Server):
    """A uvicorn server that calls ``on_ready`` once it accepts connections."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None] | None) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Start serving, then call ``on_ready`` (not when startup failed)."""
        await super().startup(sockets)
        if self.started and self._on_ready is not None:
            self._on_ready()


class ServerThread:
    """Any ASGI app served by uvicorn in a daemon thread on loopback (the emulator, a callback receiver).

    Args:
        app: the ASGI app.
        host: the address to bind; keep it loopback.
        port: the port; 0 picks a free one (``url`` is known once started).
        name: the thread's name.

    Example:
        >>> with ServerThread(receiver.app) as server:
        ...     client.generate(..., callback_url=server.url, receiver=receiver)

    """

    def __init__(self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0, name: str = "kie-server") -> None:
        self.app = app
        self._host = host
        self._port = port
        self._name = name
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:PORT`` (valid once started)."""
        return _url(self._host, self._port)

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        """Bind, start uvicorn in a daemon thread and block until it serves.

        Args:
            timeout: the longest wait for uvicorn to start, seconds.

        Raises:
            RuntimeError: it was already started, or uvicorn did not start in time.
            OSError: the address could not be bound.

        """
        if self._thread is not None:
            raise RuntimeError(f"{self._name} was already started")
        sock = _bind(self._host, self._port)
        self._port = sock.getsockname()[1]
        self._socket = sock
        server = uvicorn.Server(_uvicorn_config(self.app, self._host, self._port, "warning"))
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"{self._name}-{self._port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self._name} did not start on {self.url}")
            time.sleep(0.005)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and close the socket; safe to call twice.

        Args:
            timeout: the longest wait for the server thread, seconds.

        """
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        if sock is not None:
            sock.close()

    def __enter__(self) -> ServerThread:
        if self._thread is None:
            self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class Emulator:
    """A kie.ai emulator served by uvicorn in a daemon thread on loopback.

    Args:
        config: the behaviour (``EmulatorConfig()`` by default).
        host: the address to bind; keep it loopback.
        port: the port; 0 picks a free one.
        state: an existing state to serve (a new one by default).
        specs: vendor model pages (paths, or a page's text) to register first with
            ``kie.register_model_spec``, so the emulator accepts those models too
            (``kie.MODELS`` is the process's: the models stay registered after it stops).

    Attributes:
        state: the ``EmulatorState``: tasks, files, faults, clock (``state.clock = fake``).
        app: the Starlette app.
        inject: queue a fault: ``state.faults.inject`` itself (see
            ``FaultQueue.inject`` for the kinds and options); returns the queued ``Fault``.

    Example:
        >>> with Emulator() as emu:
        ...     httpx.get(f"{emu.url}/api/v1/chat/credit", headers={"Authorization": "Bearer x"}).json()["data"]
        1000.0

    """

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        state: EmulatorState | None = None,
        specs: Iterable[str | os.PathLike[str]] = (),
    ) -> None:
        register_specs(specs)
        self.state = state if state is not None else EmulatorState(config)
        if config is not None:
            self.state.config = config
        self.app = create_app(state=self.state)
        self.inject = self.state.faults.inject
        self._server = ServerThread(self.app, host=host, port=port, name="kie-emulator")

    @property
    def config(self) -> EmulatorConfig:
        """The ``EmulatorConfig`` in force (``state.config``; assign to change it for new tasks)."""
        return self.state.config

    @config.setter
    def config(self, value: EmulatorConfig) -> None:
        self.state.config = value

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:PORT`` (valid once started)."""
        return self._server.url

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._server.running

    def start(self, timeout: float = 10.0) -> Emulator:
        """Bind, start uvicorn in a daemon thread and block until it serves.

        Args:
            timeout: the longest wait for uvicorn to start, seconds.

        Returns:
            ``self``.

        Raises:
            RuntimeError: it was already started, or uvicorn did not start in time.
            OSError: the address could not be bound.

        """
        self._server.start(timeout)
        logger.info("kie emulator serving on %s", self.url)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, close the socket and the state's worker threads; safe to call twice.

        Args:
            timeout: the longest wait for the server thread, seconds.

        """
        self._server.stop(timeout)
        self.state.close()

    def __enter__(self) -> Emulator:
        return self if self.running else self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Emulator({self.url!r}, running={self.running})"


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    config: EmulatorConfig | None = None,
    *,
    on_ready: Callable[[str], None] | None = None,
    specs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Serve an emulator in the foreground until interrupted (``kie emulator``).

    The task clock, the API key and the rate limit are ``EmulatorConfig`` fields
    (``with_task_seconds``, ``api_key``, ``rate_limit``).

    Args:
        host: the address to bind (loopback by default; without ``config.api_key``
            any key is accepted).
        port: the port; 0 picks a free one (``on_ready`` learns which).
        config: the behaviour (``EmulatorConfig()`` by default).
        on_ready: called with the base URL (``http://127.0.0.1:PORT``) once the
            port is bound and uvicorn accepts connections, e.g. to print a banner.
        specs: vendor model pages to register first (``kie emulator --spec PAGE``; see ``Emulator``).

    Raises:
        OSError: the address could not be bound.
        kie.ConfigurationError: a page in ``specs`` cannot be read or used.

    """
    register_specs(specs)
    state = EmulatorState(config)
    sock = _bind(host, port)
    url = _url(host, sock.getsockname()[1])
    ready = (lambda: on_ready(url)) if on_ready is not None else None
    try:
        _ReadyServer(_uvicorn_config(create_app(state=state), host, port, "info"), ready).run(sockets=[sock])
    finally:
        sock.close()
        state.close()


_shared: Emulator | None = None
_shared_lock = threading.Lock()


def _stop_shared() -> None:
    global _shared
    with _shared_lock:
        emulator, _shared = _shared, None
    if emulator is not None:
        emulator.stop()


def shared_emulator() -> Emulator:
    """Return the process-wide emulator, starting it on first use (``provider="emulator"``).

    Thread-safe; nothing starts at import. It runs with the default
    ``EmulatorConfig`` on a free loopback port and stops at interpreter exit.

    Returns:
        The running shared ``Emulator``.

    """
    global _shared
    with _shared_lock:
        if _shared is None or not _shared.running:
            emulator = Emulator().start()
            if _shared is None:
                atexit.register(_stop_shared)
            _shared = emulator
        return _shared


def shared_emulator_url() -> str:
    """Start (or reuse) the process-wide emulator and return its base URL.

    The ``launcher`` of ``kie.PROVIDERS["emulator"]``: a client built with
    ``provider="emulator"`` and no ``base_url`` calls it.

    Returns:
        The shared emulator's base URL, e.g. ``"http://127.0.0.1:54321"``.

    """
    return shared_emulator().url
