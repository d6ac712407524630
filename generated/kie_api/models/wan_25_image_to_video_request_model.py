from typing import Literal

Wan25ImageToVideoRequestModel = Literal["wan/2-5-image-to-video"]

WAN_25_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan25ImageToVideoRequestModel] = {
    "wan/2-5-image-to-video",
}


def check_wan_25_image_to_video_request_model(
    value: str,
) -> Wan25ImageToVideoRequestModel:
    if value in WAN_25_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
