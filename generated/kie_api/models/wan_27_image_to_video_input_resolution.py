from typing import Literal

Wan27ImageToVideoInputResolution = Literal["1080p", "720p"]

WAN_27_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Wan27ImageToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_27_image_to_video_input_resolution(
    value: str,
) -> Wan27ImageToVideoInputResolution:
    if value in WAN_27_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
