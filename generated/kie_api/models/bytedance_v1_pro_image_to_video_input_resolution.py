from typing import Literal

BytedanceV1ProImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceV1ProImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_v1_pro_image_to_video_input_resolution(
    value: str,
) -> BytedanceV1ProImageToVideoInputResolution:
    if value in BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
