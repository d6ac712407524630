from typing import Literal

Hailuo23ImageToVideoProInputDuration = Literal["10", "6"]

HAILUO_23_IMAGE_TO_VIDEO_PRO_INPUT_DURATION_VALUES: set[
    Hailuo23ImageToVideoProInputDuration
] = {
    "10",
    "6",
}


def check_hailuo_23_image_to_video_pro_input_duration(
    value: str,
) -> Hailuo23ImageToVideoProInputDuration:
    if value in HAILUO_23_IMAGE_TO_VIDEO_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_IMAGE_TO_VIDEO_PRO_INPUT_DURATION_VALUES!r}"
    )
