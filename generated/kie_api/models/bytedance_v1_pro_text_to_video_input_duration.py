from typing import Literal

BytedanceV1ProTextToVideoInputDuration = Literal["10", "5"]

BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceV1ProTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_bytedance_v1_pro_text_to_video_input_duration(
    value: str,
) -> BytedanceV1ProTextToVideoInputDuration:
    if value in BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
