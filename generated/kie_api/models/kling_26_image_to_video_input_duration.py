from typing import Literal

Kling26ImageToVideoInputDuration = Literal[
    "10", "15", "20", "30", "40", "5", "50", "60", "70", "80"
]

KLING_26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Kling26ImageToVideoInputDuration] = {
    "10",
    "15",
    "20",
    "30",
    "40",
    "5",
    "50",
    "60",
    "70",
    "80",
}


def check_kling_26_image_to_video_input_duration(
    value: str,
) -> Kling26ImageToVideoInputDuration:
    if value in KLING_26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
