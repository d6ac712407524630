from typing import Literal

HappyhorseImageToVideoInputResolution = Literal["1080p", "720p"]

HAPPYHORSE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HappyhorseImageToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_happyhorse_image_to_video_input_resolution(
    value: str,
) -> HappyhorseImageToVideoInputResolution:
    if value in HAPPYHORSE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
