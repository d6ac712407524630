from typing import Literal

Wan26ImageToVideoRequestModel = Literal["wan/2-6-image-to-video"]

WAN_26_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan26ImageToVideoRequestModel] = {
    "wan/2-6-image-to-video",
}


def check_wan_26_image_to_video_request_model(
    value: str,
) -> Wan26ImageToVideoRequestModel:
    if value in WAN_26_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
