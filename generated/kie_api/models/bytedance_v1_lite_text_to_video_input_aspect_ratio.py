from typing import Literal

BytedanceV1LiteTextToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16", "9:21"
]

BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceV1LiteTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_bytedance_v1_lite_text_to_video_input_aspect_ratio(
    value: str,
) -> BytedanceV1LiteTextToVideoInputAspectRatio:
    if value in BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
