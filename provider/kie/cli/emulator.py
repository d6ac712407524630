"""``kie emulator``: serve the local emulator of the kie.ai API until interrupted."""

# No ``from __future__ import annotations``: typer reads the signature at run time.

import contextlib
from typing import Annotated

import typer

from kie.errors import ConfigurationError
from kie.urls import is_loopback_url

from ._params import run_command
from ._session import EXIT_OK, Session, eprint

__all__ = ["emulator", "run_emulator"]

Host = Annotated[str, typer.Option("--host", help="Interface to listen on.")]
Port = Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)]


def emulator(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Serve the local emulator of the kie.ai API (no credits, real MP4s).\f

    Args:
        host: ``--host``: the interface to listen on.
        port: ``--port``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    run_command(Session(), lambda: run_emulator(host, port))


def run_emulator(host: str, port: int) -> int:
    """Serve the emulator on ``host:port`` until Ctrl-C, after printing how to use it.

    Args:
        host: the interface (a name or an address; IPv6 without brackets).
        port: the TCP port.

    Returns:
        0 once interrupted.

    Raises:
        ConfigurationError: the ``emulator`` extra is not installed.

    """
    try:
        from kie.emulator import serve
    except ImportError as exc:
        raise ConfigurationError(f"the emulator needs its extra: pip install 'kie[emulator]' ({exc})") from None
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    if not is_loopback_url(url):
        eprint(f"warning: serving on {host}, beyond this machine; the emulator accepts any API key")
    eprint(f"kie emulator on {url} (Ctrl-C stops it); use it with:")
    eprint(f"  kie generate MODEL --example --provider emulator --base-url {url}")
    eprint(f"  export KIE_PROVIDER=emulator KIE_BASE_URL={url} KIE_UPLOAD_BASE_URL={url} KIE_EMULATOR_API_KEY=any")
    with contextlib.suppress(KeyboardInterrupt):
        serve(host, port)
    return EXIT_OK
