from typing import Literal

Hailuo23ImageToVideoProInputResolution = Literal["1080P", "768P"]

HAILUO_23_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES: set[
    Hailuo23ImageToVideoProInputResolution
] = {
    "1080P",
    "768P",
}


def check_hailuo_23_image_to_video_pro_input_resolution(
    value: str,
) -> Hailuo23ImageToVideoProInputResolution:
    if value in HAILUO_23_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_IMAGE_TO_VIDEO_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
