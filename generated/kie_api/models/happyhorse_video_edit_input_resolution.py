from typing import Literal

HappyhorseVideoEditInputResolution = Literal["1080p", "720p"]

HAPPYHORSE_VIDEO_EDIT_INPUT_RESOLUTION_VALUES: set[
    HappyhorseVideoEditInputResolution
] = {
    "1080p",
    "720p",
}


def check_happyhorse_video_edit_input_resolution(
    value: str,
) -> HappyhorseVideoEditInputResolution:
    if value in HAPPYHORSE_VIDEO_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_VIDEO_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )
