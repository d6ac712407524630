from typing import Literal

BytedanceV1ProTextToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceV1ProTextToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_v1_pro_text_to_video_input_resolution(
    value: str,
) -> BytedanceV1ProTextToVideoInputResolution:
    if value in BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
