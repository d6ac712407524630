from typing import Literal

Wan26VideoToVideoInputResolution = Literal["1080p", "720p"]

WAN_26_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Wan26VideoToVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_26_video_to_video_input_resolution(
    value: str,
) -> Wan26VideoToVideoInputResolution:
    if value in WAN_26_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
