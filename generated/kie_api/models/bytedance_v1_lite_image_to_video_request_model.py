from typing import Literal

BytedanceV1LiteImageToVideoRequestModel = Literal["bytedance/v1-lite-image-to-video"]

BYTEDANCE_V1_LITE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    BytedanceV1LiteImageToVideoRequestModel
] = {
    "bytedance/v1-lite-image-to-video",
}


def check_bytedance_v1_lite_image_to_video_request_model(
    value: str,
) -> BytedanceV1LiteImageToVideoRequestModel:
    if value in BYTEDANCE_V1_LITE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_LITE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
