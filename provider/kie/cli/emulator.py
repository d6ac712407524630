"""``kie emulator``: serve the local emulator of the kie.ai API until interrupted.

The flags map onto ``kie.emulator.EmulatorConfig``: the task clock
(``--waiting-s``, ``--queuing-s``, ``--generating-s``, or ``--task-seconds``
for the whole run), one accepted ``--api-key``, the account ``--rate-limit`` and
its starting ``--credits``; each ``--spec PAGE`` adds a vendor page's model.
The banner is printed once the port is bound and answers, so a script that
reads it may connect at once.
"""

# No ``from __future__ import annotations``: typer reads the signature at run time.

import contextlib
from typing import TYPE_CHECKING, Annotated

import typer

from kie.errors import ConfigurationError
from kie.urls import is_loopback_url

from ._params import SpecOption, register_specs, run_command
from ._session import EXIT_OK, CommandError, Session, eprint

if TYPE_CHECKING:
    from kie.emulator import EmulatorConfig

__all__ = ["emulator", "emulator_config", "run_emulator"]

Host = Annotated[str, typer.Option("--host", help="Interface to listen on.")]
Port = Annotated[int, typer.Option("--port", help="Port to listen on (0: a free one, shown in the banner).", min=0,
                                   max=65535)]  # fmt: skip
WaitingS = Annotated[
    float | None, typer.Option("--waiting-s", help="Seconds a task stays waiting.", min=0, show_default="0.05")
]
QueuingS = Annotated[
    float | None, typer.Option("--queuing-s", help="Seconds a task then stays queuing.", min=0, show_default="0.05")
]
GeneratingS = Annotated[
    float | None,
    typer.Option("--generating-s", help="Seconds a task then stays generating.", min=0, show_default="0.2"),
]
TaskSeconds = Annotated[
    float | None,
    typer.Option(
        "--task-seconds",
        help="A task's whole run, split 1:1:4 over waiting, queuing, generating (instead of the three above).",
        min=0,
        show_default=False,
    ),
]
ApiKey = Annotated[
    str | None,
    typer.Option(
        "--api-key", help="Accept only this API key; others get 401 like the real API (default: any key).",
        show_default=False,
    ),
]  # fmt: skip
Credits = Annotated[
    float | None,
    typer.Option("--credits", help="The account's starting balance (10 credits per task).", min=0,
                 show_default="1000"),
]  # fmt: skip
RateLimit = Annotated[
    str | None,
    typer.Option(
        "--rate-limit",
        metavar="COUNT/SECONDS",
        help="Answer 429 to createTask beyond COUNT per SECONDS, like the real account limit (kie.ai: 20/10).",
        show_default=False,
    ),
]


