"""``kie generate``: create a task (video, image or audio), print its id, wait for it and download the result.

The vocabulary comes from ``--example``, ``--option`` and the flags
(:func:`gather`); ``kie.Client.submit`` checks all of it before a single byte is
uploaded, then uploads local images and creates the task; the command prints the
task id, then ``Client.wait`` and ``Client.download`` finish the job.
"""

# No ``from __future__ import annotations``: typer reads the signature at run time.

import os
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from kie import Client, Task, TaskInfo
from kie.errors import InputValidationError, KieError
from kie.journal import Journal
from kie.spec import get_model, sent_as_url
from kie.urls import is_http_url

from ._input import GenerateRequest, parse_option
from ._journal import JournalOption, NoJournalOption, optional_journal
from ._json import print_json, task_json
from ._params import BaseUrlOption, JsonOption, ProviderOption, SpecOption, complete_model, register_specs, run_command
from ._paths import check_image, check_output
from ._render import DownloadDisplay, WaitDisplay
from ._session import EXIT_OK, Session, eprint

__all__ = ["gather", "generate", "run_generate"]

Model = Annotated[
    str, typer.Argument(help="Model id (see: kie models).", metavar="MODEL", autocompletion=complete_model)
]
Prompt = Annotated[str | None, typer.Option("--prompt", "-p", help="The text prompt.")]
Image = Annotated[
    str | None, typer.Option("--image", "-i", help="First frame: a local image (uploaded) or an http(s) URL.")
]
EndImage = Annotated[str | None, typer.Option("--end-image", help="Last frame, for models that take one (Hailuo).")]
Images = Annotated[
    list[str] | None, typer.Option("--images", help="A (reference) image, local or a URL; repeat for several.")
]
Video = Annotated[str | None, typer.Option("--video", help="Input video: a local MP4 (uploaded) or an http(s) URL.")]
Audio = Annotated[
    str | None, typer.Option("--audio", help="Input audio: a local MP3/WAV (uploaded) or an http(s) URL.")
]
Duration = Annotated[int | None, typer.Option("--duration", "-d", help="Seconds, e.g. 5.", min=1)]
Resolution = Annotated[str | None, typer.Option("--resolution", "-r", help="E.g. 720p, 1080p, 768P (any case).")]
AspectRatio = Annotated[str | None, typer.Option("--aspect-ratio", help="E.g. 16:9, 9:16, 1:1.")]
Options = Annotated[
    list[str] | None,
    typer.Option(
        "--option",
        "-O",
        metavar="KEY=VALUE",
        help="A model option by its vendor name; VALUE is JSON when it parses (true, 42), else text. Repeatable.",
    ),
]
Example = Annotated[bool, typer.Option("--example", help="Start from the spec's request example (flags override it).")]
CallbackUrl = Annotated[str | None, typer.Option("--callback-url", help="URL the API POSTs the finished task to.")]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Where to save the result: a file, or a folder for TASK_ID plus the result's extension.",
        show_default="TASK_ID.mp4, .png, .jpg, .mp3... here",
    ),
]
NoWait = Annotated[bool, typer.Option("--no-wait", help="Print the task id and exit.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Give up waiting after this many seconds.", min=0)]


