from typing import Literal

Hailuo23ImageToVideoProRequestModel = Literal["hailuo/2-3-image-to-video-pro"]

HAILUO_23_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES: set[
    Hailuo23ImageToVideoProRequestModel
] = {
    "hailuo/2-3-image-to-video-pro",
}


def check_hailuo_23_image_to_video_pro_request_model(
    value: str,
) -> Hailuo23ImageToVideoProRequestModel:
    if value in HAILUO_23_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES!r}"
    )
