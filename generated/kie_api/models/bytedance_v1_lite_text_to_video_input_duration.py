from typing import Literal

BytedanceV1LiteTextToVideoInputDuration = Literal["10", "5"]

BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceV1LiteTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_bytedance_v1_lite_text_to_video_input_duration(
    value: str,
) -> BytedanceV1LiteTextToVideoInputDuration:
    if value in BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
