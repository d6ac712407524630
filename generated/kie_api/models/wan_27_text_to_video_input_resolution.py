from typing import Literal

Wan27TextToVideoInputResolution = Literal["1080p", "720p"]

WAN_27_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Wan27TextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_27_text_to_video_input_resolution(
    value: str,
) -> Wan27TextToVideoInputResolution:
    if value in WAN_27_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
