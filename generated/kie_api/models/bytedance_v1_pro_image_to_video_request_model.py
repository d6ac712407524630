from typing import Literal

BytedanceV1ProImageToVideoRequestModel = Literal["bytedance/v1-pro-image-to-video"]

BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    BytedanceV1ProImageToVideoRequestModel
] = {
    "bytedance/v1-pro-image-to-video",
}


def check_bytedance_v1_pro_image_to_video_request_model(
    value: str,
) -> BytedanceV1ProImageToVideoRequestModel:
    if value in BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
