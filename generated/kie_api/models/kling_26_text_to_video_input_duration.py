from typing import Literal

Kling26TextToVideoInputDuration = Literal["10", "5"]

KLING_26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Kling26TextToVideoInputDuration] = {
    "10",
    "5",
}


def check_kling_26_text_to_video_input_duration(
    value: str,
) -> Kling26TextToVideoInputDuration:
    if value in KLING_26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
