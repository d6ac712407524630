from typing import Literal

Sora2ImageToVideoRequestModel = Literal["sora-2-image-to-video"]

SORA_2_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[Sora2ImageToVideoRequestModel] = {
    "sora-2-image-to-video",
}


def check_sora_2_image_to_video_request_model(
    value: str,
) -> Sora2ImageToVideoRequestModel:
    if value in SORA_2_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
