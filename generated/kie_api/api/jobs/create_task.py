from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
from ...models.bytedance_seedance_2_request import BytedanceSeedance2Request
from ...models.bytedance_seedance_15_pro_request import BytedanceSeedance15ProRequest
from ...models.bytedance_v1_lite_image_to_video_request import (
    BytedanceV1LiteImageToVideoRequest,
)
from ...models.bytedance_v1_lite_text_to_video_request import (
    BytedanceV1LiteTextToVideoRequest,
)
from ...models.bytedance_v1_pro_fast_image_to_video_request import (
    BytedanceV1ProFastImageToVideoRequest,
)
from ...models.bytedance_v1_pro_image_to_video_request import (
    BytedanceV1ProImageToVideoRequest,
)
from ...models.bytedance_v1_pro_text_to_video_request import (
    BytedanceV1ProTextToVideoRequest,
)
from ...models.create_task_response import CreateTaskResponse
from ...models.grok_imagine_extend_request import GrokImagineExtendRequest
from ...models.grok_imagine_image_to_video_request import GrokImagineImageToVideoRequest
from ...models.grok_imagine_text_to_video_request import GrokImagineTextToVideoRequest
from ...models.grok_imagine_upscale_request import GrokImagineUpscaleRequest
from ...models.hailuo_02_image_to_video_pro_request import (
    Hailuo02ImageToVideoProRequest,
)
from ...models.hailuo_02_image_to_video_standard_request import (
    Hailuo02ImageToVideoStandardRequest,
)
from ...models.hailuo_02_text_to_video_pro_request import Hailuo02TextToVideoProRequest
from ...models.hailuo_02_text_to_video_standard_request import (
    Hailuo02TextToVideoStandardRequest,
)
from ...models.hailuo_23_image_to_video_pro_request import (
    Hailuo23ImageToVideoProRequest,
)
from ...models.hailuo_23_image_to_video_standard_request import (
    Hailuo23ImageToVideoStandardRequest,
)
from ...models.happyhorse_image_to_video_request import HappyhorseImageToVideoRequest
from ...models.happyhorse_reference_to_video_request import (
    HappyhorseReferenceToVideoRequest,
)
from ...models.happyhorse_text_to_video_request import HappyhorseTextToVideoRequest
from ...models.happyhorse_video_edit_request import HappyhorseVideoEditRequest
from ...models.infinitalk_from_audio_request import InfinitalkFromAudioRequest
from ...models.kling_26_image_to_video_request import Kling26ImageToVideoRequest
from ...models.kling_26_motion_control_request import Kling26MotionControlRequest
from ...models.kling_26_text_to_video_request import Kling26TextToVideoRequest
from ...models.kling_30_motion_control_request import Kling30MotionControlRequest
from ...models.kling_30_video_request import Kling30VideoRequest
from ...models.kling_ai_avatar_pro_request import KlingAiAvatarProRequest
from ...models.kling_ai_avatar_standard_request import KlingAiAvatarStandardRequest
from ...models.kling_v21_master_image_to_video_request import (
    KlingV21MasterImageToVideoRequest,
)
from ...models.kling_v21_master_text_to_video_request import (
    KlingV21MasterTextToVideoRequest,
)
from ...models.kling_v21_pro_request import KlingV21ProRequest
from ...models.kling_v21_standard_request import KlingV21StandardRequest
from ...models.kling_v25_turbo_image_to_video_pro_request import (
    KlingV25TurboImageToVideoProRequest,
)
from ...models.kling_v25_turbo_text_to_video_pro_request import (
    KlingV25TurboTextToVideoProRequest,
)
from ...models.sora_2_characters_pro_request import Sora2CharactersProRequest
from ...models.sora_2_characters_request import Sora2CharactersRequest
from ...models.sora_2_image_to_video_request import Sora2ImageToVideoRequest
from ...models.sora_2_pro_image_to_video_request import Sora2ProImageToVideoRequest
from ...models.sora_2_pro_storyboard_request import Sora2ProStoryboardRequest
from ...models.sora_2_pro_text_to_video_request import Sora2ProTextToVideoRequest
from ...models.sora_2_text_to_video_request import Sora2TextToVideoRequest
from ...models.sora_watermark_remover_request import SoraWatermarkRemoverRequest
from ...models.topaz_video_upscale_request import TopazVideoUpscaleRequest
from ...models.wan_22_animate_move_request import Wan22AnimateMoveRequest
from ...models.wan_22_animate_replace_request import Wan22AnimateReplaceRequest
from ...models.wan_22a14b_image_to_video_turbo_request import (
    Wan22A14BImageToVideoTurboRequest,
)
from ...models.wan_22a14b_speech_to_video_turbo_request import (
    Wan22A14BSpeechToVideoTurboRequest,
)
from ...models.wan_22a14b_text_to_video_turbo_request import (
    Wan22A14BTextToVideoTurboRequest,
)
from ...models.wan_25_image_to_video_request import Wan25ImageToVideoRequest
from ...models.wan_25_text_to_video_request import Wan25TextToVideoRequest
from ...models.wan_26_flash_image_to_video_request import Wan26FlashImageToVideoRequest
from ...models.wan_26_flash_video_to_video_request import Wan26FlashVideoToVideoRequest
from ...models.wan_26_image_to_video_request import Wan26ImageToVideoRequest
from ...models.wan_26_text_to_video_request import Wan26TextToVideoRequest
from ...models.wan_26_video_to_video_request import Wan26VideoToVideoRequest
from ...models.wan_27_image_to_video_request import Wan27ImageToVideoRequest
from ...models.wan_27_text_to_video_request import Wan27TextToVideoRequest
from ...models.wan_27_videoedit_request import Wan27VideoeditRequest
from ...models.wan_27r2v_request import Wan27R2VRequest
from ...types import Response


