from typing import Literal

Hailuo02ImageToVideoStandardInputResolution = Literal["512P", "768P"]

HAILUO_02_IMAGE_TO_VIDEO_STANDARD_INPUT_RESOLUTION_VALUES: set[
    Hailuo02ImageToVideoStandardInputResolution
] = {
    "512P",
    "768P",
}


def check_hailuo_02_image_to_video_standard_input_resolution(
    value: str,
) -> Hailuo02ImageToVideoStandardInputResolution:
    if value in HAILUO_02_IMAGE_TO_VIDEO_STANDARD_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_IMAGE_TO_VIDEO_STANDARD_INPUT_RESOLUTION_VALUES!r}"
    )
