from typing import Literal

Kling30VideoInputMode = Literal["4K", "pro", "std"]

KLING_30_VIDEO_INPUT_MODE_VALUES: set[Kling30VideoInputMode] = {
    "4K",
    "pro",
    "std",
}


def check_kling_30_video_input_mode(value: str) -> Kling30VideoInputMode:
    if value in KLING_30_VIDEO_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_VIDEO_INPUT_MODE_VALUES!r}"
    )
