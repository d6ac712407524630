from typing import Literal

BytedanceV1ProFastImageToVideoRequestModel = Literal[
    "bytedance/v1-pro-fast-image-to-video"
]

BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    BytedanceV1ProFastImageToVideoRequestModel
] = {
    "bytedance/v1-pro-fast-image-to-video",
}


def check_bytedance_v1_pro_fast_image_to_video_request_model(
    value: str,
) -> BytedanceV1ProFastImageToVideoRequestModel:
    if value in BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
