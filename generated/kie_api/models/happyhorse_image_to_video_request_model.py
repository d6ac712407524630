from typing import Literal

HappyhorseImageToVideoRequestModel = Literal["happyhorse/image-to-video"]

HAPPYHORSE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    HappyhorseImageToVideoRequestModel
] = {
    "happyhorse/image-to-video",
}


def check_happyhorse_image_to_video_request_model(
    value: str,
) -> HappyhorseImageToVideoRequestModel:
    if value in HAPPYHORSE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
