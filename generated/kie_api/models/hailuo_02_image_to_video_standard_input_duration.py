from typing import Literal

Hailuo02ImageToVideoStandardInputDuration = Literal["10", "6"]

HAILUO_02_IMAGE_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES: set[
    Hailuo02ImageToVideoStandardInputDuration
] = {
    "10",
    "6",
}


def check_hailuo_02_image_to_video_standard_input_duration(
    value: str,
) -> Hailuo02ImageToVideoStandardInputDuration:
    if value in HAILUO_02_IMAGE_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_IMAGE_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES!r}"
    )
