from typing import Literal

Sora2ProTextToVideoRequestModel = Literal["sora-2-pro-text-to-video"]

SORA_2_PRO_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[Sora2ProTextToVideoRequestModel] = {
    "sora-2-pro-text-to-video",
}


def check_sora_2_pro_text_to_video_request_model(
    value: str,
) -> Sora2ProTextToVideoRequestModel:
    if value in SORA_2_PRO_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
