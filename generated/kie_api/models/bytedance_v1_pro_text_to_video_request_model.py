from typing import Literal

BytedanceV1ProTextToVideoRequestModel = Literal["bytedance/v1-pro-text-to-video"]

BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    BytedanceV1ProTextToVideoRequestModel
] = {
    "bytedance/v1-pro-text-to-video",
}


def check_bytedance_v1_pro_text_to_video_request_model(
    value: str,
) -> BytedanceV1ProTextToVideoRequestModel:
    if value in BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
