from typing import Literal

BytedanceV1ProFastImageToVideoInputResolution = Literal["1080p", "720p"]

BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceV1ProFastImageToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_bytedance_v1_pro_fast_image_to_video_input_resolution(
    value: str,
) -> BytedanceV1ProFastImageToVideoInputResolution:
    if value in BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
