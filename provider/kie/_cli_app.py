"""The typer application of the ``kie`` command: its options, arguments and help texts.

:func:`build_app` declares each command's signature and hands the work to the
matching ``run_*`` function of ``kie._cli_commands`` inside
:func:`~kie._cli_session.guarded`, which turns errors into an exit status.
"""

# No ``from __future__ import annotations`` here: typer reads the command
# signatures at runtime, and the commands are defined inside ``build_app`` so
# that typer is imported only when the command runs.

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from ._cli_commands import run_credits, run_emulator, run_generate, run_models, run_status, run_upload
from ._cli_session import Session, guarded
from ._models import MODELS
from ._version import __version__

if TYPE_CHECKING:
    import typer

__all__ = ["build_app"]


def build_app() -> "typer.Typer":
    """Build the typer application (imports typer; call only when the ``cli`` extra is installed).

    Returns:
        The ``kie`` app; ``main()`` runs it.

    """
    import typer

    app = typer.Typer(
        name="kie",
        help="Generate videos with kie.ai image-to-video models (or the local emulator).",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def finish(code: int) -> None:
        if code:
            raise typer.Exit(code)

    def complete_model(incomplete: str) -> list[str]:
        return [name for name in MODELS if name.startswith(incomplete)]

    def version_callback(value: bool) -> None:
        if value:
            print(f"kie {__version__}")
            raise typer.Exit(0)

    provider_opt = typer.Option(
        "--provider", help="kie | apikley | emulator (default: env KIE_PROVIDER, then kie).", show_default=False
    )
    base_url_opt = typer.Option(
        "--base-url", help="API host overriding the provider's (default: env KIE_BASE_URL).", show_default=False
    )
    json_opt = typer.Option("--json", help="Print machine-readable JSON on stdout.")

    @app.callback()
    def root(
        version: Annotated[
            bool,
            typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version and exit."),
        ] = False,
    ) -> None:
        """Generate videos with kie.ai image-to-video models (or the local emulator).

        The API key comes from the environment: KIE_API_KEY (provider kie),
        APIKLEY_API_KEY (apikley); the emulator takes any. Exit status: 0 ok,
        1 task failed, 2 bad input, 3 API or connection error, 4 wait timeout.
        """

    @app.command()
    def generate(
        model: Annotated[
            str, typer.Argument(help="Model id (see: kie models).", metavar="MODEL", autocompletion=complete_model)
        ],
        prompt: Annotated[str | None, typer.Option("--prompt", "-p", help="The text prompt.")] = None,
        image: Annotated[
            str | None, typer.Option("--image", "-i", help="First frame: a local image (uploaded) or an http(s) URL.")
        ] = None,
        end_image: Annotated[
            str | None, typer.Option("--end-image", help="Last frame, for models that take one (Hailuo).")
        ] = None,
        duration: Annotated[int | None, typer.Option("--duration", "-d", help="Seconds, e.g. 5.", min=1)] = None,
        resolution: Annotated[
            str | None, typer.Option("--resolution", "-r", help="E.g. 720p, 1080p, 768P (any case).")
        ] = None,
        option: Annotated[
            list[str] | None,
            typer.Option(
                "--option",
                "-O",
                metavar="KEY=VALUE",
                help="A model option by its vendor name; VALUE is JSON when it parses (true, 42), else text. "
                "Repeatable.",
            ),
        ] = None,
        example: Annotated[
            bool, typer.Option("--example", help="Start from the spec's request example (flags override it).")
        ] = False,
        callback_url: Annotated[
            str | None, typer.Option("--callback-url", help="URL the API POSTs the finished task to.")
        ] = None,
        provider: Annotated[str | None, provider_opt] = None,
        base_url: Annotated[str | None, base_url_opt] = None,
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help="Where to save the video.", show_default="TASK_ID.mp4"),
        ] = None,
        no_wait: Annotated[bool, typer.Option("--no-wait", help="Print the task id and exit.")] = False,
        timeout: Annotated[
            float, typer.Option("--timeout", help="Give up waiting after this many seconds.", min=0)
        ] = 900.0,
        json_output: Annotated[bool, json_opt] = False,
    ) -> None:
        """Create a video task, wait for it and download the result.

        The task id is printed on stderr as soon as the task exists; the saved
        path (or, with --json, the result) goes to stdout.
        """
        session = Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(
            guarded(
                session,
                lambda: run_generate(
                    session,
                    model=model,
                    prompt=prompt,
                    image=image,
                    end_image=end_image,
                    duration=duration,
                    resolution=resolution,
                    options=option or [],
                    example=example,
                    callback_url=callback_url,
                    output=output,
                    no_wait=no_wait,
                    timeout=timeout,
                ),
            )
        )

    @app.command()
    def status(
        task_id: Annotated[str, typer.Argument(help="The task id generate printed.")],
        wait: Annotated[bool, typer.Option("--wait", "-w", help="Wait until the task ends.")] = False,
        timeout: Annotated[
            float, typer.Option("--timeout", help="With --wait: give up after this many seconds.", min=0)
        ] = 900.0,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Download the result here once it succeeded.")
        ] = None,
        json_output: Annotated[bool, json_opt] = False,
        provider: Annotated[str | None, provider_opt] = None,
        base_url: Annotated[str | None, base_url_opt] = None,
    ) -> None:
        """Show a task's state and result (exit status 1 if it failed)."""
        session = Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(
            guarded(session, lambda: run_status(session, task_id=task_id, wait=wait, timeout=timeout, output=output))
        )

    @app.command()
    def models(
        model: Annotated[
            str | None,
            typer.Argument(
                help="Show every field of this model.",
                metavar="[MODEL]",
                autocompletion=complete_model,
                show_default=False,
            ),
        ] = None,
        json_output: Annotated[bool, json_opt] = False,
    ) -> None:
        """List the models and their fields, or describe one model's fields in full."""
        session = Session(json_output=json_output)
        finish(guarded(session, lambda: run_models(session, model)))

    @app.command()
    def upload(
        path: Annotated[Path, typer.Argument(help="A jpeg, png or webp image (at most 10 MB).")],
        json_output: Annotated[bool, json_opt] = False,
        provider: Annotated[str | None, provider_opt] = None,
        base_url: Annotated[str | None, base_url_opt] = None,
    ) -> None:
        """Upload a local image and print the URL to pass as --image (kept 3 days)."""
        session = Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(guarded(session, lambda: run_upload(session, path)))

    @app.command()
    def credits(
        json_output: Annotated[bool, json_opt] = False,
        provider: Annotated[str | None, provider_opt] = None,
        base_url: Annotated[str | None, base_url_opt] = None,
    ) -> None:
        """Print the account's remaining credits."""
        session = Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(guarded(session, lambda: run_credits(session)))

    @app.command()
    def emulator(
        host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)] = 8000,
    ) -> None:
        """Serve the local emulator of the kie.ai API (no credits, real MP4s)."""
        session = Session()
        finish(guarded(session, lambda: run_emulator(host, port)))

    return app
