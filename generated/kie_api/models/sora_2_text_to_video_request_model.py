from typing import Literal

Sora2TextToVideoRequestModel = Literal["sora-2-text-to-video"]

SORA_2_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[Sora2TextToVideoRequestModel] = {
    "sora-2-text-to-video",
}


def check_sora_2_text_to_video_request_model(
    value: str,
) -> Sora2TextToVideoRequestModel:
    if value in SORA_2_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
