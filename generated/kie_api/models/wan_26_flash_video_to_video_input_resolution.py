from typing import Literal

Wan26FlashVideoToVideoInputResolution = Literal["1080p", "720p"]

WAN_26_FLASH_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Wan26FlashVideoToVideoInputResolution
] = {
    "1080p",
    "720p",
}


def check_wan_26_flash_video_to_video_input_resolution(
    value: str,
) -> Wan26FlashVideoToVideoInputResolution:
    if value in WAN_26_FLASH_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_FLASH_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
