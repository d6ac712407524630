from typing import Literal

HappyhorseTextToVideoInputResolution = Literal["1080p", "720p"]

HAPPYHORSE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HappyhorseTextToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_happyhorse_text_to_video_input_resolution(
    value: str,
) -> HappyhorseTextToVideoInputResolution:
    if value in HAPPYHORSE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
