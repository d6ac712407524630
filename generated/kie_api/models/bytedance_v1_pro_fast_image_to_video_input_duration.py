from typing import Literal

BytedanceV1ProFastImageToVideoInputDuration = Literal["10", "5"]

BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    BytedanceV1ProFastImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_bytedance_v1_pro_fast_image_to_video_input_duration(
    value: str,
) -> BytedanceV1ProFastImageToVideoInputDuration:
    if value in BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
