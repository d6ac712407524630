from typing import Literal

HappyhorseReferenceToVideoInputResolution = Literal["1080p", "720p"]

HAPPYHORSE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HappyhorseReferenceToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_happyhorse_reference_to_video_input_resolution(
    value: str,
) -> HappyhorseReferenceToVideoInputResolution:
    if value in HAPPYHORSE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_REFERENCE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
