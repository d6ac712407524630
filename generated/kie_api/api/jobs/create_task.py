from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_response import CreateTaskResponse
from ...models.hailuo_02_image_to_video_pro_request import (
    Hailuo02ImageToVideoProRequest,
)
from ...models.hailuo_02_image_to_video_standard_request import (
    Hailuo02ImageToVideoStandardRequest,
)
from ...models.kling_26_image_to_video_request import Kling26ImageToVideoRequest
from ...models.wan_25_image_to_video_request import Wan25ImageToVideoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Kling26ImageToVideoRequest
    | Wan25ImageToVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobs/createTask",
    }

    if (
        isinstance(body, Hailuo02ImageToVideoProRequest)
        or isinstance(body, Hailuo02ImageToVideoStandardRequest)
        or isinstance(body, Kling26ImageToVideoRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaskResponse | None:
    if response.status_code == 200:
        response_200 = CreateTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Kling26ImageToVideoRequest
    | Wan25ImageToVideoRequest,
) -> Response[CreateTaskResponse]:
    """Create a generation task for any bundled model

    Args:
        body (Hailuo02ImageToVideoProRequest | Hailuo02ImageToVideoStandardRequest |
            Kling26ImageToVideoRequest | Wan25ImageToVideoRequest): A createTask body: one of the
            model request schemas, chosen by `model`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Kling26ImageToVideoRequest
    | Wan25ImageToVideoRequest,
) -> CreateTaskResponse | None:
    """Create a generation task for any bundled model

    Args:
        body (Hailuo02ImageToVideoProRequest | Hailuo02ImageToVideoStandardRequest |
            Kling26ImageToVideoRequest | Wan25ImageToVideoRequest): A createTask body: one of the
            model request schemas, chosen by `model`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaskResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Kling26ImageToVideoRequest
    | Wan25ImageToVideoRequest,
) -> Response[CreateTaskResponse]:
    """Create a generation task for any bundled model

    Args:
        body (Hailuo02ImageToVideoProRequest | Hailuo02ImageToVideoStandardRequest |
            Kling26ImageToVideoRequest | Wan25ImageToVideoRequest): A createTask body: one of the
            model request schemas, chosen by `model`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Kling26ImageToVideoRequest
    | Wan25ImageToVideoRequest,
) -> CreateTaskResponse | None:
    """Create a generation task for any bundled model

    Args:
        body (Hailuo02ImageToVideoProRequest | Hailuo02ImageToVideoStandardRequest |
            Kling26ImageToVideoRequest | Wan25ImageToVideoRequest): A createTask body: one of the
            model request schemas, chosen by `model`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaskResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
