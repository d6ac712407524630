from typing import Literal

Wan26TextToVideoInputResolution = Literal["1080p", "720p"]

WAN_26_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Wan26TextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_26_text_to_video_input_resolution(
    value: str,
) -> Wan26TextToVideoInputResolution:
    if value in WAN_26_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
