from typing import Literal

Hailuo23ImageToVideoStandardRequestModel = Literal["hailuo/2-3-image-to-video-standard"]

HAILUO_23_IMAGE_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES: set[
    Hailuo23ImageToVideoStandardRequestModel
] = {
    "hailuo/2-3-image-to-video-standard",
}


def check_hailuo_23_image_to_video_standard_request_model(
    value: str,
) -> Hailuo23ImageToVideoStandardRequestModel:
    if value in HAILUO_23_IMAGE_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_IMAGE_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES!r}"
    )
