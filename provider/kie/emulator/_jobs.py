"""The emulator's jobs and account routes: createTask, recordInfo and the credit balance.

createTask validates the body against the bundled spec (``kie.spec.build_create_body``,
unknown fields allowed as the real API does), charges the task at creation and
answers ``{taskId, recordId}`` with both equal; recordInfo answers the record
of ``TaskStore.record_info`` (``API-FACTS.md``, seed 000). Every refusal is body
code 422 over HTTP 200, the vendor's validation code (seed 004's code list has
no 400): a body that is not a JSON object, a ``callBackUrl`` of ``null`` or
``""``, a missing ``taskId``, an unknown task ("recordInfo is null", observed;
the emulator never answers the documented 404 form).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from kie.errors import InputValidationError
from kie.spec import build_create_body

from ._http import CREDITS_MSG, ApiError, base_url, json_object, ok, state_of
from ._middleware import CREATED_TASK

__all__ = ["create_task", "get_credits", "invalid", "record_info"]


def invalid(msg: str) -> ApiError:
    """Return the jobs API's validation error: body code 422 over HTTP 200."""
    return ApiError(422, msg)


async def create_task(request: Request) -> Response:
    """``POST /api/v1/jobs/createTask``: validate, charge, create; ``data`` is ``{taskId, recordId}``.

    Raises:
        ApiError: 422 (not a JSON object, invalid, an empty ``callBackUrl``; "The
            model is not supported" for an unknown model) or 402 (credits), all over HTTP 200.

    """
    body = await json_object(request, invalid)
    callback = body.get("callBackUrl")
    if "callBackUrl" in body and (callback is None or callback == ""):
        raise invalid('callBackUrl must be an http(s) URL when it is sent (null and "" are refused)')
    raw_input: Any = body.get("input")  # a non-object input is build_create_body's error to report
    try:
        created = build_create_body(
            str(body.get("model", "")), raw_input, callback_url=callback, allow_unknown_fields=True
        )
    except InputValidationError as exc:
        raise invalid("The model is not supported" if exc.field == "model" else str(exc)) from None
    task = state_of(request).create_task(created, base_url(request))
    if task is None:
        raise ApiError(402, CREDITS_MSG)
    setattr(request.state, CREATED_TASK, task.task_id)  # lets an "after" fault strike (see InjectFaults)
    return ok({"taskId": task.task_id, "recordId": task.task_id})


async def record_info(request: Request) -> Response:
    """``GET /api/v1/jobs/recordInfo?taskId=``: the task record.

    Raises:
        ApiError: 422 "recordInfo is null" for an unknown task, 422 "taskId parameter
            is required" without one, over HTTP 200.

    """
    tasks = state_of(request).tasks
    task_id = request.query_params.get("taskId", "")
    if not task_id:
        raise invalid("taskId parameter is required")
    task = tasks.get(task_id)
    if task is None:
        raise invalid("recordInfo is null")
    return ok(tasks.record_info(task, base_url(request)))


async def get_credits(request: Request) -> Response:
    """``GET /api/v1/chat/credit``: ``data`` is the bare balance, rounded to 2 decimals."""
    return ok(round(state_of(request).credits, 2))