def _get_kwargs(
    *,
    body: BytedanceSeedance15ProRequest
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2Request
    | BytedanceV1LiteImageToVideoRequest
    | BytedanceV1LiteTextToVideoRequest
    | BytedanceV1ProFastImageToVideoRequest
    | BytedanceV1ProImageToVideoRequest
    | BytedanceV1ProTextToVideoRequest
    | GrokImagineExtendRequest
    | GrokImagineImageToVideoRequest
    | GrokImagineTextToVideoRequest
    | GrokImagineUpscaleRequest
    | Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Hailuo02TextToVideoProRequest
    | Hailuo02TextToVideoStandardRequest
    | Hailuo23ImageToVideoProRequest
    | Hailuo23ImageToVideoStandardRequest
    | HappyhorseImageToVideoRequest
    | HappyhorseReferenceToVideoRequest
    | HappyhorseTextToVideoRequest
    | HappyhorseVideoEditRequest
    | InfinitalkFromAudioRequest
    | Kling26ImageToVideoRequest
    | Kling26MotionControlRequest
    | Kling26TextToVideoRequest
    | Kling30MotionControlRequest
    | Kling30VideoRequest
    | KlingAiAvatarProRequest
    | KlingAiAvatarStandardRequest
    | KlingV21MasterImageToVideoRequest
    | KlingV21MasterTextToVideoRequest
    | KlingV21ProRequest
    | KlingV21StandardRequest
    | KlingV25TurboImageToVideoProRequest
    | KlingV25TurboTextToVideoProRequest
    | Sora2CharactersProRequest
    | Sora2CharactersRequest
    | Sora2ImageToVideoRequest
    | Sora2ProImageToVideoRequest
    | Sora2ProStoryboardRequest
    | Sora2ProTextToVideoRequest
    | Sora2TextToVideoRequest
    | SoraWatermarkRemoverRequest
    | TopazVideoUpscaleRequest
    | Wan22A14BImageToVideoTurboRequest
    | Wan22A14BSpeechToVideoTurboRequest
    | Wan22A14BTextToVideoTurboRequest
    | Wan22AnimateMoveRequest
    | Wan22AnimateReplaceRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26FlashImageToVideoRequest
    | Wan26FlashVideoToVideoRequest
    | Wan26ImageToVideoRequest
    | Wan26TextToVideoRequest
    | Wan26VideoToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27R2VRequest
    | Wan27TextToVideoRequest
    | Wan27VideoeditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobs/createTask",
    }

    if (
        isinstance(body, BytedanceSeedance15ProRequest)
        or isinstance(body, BytedanceSeedance2FastRequest)
        or isinstance(body, BytedanceSeedance2Request)
        or isinstance(body, BytedanceV1LiteImageToVideoRequest)
        or isinstance(body, BytedanceV1LiteTextToVideoRequest)
        or isinstance(body, BytedanceV1ProFastImageToVideoRequest)
        or isinstance(body, BytedanceV1ProImageToVideoRequest)
        or isinstance(body, BytedanceV1ProTextToVideoRequest)
        or isinstance(body, GrokImagineExtendRequest)
        or isinstance(body, GrokImagineImageToVideoRequest)
        or isinstance(body, GrokImagineTextToVideoRequest)
        or isinstance(body, GrokImagineUpscaleRequest)
        or isinstance(body, Hailuo02ImageToVideoProRequest)
        or isinstance(body, Hailuo02ImageToVideoStandardRequest)
        or isinstance(body, Hailuo02TextToVideoProRequest)
        or isinstance(body, Hailuo02TextToVideoStandardRequest)
        or isinstance(body, Hailuo23ImageToVideoProRequest)
        or isinstance(body, Hailuo23ImageToVideoStandardRequest)
        or isinstance(body, HappyhorseImageToVideoRequest)
        or isinstance(body, HappyhorseReferenceToVideoRequest)
        or isinstance(body, HappyhorseTextToVideoRequest)
        or isinstance(body, HappyhorseVideoEditRequest)
        or isinstance(body, InfinitalkFromAudioRequest)
        or isinstance(body, Kling26ImageToVideoRequest)
        or isinstance(body, KlingAiAvatarProRequest)
        or isinstance(body, KlingAiAvatarStandardRequest)
        or isinstance(body, Kling30VideoRequest)
        or isinstance(body, Kling30MotionControlRequest)
        or isinstance(body, Kling26MotionControlRequest)
        or isinstance(body, Kling26TextToVideoRequest)
        or isinstance(body, KlingV21MasterImageToVideoRequest)
        or isinstance(body, KlingV21MasterTextToVideoRequest)
        or isinstance(body, KlingV21ProRequest)
        or isinstance(body, KlingV21StandardRequest)
        or isinstance(body, KlingV25TurboImageToVideoProRequest)
        or isinstance(body, KlingV25TurboTextToVideoProRequest)
        or isinstance(body, Sora2CharactersProRequest)
        or isinstance(body, Sora2CharactersRequest)
        or isinstance(body, Sora2ImageToVideoRequest)
        or isinstance(body, Sora2ProImageToVideoRequest)
        or isinstance(body, Sora2ProStoryboardRequest)
        or isinstance(body, Sora2ProTextToVideoRequest)
        or isinstance(body, Sora2TextToVideoRequest)
        or isinstance(body, SoraWatermarkRemoverRequest)
        or isinstance(body, TopazVideoUpscaleRequest)
        or isinstance(body, Wan25ImageToVideoRequest)
        or isinstance(body, Wan22A14BImageToVideoTurboRequest)
        or isinstance(body, Wan22A14BSpeechToVideoTurboRequest)
        or isinstance(body, Wan22A14BTextToVideoTurboRequest)
        or isinstance(body, Wan22AnimateMoveRequest)
        or isinstance(body, Wan22AnimateReplaceRequest)
        or isinstance(body, Wan25TextToVideoRequest)
        or isinstance(body, Wan26FlashImageToVideoRequest)
        or isinstance(body, Wan26FlashVideoToVideoRequest)
        or isinstance(body, Wan26ImageToVideoRequest)
        or isinstance(body, Wan26TextToVideoRequest)
        or isinstance(body, Wan26VideoToVideoRequest)
        or isinstance(body, Wan27ImageToVideoRequest)
        or isinstance(body, Wan27R2VRequest)
        or isinstance(body, Wan27TextToVideoRequest)
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
    body: BytedanceSeedance15ProRequest
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2Request
    | BytedanceV1LiteImageToVideoRequest
    | BytedanceV1LiteTextToVideoRequest
    | BytedanceV1ProFastImageToVideoRequest
    | BytedanceV1ProImageToVideoRequest
    | BytedanceV1ProTextToVideoRequest
    | GrokImagineExtendRequest
    | GrokImagineImageToVideoRequest
    | GrokImagineTextToVideoRequest
    | GrokImagineUpscaleRequest
    | Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Hailuo02TextToVideoProRequest
    | Hailuo02TextToVideoStandardRequest
    | Hailuo23ImageToVideoProRequest
    | Hailuo23ImageToVideoStandardRequest
    | HappyhorseImageToVideoRequest
    | HappyhorseReferenceToVideoRequest
    | HappyhorseTextToVideoRequest
    | HappyhorseVideoEditRequest
    | InfinitalkFromAudioRequest
    | Kling26ImageToVideoRequest
    | Kling26MotionControlRequest
    | Kling26TextToVideoRequest
    | Kling30MotionControlRequest
    | Kling30VideoRequest
    | KlingAiAvatarProRequest
    | KlingAiAvatarStandardRequest
    | KlingV21MasterImageToVideoRequest
    | KlingV21MasterTextToVideoRequest
    | KlingV21ProRequest
    | KlingV21StandardRequest
    | KlingV25TurboImageToVideoProRequest
    | KlingV25TurboTextToVideoProRequest
    | Sora2CharactersProRequest
    | Sora2CharactersRequest
    | Sora2ImageToVideoRequest
    | Sora2ProImageToVideoRequest
    | Sora2ProStoryboardRequest
    | Sora2ProTextToVideoRequest
    | Sora2TextToVideoRequest
    | SoraWatermarkRemoverRequest
    | TopazVideoUpscaleRequest
    | Wan22A14BImageToVideoTurboRequest
    | Wan22A14BSpeechToVideoTurboRequest
    | Wan22A14BTextToVideoTurboRequest
    | Wan22AnimateMoveRequest
    | Wan22AnimateReplaceRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26FlashImageToVideoRequest
    | Wan26FlashVideoToVideoRequest
    | Wan26ImageToVideoRequest
    | Wan26TextToVideoRequest
    | Wan26VideoToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27R2VRequest
    | Wan27TextToVideoRequest
    | Wan27VideoeditRequest,
) -> Response[CreateTaskResponse]:
    """Create a generation task for any bundled model

    Args:
        body (BytedanceSeedance15ProRequest | BytedanceSeedance2FastRequest |
            BytedanceSeedance2Request | BytedanceV1LiteImageToVideoRequest |
            BytedanceV1LiteTextToVideoRequest | BytedanceV1ProFastImageToVideoRequest |
            BytedanceV1ProImageToVideoRequest | BytedanceV1ProTextToVideoRequest |
            GrokImagineExtendRequest | GrokImagineImageToVideoRequest | GrokImagineTextToVideoRequest
            | GrokImagineUpscaleRequest | Hailuo02ImageToVideoProRequest |
            Hailuo02ImageToVideoStandardRequest | Hailuo02TextToVideoProRequest |
            Hailuo02TextToVideoStandardRequest | Hailuo23ImageToVideoProRequest |
            Hailuo23ImageToVideoStandardRequest | HappyhorseImageToVideoRequest |
            HappyhorseReferenceToVideoRequest | HappyhorseTextToVideoRequest |
            HappyhorseVideoEditRequest | InfinitalkFromAudioRequest | Kling26ImageToVideoRequest |
            Kling26MotionControlRequest | Kling26TextToVideoRequest | Kling30MotionControlRequest |
            Kling30VideoRequest | KlingAiAvatarProRequest | KlingAiAvatarStandardRequest |
            KlingV21MasterImageToVideoRequest | KlingV21MasterTextToVideoRequest | KlingV21ProRequest
            | KlingV21StandardRequest | KlingV25TurboImageToVideoProRequest |
            KlingV25TurboTextToVideoProRequest | Sora2CharactersProRequest | Sora2CharactersRequest |
            Sora2ImageToVideoRequest | Sora2ProImageToVideoRequest | Sora2ProStoryboardRequest |
            Sora2ProTextToVideoRequest | Sora2TextToVideoRequest | SoraWatermarkRemoverRequest |
            TopazVideoUpscaleRequest | Wan22A14BImageToVideoTurboRequest |
            Wan22A14BSpeechToVideoTurboRequest | Wan22A14BTextToVideoTurboRequest |
            Wan22AnimateMoveRequest | Wan22AnimateReplaceRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26FlashImageToVideoRequest | Wan26FlashVideoToVideoRequest |
            Wan26ImageToVideoRequest | Wan26TextToVideoRequest | Wan26VideoToVideoRequest |
            Wan27ImageToVideoRequest | Wan27R2VRequest | Wan27TextToVideoRequest |
            Wan27VideoeditRequest): A createTask body: one of the model request schemas, chosen by
            `model`.

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
    body: BytedanceSeedance15ProRequest
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2Request
    | BytedanceV1LiteImageToVideoRequest
    | BytedanceV1LiteTextToVideoRequest
    | BytedanceV1ProFastImageToVideoRequest
    | BytedanceV1ProImageToVideoRequest
    | BytedanceV1ProTextToVideoRequest
    | GrokImagineExtendRequest
    | GrokImagineImageToVideoRequest
    | GrokImagineTextToVideoRequest
    | GrokImagineUpscaleRequest
    | Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Hailuo02TextToVideoProRequest
    | Hailuo02TextToVideoStandardRequest
    | Hailuo23ImageToVideoProRequest
    | Hailuo23ImageToVideoStandardRequest
    | HappyhorseImageToVideoRequest
    | HappyhorseReferenceToVideoRequest
    | HappyhorseTextToVideoRequest
    | HappyhorseVideoEditRequest
    | InfinitalkFromAudioRequest
    | Kling26ImageToVideoRequest
    | Kling26MotionControlRequest
    | Kling26TextToVideoRequest
    | Kling30MotionControlRequest
    | Kling30VideoRequest
    | KlingAiAvatarProRequest
    | KlingAiAvatarStandardRequest
    | KlingV21MasterImageToVideoRequest
    | KlingV21MasterTextToVideoRequest
    | KlingV21ProRequest
    | KlingV21StandardRequest
    | KlingV25TurboImageToVideoProRequest
    | KlingV25TurboTextToVideoProRequest
    | Sora2CharactersProRequest
    | Sora2CharactersRequest
    | Sora2ImageToVideoRequest
    | Sora2ProImageToVideoRequest
    | Sora2ProStoryboardRequest
    | Sora2ProTextToVideoRequest
    | Sora2TextToVideoRequest
    | SoraWatermarkRemoverRequest
    | TopazVideoUpscaleRequest
    | Wan22A14BImageToVideoTurboRequest
    | Wan22A14BSpeechToVideoTurboRequest
    | Wan22A14BTextToVideoTurboRequest
    | Wan22AnimateMoveRequest
    | Wan22AnimateReplaceRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26FlashImageToVideoRequest
    | Wan26FlashVideoToVideoRequest
    | Wan26ImageToVideoRequest
    | Wan26TextToVideoRequest
    | Wan26VideoToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27R2VRequest
    | Wan27TextToVideoRequest
    | Wan27VideoeditRequest,
) -> CreateTaskResponse | None:
    """Create a generation task for any bundled model

    Args:
        body (BytedanceSeedance15ProRequest | BytedanceSeedance2FastRequest |
            BytedanceSeedance2Request | BytedanceV1LiteImageToVideoRequest |
            BytedanceV1LiteTextToVideoRequest | BytedanceV1ProFastImageToVideoRequest |
            BytedanceV1ProImageToVideoRequest | BytedanceV1ProTextToVideoRequest |
            GrokImagineExtendRequest | GrokImagineImageToVideoRequest | GrokImagineTextToVideoRequest
            | GrokImagineUpscaleRequest | Hailuo02ImageToVideoProRequest |
            Hailuo02ImageToVideoStandardRequest | Hailuo02TextToVideoProRequest |
            Hailuo02TextToVideoStandardRequest | Hailuo23ImageToVideoProRequest |
            Hailuo23ImageToVideoStandardRequest | HappyhorseImageToVideoRequest |
            HappyhorseReferenceToVideoRequest | HappyhorseTextToVideoRequest |
            HappyhorseVideoEditRequest | InfinitalkFromAudioRequest | Kling26ImageToVideoRequest |
            Kling26MotionControlRequest | Kling26TextToVideoRequest | Kling30MotionControlRequest |
            Kling30VideoRequest | KlingAiAvatarProRequest | KlingAiAvatarStandardRequest |
            KlingV21MasterImageToVideoRequest | KlingV21MasterTextToVideoRequest | KlingV21ProRequest
            | KlingV21StandardRequest | KlingV25TurboImageToVideoProRequest |
            KlingV25TurboTextToVideoProRequest | Sora2CharactersProRequest | Sora2CharactersRequest |
            Sora2ImageToVideoRequest | Sora2ProImageToVideoRequest | Sora2ProStoryboardRequest |
            Sora2ProTextToVideoRequest | Sora2TextToVideoRequest | SoraWatermarkRemoverRequest |
            TopazVideoUpscaleRequest | Wan22A14BImageToVideoTurboRequest |
            Wan22A14BSpeechToVideoTurboRequest | Wan22A14BTextToVideoTurboRequest |
            Wan22AnimateMoveRequest | Wan22AnimateReplaceRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26FlashImageToVideoRequest | Wan26FlashVideoToVideoRequest |
            Wan26ImageToVideoRequest | Wan26TextToVideoRequest | Wan26VideoToVideoRequest |
            Wan27ImageToVideoRequest | Wan27R2VRequest | Wan27TextToVideoRequest |
            Wan27VideoeditRequest): A createTask body: one of the model request schemas, chosen by
            `model`.

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
    body: BytedanceSeedance15ProRequest
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2Request
    | BytedanceV1LiteImageToVideoRequest
    | BytedanceV1LiteTextToVideoRequest
    | BytedanceV1ProFastImageToVideoRequest
    | BytedanceV1ProImageToVideoRequest
    | BytedanceV1ProTextToVideoRequest
    | GrokImagineExtendRequest
    | GrokImagineImageToVideoRequest
    | GrokImagineTextToVideoRequest
    | GrokImagineUpscaleRequest
    | Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Hailuo02TextToVideoProRequest
    | Hailuo02TextToVideoStandardRequest
    | Hailuo23ImageToVideoProRequest
    | Hailuo23ImageToVideoStandardRequest
    | HappyhorseImageToVideoRequest
    | HappyhorseReferenceToVideoRequest
    | HappyhorseTextToVideoRequest
    | HappyhorseVideoEditRequest
    | InfinitalkFromAudioRequest
    | Kling26ImageToVideoRequest
    | Kling26MotionControlRequest
    | Kling26TextToVideoRequest
    | Kling30MotionControlRequest
    | Kling30VideoRequest
    | KlingAiAvatarProRequest
    | KlingAiAvatarStandardRequest
    | KlingV21MasterImageToVideoRequest
    | KlingV21MasterTextToVideoRequest
    | KlingV21ProRequest
    | KlingV21StandardRequest
    | KlingV25TurboImageToVideoProRequest
    | KlingV25TurboTextToVideoProRequest
    | Sora2CharactersProRequest
    | Sora2CharactersRequest
    | Sora2ImageToVideoRequest
    | Sora2ProImageToVideoRequest
    | Sora2ProStoryboardRequest
    | Sora2ProTextToVideoRequest
    | Sora2TextToVideoRequest
    | SoraWatermarkRemoverRequest
    | TopazVideoUpscaleRequest
    | Wan22A14BImageToVideoTurboRequest
    | Wan22A14BSpeechToVideoTurboRequest
    | Wan22A14BTextToVideoTurboRequest
    | Wan22AnimateMoveRequest
    | Wan22AnimateReplaceRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26FlashImageToVideoRequest
    | Wan26FlashVideoToVideoRequest
    | Wan26ImageToVideoRequest
    | Wan26TextToVideoRequest
    | Wan26VideoToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27R2VRequest
    | Wan27TextToVideoRequest
    | Wan27VideoeditRequest,
) -> Response[CreateTaskResponse]:
    """Create a generation task for any bundled model

    Args:
        body (BytedanceSeedance15ProRequest | BytedanceSeedance2FastRequest |
            BytedanceSeedance2Request | BytedanceV1LiteImageToVideoRequest |
            BytedanceV1LiteTextToVideoRequest | BytedanceV1ProFastImageToVideoRequest |
            BytedanceV1ProImageToVideoRequest | BytedanceV1ProTextToVideoRequest |
            GrokImagineExtendRequest | GrokImagineImageToVideoRequest | GrokImagineTextToVideoRequest
            | GrokImagineUpscaleRequest | Hailuo02ImageToVideoProRequest |
            Hailuo02ImageToVideoStandardRequest | Hailuo02TextToVideoProRequest |
            Hailuo02TextToVideoStandardRequest | Hailuo23ImageToVideoProRequest |
            Hailuo23ImageToVideoStandardRequest | HappyhorseImageToVideoRequest |
            HappyhorseReferenceToVideoRequest | HappyhorseTextToVideoRequest |
            HappyhorseVideoEditRequest | InfinitalkFromAudioRequest | Kling26ImageToVideoRequest |
            Kling26MotionControlRequest | Kling26TextToVideoRequest | Kling30MotionControlRequest |
            Kling30VideoRequest | KlingAiAvatarProRequest | KlingAiAvatarStandardRequest |
            KlingV21MasterImageToVideoRequest | KlingV21MasterTextToVideoRequest | KlingV21ProRequest
            | KlingV21StandardRequest | KlingV25TurboImageToVideoProRequest |
            KlingV25TurboTextToVideoProRequest | Sora2CharactersProRequest | Sora2CharactersRequest |
            Sora2ImageToVideoRequest | Sora2ProImageToVideoRequest | Sora2ProStoryboardRequest |
            Sora2ProTextToVideoRequest | Sora2TextToVideoRequest | SoraWatermarkRemoverRequest |
            TopazVideoUpscaleRequest | Wan22A14BImageToVideoTurboRequest |
            Wan22A14BSpeechToVideoTurboRequest | Wan22A14BTextToVideoTurboRequest |
            Wan22AnimateMoveRequest | Wan22AnimateReplaceRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26FlashImageToVideoRequest | Wan26FlashVideoToVideoRequest |
            Wan26ImageToVideoRequest | Wan26TextToVideoRequest | Wan26VideoToVideoRequest |
            Wan27ImageToVideoRequest | Wan27R2VRequest | Wan27TextToVideoRequest |
            Wan27VideoeditRequest): A createTask body: one of the model request schemas, chosen by
            `model`.

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
    body: BytedanceSeedance15ProRequest
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2Request
    | BytedanceV1LiteImageToVideoRequest
    | BytedanceV1LiteTextToVideoRequest
    | BytedanceV1ProFastImageToVideoRequest
    | BytedanceV1ProImageToVideoRequest
    | BytedanceV1ProTextToVideoRequest
    | GrokImagineExtendRequest
    | GrokImagineImageToVideoRequest
    | GrokImagineTextToVideoRequest
    | GrokImagineUpscaleRequest
    | Hailuo02ImageToVideoProRequest
    | Hailuo02ImageToVideoStandardRequest
    | Hailuo02TextToVideoProRequest
    | Hailuo02TextToVideoStandardRequest
    | Hailuo23ImageToVideoProRequest
    | Hailuo23ImageToVideoStandardRequest
    | HappyhorseImageToVideoRequest
    | HappyhorseReferenceToVideoRequest
    | HappyhorseTextToVideoRequest
    | HappyhorseVideoEditRequest
    | InfinitalkFromAudioRequest
    | Kling26ImageToVideoRequest
    | Kling26MotionControlRequest
    | Kling26TextToVideoRequest
    | Kling30MotionControlRequest
    | Kling30VideoRequest
    | KlingAiAvatarProRequest
    | KlingAiAvatarStandardRequest
    | KlingV21MasterImageToVideoRequest
    | KlingV21MasterTextToVideoRequest
    | KlingV21ProRequest
    | KlingV21StandardRequest
    | KlingV25TurboImageToVideoProRequest
    | KlingV25TurboTextToVideoProRequest
    | Sora2CharactersProRequest
    | Sora2CharactersRequest
    | Sora2ImageToVideoRequest
    | Sora2ProImageToVideoRequest
    | Sora2ProStoryboardRequest
    | Sora2ProTextToVideoRequest
    | Sora2TextToVideoRequest
    | SoraWatermarkRemoverRequest
    | TopazVideoUpscaleRequest
    | Wan22A14BImageToVideoTurboRequest
    | Wan22A14BSpeechToVideoTurboRequest
    | Wan22A14BTextToVideoTurboRequest
    | Wan22AnimateMoveRequest
    | Wan22AnimateReplaceRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26FlashImageToVideoRequest
    | Wan26FlashVideoToVideoRequest
    | Wan26ImageToVideoRequest
    | Wan26TextToVideoRequest
    | Wan26VideoToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27R2VRequest
    | Wan27TextToVideoRequest
    | Wan27VideoeditRequest,
) -> CreateTaskResponse | None:
    """Create a generation task for any bundled model

    Args:
        body (BytedanceSeedance15ProRequest | BytedanceSeedance2FastRequest |
            BytedanceSeedance2Request | BytedanceV1LiteImageToVideoRequest |
            BytedanceV1LiteTextToVideoRequest | BytedanceV1ProFastImageToVideoRequest |
            BytedanceV1ProImageToVideoRequest | BytedanceV1ProTextToVideoRequest |
            GrokImagineExtendRequest | GrokImagineImageToVideoRequest | GrokImagineTextToVideoRequest
            | GrokImagineUpscaleRequest | Hailuo02ImageToVideoProRequest |
            Hailuo02ImageToVideoStandardRequest | Hailuo02TextToVideoProRequest |
            Hailuo02TextToVideoStandardRequest | Hailuo23ImageToVideoProRequest |
            Hailuo23ImageToVideoStandardRequest | HappyhorseImageToVideoRequest |
            HappyhorseReferenceToVideoRequest | HappyhorseTextToVideoRequest |
            HappyhorseVideoEditRequest | InfinitalkFromAudioRequest | Kling26ImageToVideoRequest |
            Kling26MotionControlRequest | Kling26TextToVideoRequest | Kling30MotionControlRequest |
            Kling30VideoRequest | KlingAiAvatarProRequest | KlingAiAvatarStandardRequest |
            KlingV21MasterImageToVideoRequest | KlingV21MasterTextToVideoRequest | KlingV21ProRequest
            | KlingV21StandardRequest | KlingV25TurboImageToVideoProRequest |
            KlingV25TurboTextToVideoProRequest | Sora2CharactersProRequest | Sora2CharactersRequest |
            Sora2ImageToVideoRequest | Sora2ProImageToVideoRequest | Sora2ProStoryboardRequest |
            Sora2ProTextToVideoRequest | Sora2TextToVideoRequest | SoraWatermarkRemoverRequest |
            TopazVideoUpscaleRequest | Wan22A14BImageToVideoTurboRequest |
            Wan22A14BSpeechToVideoTurboRequest | Wan22A14BTextToVideoTurboRequest |
            Wan22AnimateMoveRequest | Wan22AnimateReplaceRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26FlashImageToVideoRequest | Wan26FlashVideoToVideoRequest |
            Wan26ImageToVideoRequest | Wan26TextToVideoRequest | Wan26VideoToVideoRequest |
            Wan27ImageToVideoRequest | Wan27R2VRequest | Wan27TextToVideoRequest |
            Wan27VideoeditRequest): A createTask body: one of the model request schemas, chosen by
            `model`.

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
