from typing import Literal

Wan26VideoToVideoInputDuration = Literal["10", "5"]

WAN_26_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES: set[Wan26VideoToVideoInputDuration] = {
    "10",
    "5",
}


def check_wan_26_video_to_video_input_duration(
    value: str,
) -> Wan26VideoToVideoInputDuration:
    if value in WAN_26_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