def generate(
    model: Model,
    prompt: Prompt = None,
    image: Image = None,
    end_image: EndImage = None,
    images: Images = None,
    video: Video = None,
    audio: Audio = None,
    duration: Duration = None,
    resolution: Resolution = None,
    aspect_ratio: AspectRatio = None,
    option: Options = None,
    example: Example = False,
    callback_url: CallbackUrl = None,
    provider: ProviderOption = None,
    base_url: BaseUrlOption = None,
    output: Output = None,
    no_wait: NoWait = False,
    timeout: Timeout = 900.0,
    json_output: JsonOption = False,
    spec: SpecOption = None,
    journal: JournalOption = None,
    no_journal: NoJournalOption = False,
) -> None:
    """Create a task (video, image or audio), wait for it and download the result.

    The task id is printed on stderr as soon as the task exists; the saved
    path (or, with --json, the result) goes to stdout.\f

    Args:
        model: the model id.
        prompt: ``--prompt``.
        image: ``--image``: a local path or an http(s) URL.
        end_image: ``--end-image``, likewise.
        images: each ``--images``, likewise.
        video: ``--video``, likewise.
        audio: ``--audio``, likewise.
        duration: ``--duration``, seconds.
        resolution: ``--resolution``.
        aspect_ratio: ``--aspect-ratio``.
        option: each ``--option KEY=VALUE``.
        example: ``--example``: start from the spec's request example.
        callback_url: ``--callback-url``.
        provider: ``--provider``.
        base_url: ``--base-url``.
        output: ``--output``: a file or a folder (default: the current folder, see ``run_generate``).
        no_wait: ``--no-wait``: print the task id and exit.
        timeout: ``--timeout``, seconds of waiting.
        json_output: ``--json``.
        spec: each ``--spec PAGE``: a vendor model page to add first (``kie.register_model_spec``).
        journal: ``--journal``: default env ``KIE_JOURNAL``, then the user data folder's (``kie.cli._journal``).
        no_journal: ``--no-journal``: keep none.

    """  # noqa: D301 - the form feed (\f) ends the --help text (click's convention)
    given = dict(locals())  # every flag, by parameter name
    session = Session(json_output=json_output, provider=provider, base_url=base_url)
    run_command(session, lambda: _generate(session, given))


_ROLES = ("prompt", "image", "end_image", "images", "video", "audio", "duration", "resolution", "aspect_ratio")
"""The flags of ``Client.generate``'s vocabulary (``kie.ModelInfo.roles``), by parameter name."""


def _generate(session: Session, given: dict[str, Any]) -> int:
    """The command's body: register ``--spec`` pages, gather the vocabulary, then ``run_generate``."""
    register_specs(given["spec"])
    flags = {role: given[role] for role in _ROLES}
    request = gather(given["model"], example=given["example"], options=given["option"] or [], flags=flags)
    with optional_journal(given["journal"], given["no_journal"]) as kept:
        return run_generate(
            session,
            request,
            kept,
            callback_url=given["callback_url"],
            output=given["output"],
            no_wait=given["no_wait"],
            timeout=given["timeout"],
        )


def gather(model: str, *, example: bool, options: list[str], flags: dict[str, Any]) -> GenerateRequest:
    """Gather the ``generate`` vocabulary: the spec's example, then ``--option``, then the flags.

    Args:
        model: the model id.
        example: start from the spec's request example.
        options: the ``--option KEY=VALUE`` texts, in order.
        flags: the flags by vocabulary name (``prompt``, ``image`` ...); ``None`` means not given.

    Returns:
        The gathered request (not yet checked against the model).

    Raises:
        InputValidationError: an unknown model, a model without an example, or a malformed ``--option``.

    """
    request = GenerateRequest(get_model(model))
    if example:
        request.fill_from_example()
    values: dict[str, Any] = dict(parse_option(text) for text in options)
    values |= {key: value for key, value in flags.items() if value is not None and value != []}
    request.apply(values)
    return request


