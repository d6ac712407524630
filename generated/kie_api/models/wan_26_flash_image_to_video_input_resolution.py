from typing import Literal

Wan26FlashImageToVideoInputResolution = Literal["1080p", "720p"]

WAN_26_FLASH_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Wan26FlashImageToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_wan_26_flash_image_to_video_input_resolution(
    value: str,
) -> Wan26FlashImageToVideoInputResolution:
    if value in WAN_26_FLASH_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_FLASH_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