def emulator(
    host: Host = "127.0.0.1",
    port: Port = 8000,
    waiting_s: WaitingS = None,
    queuing_s: QueuingS = None,
    generating_s: GeneratingS = None,
    task_seconds: TaskSeconds = None,
    api_key: ApiKey = None,
    rate_limit: RateLimit = None,
    credits: Credits = None,
    spec: SpecOption = None,
) -> None:
    """Serve the local emulator of the kie.ai API (no credits; real MP4s, images and audio).\f

    Args:
        host: ``--host``: the interface to listen on.
        port: ``--port`` (0: a free one).
        waiting_s: ``--waiting-s``.
        queuing_s: ``--queuing-s``.
        generating_s: ``--generating-s``.
        task_seconds: ``--task-seconds``: the whole run of a task.
        api_key: ``--api-key``: the one accepted key.
        rate_limit: ``--rate-limit COUNT/SECONDS``.
        credits: ``--credits``: the starting balance.
        spec: each ``--spec PAGE``: a vendor model page the emulator serves too.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    clock = {"waiting_s": waiting_s, "queuing_s": queuing_s, "generating_s": generating_s}

    def action() -> int:
        register_specs(spec)  # in this process: the emulator serves kie.MODELS of the process it runs in
        config = emulator_config(clock, task_seconds=task_seconds, api_key=api_key, rate_limit=rate_limit)
        if credits is not None:
            config.credits = credits
        return run_emulator(host, port, config)

    run_command(Session(), action)


def emulator_config(
    clock: dict[str, float | None], *, task_seconds: float | None, api_key: str | None, rate_limit: str | None
) -> "EmulatorConfig":
    """The ``EmulatorConfig`` the flags ask for.

    Args:
        clock: ``waiting_s``, ``queuing_s``, ``generating_s`` (``None``: the default).
        task_seconds: the whole run of a task, or ``None``.
        api_key: the one accepted key, or ``None`` (any key).
        rate_limit: ``"COUNT/SECONDS"``, or ``None`` (no limit).

    Returns:
        The ``kie.emulator.EmulatorConfig``.

    Raises:
        CommandError: ``--task-seconds`` with a phase flag, an empty ``--api-key``, or a malformed ``--rate-limit``.
        ConfigurationError: the ``emulator`` extra is not installed.

    """
    try:
        from kie.emulator import EmulatorConfig
    except ImportError as exc:
        raise ConfigurationError(f"the emulator needs its extra: pip install 'kie[emulator]' ({exc})") from None
    phases = {name: seconds for name, seconds in clock.items() if seconds is not None}
    if task_seconds is not None and phases:
        flags = ", ".join("--" + name.replace("_", "-") for name in phases)
        raise CommandError(f"--task-seconds sets the whole run: give it or {flags}, not both")
    if api_key is not None and not api_key.strip():
        raise CommandError("--api-key is empty; leave it out to accept any key")
    try:
        config = EmulatorConfig(api_key=api_key, rate_limit=rate_limit)
    except ValueError:
        raise CommandError(
            f"--rate-limit {rate_limit}: give COUNT/SECONDS, e.g. 20/10 (20 createTask per 10 seconds)"
        ) from None
    if task_seconds is not None:
        return config.with_task_seconds(task_seconds)
    for name, seconds in phases.items():
        setattr(config, name, seconds)
    return config


def _banner(url: str, config: "EmulatorConfig") -> None:
    """How to use the emulator at ``url`` (printed once it answers there)."""
    if not is_loopback_url(url) and config.api_key is None:
        eprint(f"warning: serving on {url}, beyond this machine; the emulator accepts any API key (see --api-key)")
    eprint(f"kie emulator on {url} (Ctrl-C stops it); use it with:")
    eprint(f"  kie generate MODEL --example --provider emulator --base-url {url}")
    key = "<the --api-key>" if config.api_key is not None else "any"
    eprint(f"  export KIE_PROVIDER=emulator KIE_BASE_URL={url} KIE_UPLOAD_BASE_URL={url} KIE_EMULATOR_API_KEY={key}")


def run_emulator(host: str, port: int, config: "EmulatorConfig | None" = None) -> int:
    """Serve the emulator on ``host:port`` until Ctrl-C; print how to use it once it answers.

    Args:
        host: the interface (a name or an address; IPv6 without brackets).
        port: the TCP port (0: a free one, named in the banner).
        config: the ``kie.emulator.EmulatorConfig`` (default: the library's defaults).

    Returns:
        0 once interrupted.

    Raises:
        ConfigurationError: the ``emulator`` extra is not installed.
        CommandError: the address cannot be listened on (in use, not this machine's).

    """
    try:
        from kie.emulator import EmulatorConfig, serve
    except ImportError as exc:
        raise ConfigurationError(f"the emulator needs its extra: pip install 'kie[emulator]' ({exc})") from None
    config = config if config is not None else EmulatorConfig()
    with contextlib.suppress(KeyboardInterrupt):
        try:
            serve(host, port, config, on_ready=lambda url: _banner(url, config))
        except OSError as exc:
            raise CommandError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None
    return EXIT_OK
