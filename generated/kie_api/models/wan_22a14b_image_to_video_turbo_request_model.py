from typing import Literal

Wan22A14BImageToVideoTurboRequestModel = Literal["wan/2-2-a14b-image-to-video-turbo"]

WAN_22A14B_IMAGE_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES: set[
    Wan22A14BImageToVideoTurboRequestModel
] = {
    "wan/2-2-a14b-image-to-video-turbo",
}


def check_wan_22a14b_image_to_video_turbo_request_model(
    value: str,
) -> Wan22A14BImageToVideoTurboRequestModel:
    if value in WAN_22A14B_IMAGE_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22A14B_IMAGE_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES!r}"
    )
