from typing import Literal

HappyhorseTextToVideoInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

HAPPYHORSE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    HappyhorseTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_happyhorse_text_to_video_input_aspect_ratio(
    value: str,
) -> HappyhorseTextToVideoInputAspectRatio:
    if value in HAPPYHORSE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
