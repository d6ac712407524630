"""The bodies of the ``kie`` commands: ``generate``, ``status``, ``models``, ``upload``, ``credits``, ``emulator``.

Each ``run_*`` function does one command's work for a :class:`~kie._cli_session.Session`
and returns its exit status; errors raise and are mapped to an exit status by
:func:`~kie._cli_session.guarded`. Output goes through ``kie._cli_render``, which
is imported inside each command so that this module loads without rich.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

from ._cli_input import GenerateRequest, is_url, parse_option
from ._cli_session import EXIT_OK, EXIT_TASK_FAILED, Session
from ._cli_session import eprint as _eprint
from ._models import MODELS
from ._tasks import TaskInfo, TaskState
from ._validation import get_model
from .errors import ConfigurationError, TaskFailedError
from .urls import is_loopback_url

__all__ = ["run_credits", "run_emulator", "run_generate", "run_models", "run_status", "run_upload"]


def run_generate(
    session: Session,
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

    request = GenerateRequest(get_model(model))
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
        image_url = request.image if is_url(request.image) else client.upload(request.image)
        end_url = request.end_image
        if end_url is not None and not is_url(end_url):
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


def run_status(session: Session, *, task_id: str, wait: bool, timeout: float, output: Path | None) -> int:
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


def run_models(session: Session, model: str | None) -> int:
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


def run_upload(session: Session, path: Path) -> int:
    """``kie upload``: upload a local image and print the URL a model accepts."""
    from ._cli_render import print_json

    with session.client() as client:
        url = client.upload(path)
    if session.json_output:
        print_json({"url": url, "path": str(path)})
    else:
        print(url)
    return EXIT_OK


def run_credits(session: Session) -> int:
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
