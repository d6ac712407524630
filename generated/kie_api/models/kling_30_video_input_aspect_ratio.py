from typing import Literal

Kling30VideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_30_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Kling30VideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_30_video_input_aspect_ratio(value: str) -> Kling30VideoInputAspectRatio:
    if value in KLING_30_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
