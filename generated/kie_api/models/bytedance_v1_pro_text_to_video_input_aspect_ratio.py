from typing import Literal

BytedanceV1ProTextToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceV1ProTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_bytedance_v1_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceV1ProTextToVideoInputAspectRatio:
    if value in BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
