from typing import Literal

Wan26ImageToVideoInputDuration = Literal["10", "15", "5"]

WAN_26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Wan26ImageToVideoInputDuration] = {
    "10",
    "15",
    "5",
}


def check_wan_26_image_to_video_input_duration(
    value: str,
) -> Wan26ImageToVideoInputDuration:
    if value in WAN_26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
