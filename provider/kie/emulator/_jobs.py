"""The emulator's jobs and account routes: createTask, recordInfo and the credit balance.

createTask validates the body against the bundled spec (``kie.spec.build_create_body``,
unknown fields allowed as the real API does), charges the task at creation and
answers ``{taskId, recordId}`` with both equal; recordInfo answers the record
of ``TaskStore.record_info`` (``API-FACTS.md``, seed 000).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from kie.errors import InputValidationError
from kie.spec import build_create_body

from ._http import CREDITS_MSG, ApiError, base_url, json_object, ok, state_of
from ._middleware import CREATED_TASK

__all__ = ["create_task", "get_credits", "record_info"]


async def create_task(request: Request) -> Response:
    """``POST /api/v1/jobs/createTask``: validate, charge, create; ``data`` is ``{taskId, recordId}``.

    Raises:
        ApiError: 400 (not a JSON object), 422 (invalid; "The model is not
            supported" for an unknown model) or 402 (credits), all over HTTP 200.

    """
    body = await json_object(request)
    if body is None:
        raise ApiError(400, "the request body must be a JSON object")
    callback = body.get("callBackUrl")
    raw_input: Any = body.get("input")  # a non-object input is build_create_body's error to report
    try:
        created = build_create_body(
            str(body.get("model", "")),
            raw_input,
            callback_url=callback if callback not in (None, "") else None,
            allow_unknown_fields=True,
        )
    except InputValidationError as exc:
        raise ApiError(422, "The model is not supported" if exc.field == "model" else str(exc)) from None
    task = state_of(request).create_task(created, base_url(request))
    if task is None:
        raise ApiError(402, CREDITS_MSG)
    setattr(request.state, CREATED_TASK, task.task_id)  # lets an "after" fault strike (see InjectFaults)
    return ok({"taskId": task.task_id, "recordId": task.task_id})


async def record_info(request: Request) -> Response:
    """``GET /api/v1/jobs/recordInfo?taskId=``: the task record.

    Raises:
        ApiError: 422 "recordInfo is null" for an unknown task, over HTTP 200.

    """
    tasks = state_of(request).tasks
    task = tasks.get(request.query_params.get("taskId", ""))
    if task is None:
        raise ApiError(422, "recordInfo is null")
    return ok(tasks.record_info(task, base_url(request)))


async def get_credits(request: Request) -> Response:
    """``GET /api/v1/chat/credit``: ``data`` is the bare balance, rounded to 2 decimals."""
    return ok(round(state_of(request).credits, 2))
