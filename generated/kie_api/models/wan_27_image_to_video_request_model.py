from typing import Literal

Wan27ImageToVideoRequestModel = Literal["wan/2-7-image-to-video"]

WAN_27_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan27ImageToVideoRequestModel] = {
    "wan/2-7-image-to-video",
}


def check_wan_27_image_to_video_request_model(
    value: str,
) -> Wan27ImageToVideoRequestModel:
    if value in WAN_27_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
