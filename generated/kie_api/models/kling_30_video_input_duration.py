from typing import Literal

Kling30VideoInputDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_30_VIDEO_INPUT_DURATION_VALUES: set[Kling30VideoInputDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_30_video_input_duration(value: str) -> Kling30VideoInputDuration:
    if value in KLING_30_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_VIDEO_INPUT_DURATION_VALUES!r}"
    )
