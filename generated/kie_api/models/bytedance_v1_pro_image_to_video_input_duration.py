from typing import Literal

BytedanceV1ProImageToVideoInputDuration = Literal["10", "5"]

BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceV1ProImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_bytedance_v1_pro_image_to_video_input_duration(
    value: str,
) -> BytedanceV1ProImageToVideoInputDuration:
    if value in BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
