from typing import Literal

BytedanceV1LiteTextToVideoRequestModel = Literal["bytedance/v1-lite-text-to-video"]

BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    BytedanceV1LiteTextToVideoRequestModel
] = {
    "bytedance/v1-lite-text-to-video",
}


def check_bytedance_v1_lite_text_to_video_request_model(
    value: str,
) -> BytedanceV1LiteTextToVideoRequestModel:
    if value in BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
