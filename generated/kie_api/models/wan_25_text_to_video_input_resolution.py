from typing import Literal

Wan25TextToVideoInputResolution = Literal["1080p", "720p"]

WAN_25_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Wan25TextToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_25_text_to_video_input_resolution(
    value: str,
) -> Wan25TextToVideoInputResolution:
    if value in WAN_25_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
