from typing import Literal

Wan25TextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

WAN_25_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Wan25TextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_wan_25_text_to_video_input_aspect_ratio(
    value: str,
) -> Wan25TextToVideoInputAspectRatio:
    if value in WAN_25_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
