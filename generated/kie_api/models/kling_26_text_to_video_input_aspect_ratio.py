from typing import Literal

Kling26TextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_26_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Kling26TextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_26_text_to_video_input_aspect_ratio(
    value: str,
) -> Kling26TextToVideoInputAspectRatio:
    if value in KLING_26_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
