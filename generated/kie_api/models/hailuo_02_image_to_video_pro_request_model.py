from typing import Literal

Hailuo02ImageToVideoProRequestModel = Literal["hailuo/02-image-to-video-pro"]

HAILUO_02_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES: set[
    Hailuo02ImageToVideoProRequestModel
] = {
    "hailuo/02-image-to-video-pro",
}


def check_hailuo_02_image_to_video_pro_request_model(
    value: str,
) -> Hailuo02ImageToVideoProRequestModel:
    if value in HAILUO_02_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES!r}"
    )
