from typing import Literal

Sora2ProImageToVideoRequestModel = Literal["sora-2-pro-image-to-video"]

SORA_2_PRO_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    Sora2ProImageToVideoRequestModel
] = {
    "sora-2-pro-image-to-video",
}


def check_sora_2_pro_image_to_video_request_model(
    value: str,
) -> Sora2ProImageToVideoRequestModel:
    if value in SORA_2_PRO_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
