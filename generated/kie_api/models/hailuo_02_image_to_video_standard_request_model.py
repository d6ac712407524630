from typing import Literal

Hailuo02ImageToVideoStandardRequestModel = Literal["hailuo/02-image-to-video-standard"]

HAILUO_02_IMAGE_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES: set[
    Hailuo02ImageToVideoStandardRequestModel
] = {
    "hailuo/02-image-to-video-standard",
}


def check_hailuo_02_image_to_video_standard_request_model(
    value: str,
) -> Hailuo02ImageToVideoStandardRequestModel:
    if value in HAILUO_02_IMAGE_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_IMAGE_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES!r}"
    )
