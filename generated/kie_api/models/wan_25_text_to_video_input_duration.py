from typing import Literal

Wan25TextToVideoInputDuration = Literal["10", "5"]

WAN_25_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Wan25TextToVideoInputDuration] = {
    "10",
    "5",
}


def check_wan_25_text_to_video_input_duration(
    value: str,
) -> Wan25TextToVideoInputDuration:
    if value in WAN_25_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
