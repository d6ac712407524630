from typing import Literal

BytedanceV1LiteImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_V1_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceV1LiteImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_v1_lite_image_to_video_input_resolution(
    value: str,
) -> BytedanceV1LiteImageToVideoInputResolution:
    if value in BYTEDANCE_V1_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_V1_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
