"""The ``kie`` command: generate videos, check tasks, list models, run the emulator.

::

    kie generate MODEL --prompt TEXT --image PATH_OR_URL [--end-image ...] [--duration S]
                 [--resolution R] [--option KEY=VALUE ...] [--example] [--callback-url URL]
                 [--provider P] [--base-url URL] [--output FILE] [--no-wait] [--timeout S] [--json]
    kie status TASK_ID [--wait] [--timeout S] [--output FILE] [--json] [--provider P] [--base-url URL]
    kie models [MODEL] [--json]
    kie upload PATH [--json] [--provider P] [--base-url URL]
    kie credits [--json] [--provider P] [--base-url URL]
    kie emulator [--host 127.0.0.1] [--port 8000]

Exit status: 0 success, 1 the task failed, 2 bad input (options, model input,
configuration), 3 an API or connection error, 4 the wait timed out (the task
may still finish: ``kie status TASK_ID --wait``), 130 interrupted, 70 an
internal error. Errors are one line on stderr (``error: ...``); once a task
exists its id is always printed. ``--json`` puts machine-readable output on
stdout (on an error, ``{"error": {"type", "message", "exit_code"}, "task_id"}``).
The API key comes from the environment (see ``kie.Client``) and is never printed.

Needs the ``cli`` extra (``pip install 'kie[cli]'``): typer and rich are
imported only when the command runs, so ``import kie.cli`` works without them.
"""

# No ``from __future__ import annotations`` here: typer reads the command
# signatures at runtime, and the commands are defined inside ``build_app`` so
# that typer is imported only when the command runs.

import contextlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlsplit

from ._client import Client
from ._generate import build_generate_input, end_image_field, start_image_field
from ._models import MODELS, ModelInfo
from ._providers import is_loopback_url
from ._types import TaskInfo, TaskState
from ._validation import build_create_body, get_model
from ._version import __version__
from .errors import (
    APIError,
    ConfigurationError,
    InputValidationError,
    KieError,
    TaskFailedError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    import typer

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BAD_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TASK_FAILED",
    "EXIT_TIMEOUT",
    "build_app",
    "main",
    "parse_option",
]

EXIT_OK = 0
EXIT_TASK_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_API_ERROR = 3
EXIT_TIMEOUT = 4
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

INSTALL_HINT = "error: the kie command needs typer and rich: pip install 'kie[cli]'"
_PLACEHOLDER_URL = "https://placeholder.invalid/kie-cli-check.png"  # stands in for a local image before upload


