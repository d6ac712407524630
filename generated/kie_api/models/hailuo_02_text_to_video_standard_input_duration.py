from typing import Literal

Hailuo02TextToVideoStandardInputDuration = Literal["10", "6"]

HAILUO_02_TEXT_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES: set[
    Hailuo02TextToVideoStandardInputDuration
] = {
    "10",
    "6",
}


def check_hailuo_02_text_to_video_standard_input_duration(
    value: str,
) -> Hailuo02TextToVideoStandardInputDuration:
    if value in HAILUO_02_TEXT_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_TEXT_TO_VIDEO_STANDARD_INPUT_DURATION_VALUES!r}"
    )
