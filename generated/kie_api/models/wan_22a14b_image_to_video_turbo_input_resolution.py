from typing import Literal

Wan22A14BImageToVideoTurboInputResolution = Literal["480p", "720p"]

WAN_22A14B_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES: set[
    Wan22A14BImageToVideoTurboInputResolution
] = {
    "480p",
    "720p",
}


def check_wan_22a14b_image_to_video_turbo_input_resolution(
    value: str,
) -> Wan22A14BImageToVideoTurboInputResolution:
    if value in WAN_22A14B_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22A14B_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES!r}"
    )
