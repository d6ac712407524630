from typing import Literal

Wan26FlashImageToVideoInputDuration = Literal["10", "15", "5"]

WAN_26_FLASH_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    Wan26FlashImageToVideoInputDuration
] = {
    "10",
    "15",
    "5",
}


def check_wan_26_flash_image_to_video_input_duration(
    value: str,
) -> Wan26FlashImageToVideoInputDuration:
    if value in WAN_26_FLASH_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_FLASH_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
