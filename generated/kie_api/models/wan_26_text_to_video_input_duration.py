from typing import Literal

Wan26TextToVideoInputDuration = Literal["10", "15", "5"]

WAN_26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Wan26TextToVideoInputDuration] = {
    "10",
    "15",
    "5",
}


def check_wan_26_text_to_video_input_duration(
    value: str,
) -> Wan26TextToVideoInputDuration:
    if value in WAN_26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
