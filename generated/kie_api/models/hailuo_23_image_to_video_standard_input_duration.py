from typing import Literal

Hailuo23ImageToVideoStandardInputDuration = Literal["10", "6"]

HAILUO_23_IMAGE_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES: set[
    Hailuo23ImageToVideoStandardInputDuration
] = {
    "10",
    "6",
}


def check_hailuo_23_image_to_video_standard_input_duration(
    value: str,
) -> Hailuo23ImageToVideoStandardInputDuration:
    if value in HAILUO_23_IMAGE_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_IMAGE_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES!r}"
    )