def _eprint(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- options and input ----------------------------------------------------------------------------


def parse_option(text: str) -> tuple[str, Any]:
    """Parse one ``--option KEY=VALUE``: the value is JSON when it parses (``true``, ``42``, ``"x"``), else text.

    Args:
        text: the ``KEY=VALUE`` string.

    Returns:
        ``(key, value)``.

    Raises:
        InputValidationError: no ``=`` or an empty key.

    """
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise InputValidationError(
            f"--option {text!r} must look like KEY=VALUE (e.g. seed=42, sound=true)",
            field="option",
            value=text,
            limit="KEY=VALUE",
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return key, value


def _is_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https")


def _seconds(value: Any) -> Any:
    """Whole seconds as an int when ``value`` spells one (``"10"`` -> ``10``); otherwise unchanged."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


class _GenerateRequest:
    """The ``generate`` vocabulary gathered from ``--example``, the flags and ``--option``."""

    def __init__(self, info: ModelInfo) -> None:
        self.info = info
        self.prompt: str | None = None
        self.image: str | None = None
        self.end_image: str | None = None
        self.duration: Any = None
        self.resolution: Any = None
        self.options: dict[str, Any] = {}

    def fill_from_example(self) -> None:
        """Take prompt, images, duration, resolution and options from the spec's request example."""
        example = self.info.example or {}
        values = example.get("input")
        if not isinstance(values, Mapping) or not values:
            raise InputValidationError(
                f"{self.info.id} has no request example in the spec; pass --prompt and --image",
                model=self.info.id,
                field="example",
                limit="a model with an example",
            )
        self.apply(dict(values))

    def apply(self, values: Mapping[str, Any]) -> None:
        """Set fields by vendor or vocabulary name (later calls override earlier ones)."""
        start = start_image_field(self.info)
        end = end_image_field(self.info)
        for key, value in values.items():
            if key == "prompt":
                self.prompt = value if isinstance(value, str) else json.dumps(value)
            elif key in (start.name, "image"):
                first = value[0] if isinstance(value, list) and value else value
                self.image = str(first) if first else None
            elif (end is not None and key == end.name) or key == "end_image":
                self.end_image = str(value) if value else None  # the hailuo pro example sends ""
            elif key == "duration":
                self.duration = _seconds(value)
            elif key == "resolution":
                self.resolution = value
            else:
                self.options[key] = value

    def check(self) -> None:
        """Fail early, before any upload, on a missing prompt or image or on input the model refuses."""
        if not self.prompt:
            raise InputValidationError(
                f"{self.info.id}: --prompt is required (or --example for the spec's example)",
                model=self.info.id,
                field="prompt",
                limit="required",
            )
        if not self.image:
            raise InputValidationError(
                f"{self.info.id}: --image is required (a path or an http(s) URL; or --example)",
                model=self.info.id,
                field="image",
                limit="required",
            )
        data = self.build(_PLACEHOLDER_URL if not _is_url(self.image) else self.image, self._stand_in(self.end_image))
        build_create_body(self.info.id, data, callback_url=None, extra_input=None)

    @staticmethod
    def _stand_in(value: str | None) -> str | None:
        return value if value is None or _is_url(value) else _PLACEHOLDER_URL

    def build(self, image_url: str, end_image_url: str | None) -> dict[str, Any]:
        """The vendor input for these (already uploaded) image URLs."""
        assert self.prompt is not None  # noqa: S101 - check() ran first
        return build_generate_input(
            self.info,
            prompt=self.prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=self.duration,
            resolution=self.resolution,
            options=self.options,
        )


# -- session: client settings, the task id, errors ------------------------------------------------


class _Session:
    """One command run: provider settings, output mode and the task id once known."""

    def __init__(self, *, json_output: bool = False, provider: str | None = None, base_url: str | None = None):
        self.json_output = json_output
        self.provider = provider
        self.base_url = base_url
        self.task_id: str | None = None
        self.created_here = False  # this command created the task (so the user may not know its id yet)
        self.output: Path | None = None

    def client(self) -> Client:
        """Build the ``kie.Client`` for ``--provider`` / ``--base-url`` (env vars as in ``kie.Client``)."""
        kwargs: dict[str, Any] = {}
        name = self.provider or os.environ.get("KIE_PROVIDER")
        base = self.base_url or os.environ.get("KIE_BASE_URL")
        if name == "emulator" and base:
            # An emulator served elsewhere (``kie emulator``) takes any key and serves uploads itself.
            kwargs["upload_base_url"] = os.environ.get("KIE_UPLOAD_BASE_URL") or base
            kwargs["api_key"] = os.environ.get("KIE_EMULATOR_API_KEY") or "emulator-key"
        return Client(provider=self.provider, base_url=self.base_url, **kwargs)

    def resume_command(self, task_id: str) -> str:
        """The command that resumes waiting for ``task_id`` with the same provider settings."""
        parts = ["kie", "status", task_id, "--wait"]
        if self.provider:
            parts += ["--provider", self.provider]
        if self.base_url:
            parts += ["--base-url", self.base_url]
        if self.output is not None:
            parts += ["--output", str(self.output)]
        return " ".join(parts)

    def report(self, exc: BaseException, code: int) -> None:
        """Print ``exc`` as one ``error:`` line on stderr (and as JSON on stdout under ``--json``)."""
        task_id = getattr(exc, "task_id", None) or self.task_id
        if isinstance(exc, WaitTimeoutError):
            state = exc.task_info.state_raw if exc.task_info is not None else "unknown"
            waited = exc.task_id or self.task_id or "?"
            message = (
                f"task {waited} still {state or 'unknown'} after {exc.timeout:g} s; "
                f"resume with: {self.resume_command(waited)}"
            )
        elif isinstance(exc, APIError):
            message = f"{type(exc).__name__} ({exc.code}): {exc.msg or 'no message'}"
        elif isinstance(exc, KieError | OSError):
            message = str(exc) or type(exc).__name__
        else:
            message = f"unexpected {type(exc).__name__}: {exc} (a bug in kie; KIE_LOG=debug shows the traceback)"
        if task_id and task_id not in message:
            if self.created_here:  # never lose a task this command created
                message += f" (task {task_id}; check it with: {self.resume_command(task_id)})"
            elif getattr(exc, "task_id", None):
                message += f" (task {task_id})"
        message = " ".join(message.splitlines())
        _eprint(f"error: {message}")
        if self.json_output:
            error = {"type": type(exc).__name__, "message": message, "exit_code": code}
            with contextlib.suppress(BrokenPipeError):
                print(json.dumps({"error": error, "task_id": task_id}, ensure_ascii=False), flush=True)


def exit_code_for(exc: BaseException) -> int:
    """The exit status for an exception (see the module docstring)."""
    if isinstance(exc, TaskFailedError):
        return EXIT_TASK_FAILED
    if isinstance(exc, WaitTimeoutError):
        return EXIT_TIMEOUT
    if isinstance(exc, InputValidationError | ConfigurationError | OSError):
        return EXIT_BAD_INPUT
    if isinstance(exc, KieError):  # APIError, APIConnectionError, SubmitUncertainError
        return EXIT_API_ERROR
    return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured output): nothing to protect
        pass


def _guarded(session: _Session, action: Callable[[], int | None]) -> int:
    """Run a command body; map exceptions to one error line and an exit status."""
    try:
        return action() or EXIT_OK
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (``kie models | head``): nothing left to say
        return EXIT_OK
    except KeyboardInterrupt:
        if session.task_id:
            _eprint(f"interrupted; task {session.task_id} keeps running: {session.resume_command(session.task_id)}")
        else:
            _eprint("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        code = exit_code_for(exc)
        if code == EXIT_INTERNAL and os.environ.get("KIE_LOG", "").lower() == "debug":
            traceback.print_exc()
        session.report(exc, code)
        return code


# -- commands -------------------------------------------------------------------------------------


def run_generate(
    session: _Session,
    *,
    model: str,
    prompt: str | None,
    image: str | None,
    end_image: str | None,
    duration: int | None,
    resolution: str | None,
    options: list[str],
    example: bool,
    callback_url: str | None,
    output: Path | None,
    no_wait: bool,
    timeout: float,
) -> int:
    """``kie generate``: upload, create, print the task id, wait, download.

    Returns:
        The exit status (errors raise and are mapped by the caller).

    """
    from ._cli_render import DownloadDisplay, WaitDisplay, eprint, print_json

    request = _GenerateRequest(get_model(model))
    if example:
        request.fill_from_example()
    explicit: dict[str, Any] = dict(parse_option(text) for text in options)
    for key, value in (
        ("prompt", prompt),
        ("image", image),
        ("end_image", end_image),
        ("duration", duration),
        ("resolution", resolution),
    ):
        if value is not None:
            explicit[key] = value
    request.apply(explicit)
    request.check()
    with session.client() as client:
        assert request.image is not None  # noqa: S101 - check() ran
        image_url = request.image if _is_url(request.image) else client.upload(request.image)
        end_url = request.end_image
        if end_url is not None and not _is_url(end_url):
            end_url = client.upload(end_url)
        data = request.build(image_url, end_url)
        task = client.create_task(model, data, callback_url=callback_url)
        started = time.monotonic()
        session.task_id = task.task_id
        session.created_here = True
        session.output = output if output is not None else Path(f"{task.task_id}.mp4")
        eprint(f"task {task.task_id} created ({model})")
        if no_wait:
            eprint(f"follow it with: {session.resume_command(task.task_id)}")
            if client.provider.name == "emulator" and not (session.base_url or os.environ.get("KIE_BASE_URL")):
                eprint("note: the in-process emulator stops with this command; serve one with `kie emulator`")
            if session.json_output:
                print_json({"task_id": task.task_id, "model": model, "input": data})
            else:
                print(task.task_id)
            return EXIT_OK
        with WaitDisplay(task.task_id, model, started=started) as display:
            info = client.wait(task.task_id, timeout=timeout, on_progress=display.update)
        with DownloadDisplay(info.task_id) as progress:
            path = client.download(info, session.output, on_progress=progress.update)
        size = path.stat().st_size
        eprint(f"saved {path} ({size:,} bytes)")
        if session.json_output:
            print_json(_generate_json(info, path, size, time.monotonic() - started))
        else:
            print(path)
    return EXIT_OK


def _generate_json(info: TaskInfo, path: Path, size: int, elapsed: float) -> dict[str, Any]:
    return {
        "task_id": info.task_id,
        "model": info.model,
        "state": info.state.value,
        "result_urls": list(info.result_urls),
        "output": str(path),
        "bytes": size,
        "cost_time": info.cost_time.total_seconds() if info.cost_time is not None else None,
        "elapsed": round(elapsed, 3),
        "credits_consumed": info.credits_consumed,
        "create_time": info.create_time.isoformat() if info.create_time is not None else None,
        "complete_time": info.complete_time.isoformat() if info.complete_time is not None else None,
        "input": dict(info.input),
    }


def run_status(session: _Session, *, task_id: str, wait: bool, timeout: float, output: Path | None) -> int:
    """``kie status``: show a task (optionally waiting for it and downloading its result).

    Returns:
        0, or 1 when the task failed (the record is printed either way).

    """
    from ._cli_render import DownloadDisplay, WaitDisplay, eprint, print_json, print_task, task_json

    session.task_id = task_id
    session.output = output
    with session.client() as client:
        try:
            if wait:
                with WaitDisplay(task_id, "") as display:
                    info = client.wait(task_id, timeout=timeout, on_progress=display.update)
            else:
                info = client.get_task(task_id)
        except TaskFailedError as exc:
            info = exc.task_info
        path: Path | None = None
        if output is not None and info.state is TaskState.SUCCESS:
            with DownloadDisplay(task_id) as progress:
                path = client.download(info, output, on_progress=progress.update)
            eprint(f"saved {path} ({path.stat().st_size:,} bytes)")
        elif output is not None and not info.is_done:
            eprint(f"task {task_id} is {info.state_raw or 'unknown'}: nothing to download yet")
    if session.json_output:
        print_json({**task_json(info), "output": str(path) if path is not None else None})
    else:
        print_task(info)
    if info.state is TaskState.FAIL:
        _eprint(f"error: {TaskFailedError(info)}")  # the record above already went to stdout
        return EXIT_TASK_FAILED
    return EXIT_OK


def run_models(session: _Session, model: str | None) -> int:
    """``kie models``: list the models, or every field of one."""
    from ._cli_render import model_json, print_json, print_model, print_models

    if model is None:
        if session.json_output:
            print_json({info.id: model_json(info) for info in MODELS.values()})
        else:
            print_models(MODELS)
        return EXIT_OK
    info = get_model(model)
    if session.json_output:
        print_json(model_json(info))
    else:
        print_model(info)
    return EXIT_OK


def run_upload(session: _Session, path: Path) -> int:
    """``kie upload``: upload a local image and print the URL a model accepts."""
    from ._cli_render import print_json

    with session.client() as client:
        url = client.upload(path)
    if session.json_output:
        print_json({"url": url, "path": str(path)})
    else:
        print(url)
    return EXIT_OK


def run_credits(session: _Session) -> int:
    """``kie credits``: print the account's remaining credits."""
    from ._cli_render import print_json

    with session.client() as client:
        credits = client.get_credits()
    if session.json_output:
        print_json({"credits": credits})
    else:
        print(f"{credits:g}")
    return EXIT_OK


def run_emulator(host: str, port: int) -> int:
    """``kie emulator``: serve the emulator until interrupted."""
    try:
        from .emulator import serve
    except ImportError as exc:
        raise ConfigurationError(f"the emulator needs its extra: pip install 'kie[emulator]' ({exc})") from None
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    if not is_loopback_url(url):
        _eprint(f"warning: serving on {host}, beyond this machine; the emulator accepts any API key")
    _eprint(f"kie emulator on {url} (Ctrl-C stops it); use it with:")
    _eprint(f"  kie generate MODEL --example --provider emulator --base-url {url}")
    _eprint(f"  export KIE_PROVIDER=emulator KIE_BASE_URL={url} KIE_UPLOAD_BASE_URL={url} KIE_EMULATOR_API_KEY=any")
    with contextlib.suppress(KeyboardInterrupt):
        serve(host, port)
    return EXIT_OK


# -- the typer app ----------------------------------------------------------------------------------


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
        session = _Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(
            _guarded(
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
        session = _Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(
            _guarded(session, lambda: run_status(session, task_id=task_id, wait=wait, timeout=timeout, output=output))
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
        session = _Session(json_output=json_output)
        finish(_guarded(session, lambda: run_models(session, model)))

    @app.command()
    def upload(
        path: Annotated[Path, typer.Argument(help="A jpeg, png or webp image (at most 10 MB).")],
        json_output: Annotated[bool, json_opt] = False,
        provider: Annotated[str | None, provider_opt] = None,
        base_url: Annotated[str | None, base_url_opt] = None,
    ) -> None:
        """Upload a local image and print the URL to pass as --image (kept 3 days)."""
        session = _Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(_guarded(session, lambda: run_upload(session, path)))

    @app.command()
    def credits(
        json_output: Annotated[bool, json_opt] = False,
        provider: Annotated[str | None, provider_opt] = None,
        base_url: Annotated[str | None, base_url_opt] = None,
    ) -> None:
        """Print the account's remaining credits."""
        session = _Session(json_output=json_output, provider=provider, base_url=base_url)
        finish(_guarded(session, lambda: run_credits(session)))

    @app.command()
    def emulator(
        host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)] = 8000,
    ) -> None:
        """Serve the local emulator of the kie.ai API (no credits, real MP4s)."""
        session = _Session()
        finish(_guarded(session, lambda: run_emulator(host, port)))

    return app


def _click_exceptions() -> Any:
    """The click exception module typer uses (typer >= 0.27 vendors click as ``typer._click``)."""
    import importlib

    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:
        return importlib.import_module("click.exceptions")


def main(argv: list[str] | None = None) -> int:
    """Run the ``kie`` command (the console script).

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 ok, 1 task failed, 2 bad input, 3 API or connection
        error, 4 wait timeout (also 2 with an install hint when typer or rich is missing).

    """
    try:
        import rich  # noqa: F401 - checked here, used by kie._cli_render
        import typer
    except ImportError:
        _eprint(INSTALL_HINT)
        return EXIT_BAD_INPUT
    errors = _click_exceptions()
    command = typer.main.get_command(build_app())
    try:
        result = command.main(args=argv, prog_name="kie", standalone_mode=False)
    except errors.ClickException as exc:
        no_args_help = getattr(errors, "NoArgsIsHelpError", None)
        if no_args_help is not None and isinstance(exc, no_args_help):
            text = str(exc.format_message())  # typer's rich help printed itself while building it
            if text.strip():
                print(text)
            return EXIT_OK
        message = " ".join(str(exc.format_message()).splitlines())
        hint = ""
        if isinstance(exc, errors.UsageError) and exc.ctx is not None:
            hint = f" (see: {exc.ctx.command_path} --help)"
        _eprint(f"error: {message}{hint}")
        return int(exc.exit_code)
    except typer.Abort:
        _eprint("interrupted")
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