def run_generate(
    session: Session,
    request: GenerateRequest,
    journal: Journal | None = None,
    *,
    callback_url: str | None,
    output: Path | None,
    no_wait: bool,
    timeout: float,
) -> int:
    """Submit (check, upload, create), print the task id, then (unless ``no_wait``) wait and download.

    Args:
        session: the command run (it learns the task id as soon as the task exists).
        request: the gathered vocabulary.
        journal: the journal to keep each step in, or ``None`` for none (env ``KIE_JOURNAL`` is not read).
        callback_url: the ``callBackUrl``, or ``None``.
        output: where to save the result: a file, or a folder where it is named ``TASK_ID``
            plus ``Client.download``'s extension (``kie.media.result_extension``: the result
            URL's, else the model category's ``.mp4``, ``.png`` or ``.mp3``); default the
            current folder.
        no_wait: print the task id and return once the task exists.
        timeout: seconds to wait for the task.

    Returns:
        0; errors raise (``kie.cli._session.guarded`` maps them to an exit status).

    Raises:
        InputValidationError: no prompt or image, a local image that cannot be one,
            or input the model refuses (``Client.submit`` checks it all before
            anything is uploaded or sent).
        CommandError: ``output`` cannot be written (checked before the task is created).

    """
    arguments = request.submit_arguments()
    _check_local(request, callback_url)
    if not no_wait:
        check_output(output if output is not None else Path.cwd())
    with session.client(journal="off" if journal is None else journal) as client:  # KIE_JOURNAL was read
        task = client.submit(request.info.id, callback_url=callback_url, **arguments)
        started = time.monotonic()
        _created(session, task, output)
        if no_wait:
            _print_no_wait(session, client, task)
            return EXIT_OK
        with WaitDisplay(task.task_id, task.model, started=started) as display:
            info = client.wait(task.task_id, timeout=timeout, on_progress=display.update)
        _save(session, client, info, started)
    return EXIT_OK


def _check_local(request: GenerateRequest, callback_url: str | None) -> None:
    """What the command can refuse by itself, in its flags' words: local files, the callback URL.

    A value ``generate`` sends as a URL (``kie.spec.sent_as_url``: http(s), or a scheme
    the model's field documents, such as Seedance's ``asset://``) is not a local file.
    """
    info = request.info
    for role in ("image", "end_image", "images", "video", "audio"):
        field = info.fields.get(info.roles.get(role, ""))
        given = request.values.get(role)
        for value in given if isinstance(given, list) else [given]:
            if field is not None and isinstance(value, str) and value and not sent_as_url(info.id, role, value):
                check_image(f"--{role.replace('_', '-')}", value, model=info.id, accept=field.accept)
    if callback_url is not None and not is_http_url(callback_url):
        raise InputValidationError(
            f"--callback-url {callback_url!r} is not an http(s) URL",
            model=info.id,
            field="--callback-url",
            value=callback_url,
            limit="an http(s) URL",
        )


def _created(session: Session, task: Task, output: Path | None) -> None:
    """Record the new task on the session and print its id on stderr, before any waiting."""
    session.task_id = task.task_id
    session.created_here = True
    session.output = output if output is not None else Path()  # a folder: download names the file
    eprint(f"task {task.task_id} created ({task.model})")


def _print_no_wait(session: Session, client: Client, task: Task) -> None:
    """``--no-wait``: say how to follow the task, then print its id (or, with ``--json``, its record)."""
    eprint(f"follow it with: {session.resume_command(task.task_id)}")
    if client.provider.name == "emulator" and not (session.base_url or os.environ.get("KIE_BASE_URL")):
        eprint("note: the in-process emulator stops with this command; serve one with `kie emulator`")
    if session.json_output:
        print_json(_record(client, task))
    else:
        print(task.task_id)


def _record(client: Client, task: Task) -> dict[str, Any]:
    """The new task as JSON: its record read back (with the input sent), or its id and model if unreadable."""
    try:
        return task_json(client.get_task(task.task_id))
    except KieError as exc:  # the task exists: its id matters more than its record
        eprint(f"note: task {task.task_id} was created but its record could not be read yet ({exc})")
        return {"task_id": task.task_id, "model": task.model, "input": None}


def _save(session: Session, client: Client, info: TaskInfo, started: float) -> None:
    """Download the result to ``session.output``; print the path (or the task as JSON with the file's facts)."""
    assert session.output is not None  # noqa: S101 - _created set it
    with DownloadDisplay(info.task_id) as progress:
        path = client.download(info, session.output, on_progress=progress.update)
    size = path.stat().st_size
    eprint(f"saved {path} ({size:,} bytes)")
    if session.json_output:
        elapsed = round(time.monotonic() - started, 3)
        print_json({**task_json(info), "output": str(path), "bytes": size, "elapsed": elapsed})
    else:
        print(path)
