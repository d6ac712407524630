from typing import Literal

Wan26FlashVideoToVideoInputDuration = Literal["10", "5"]

WAN_26_FLASH_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES: set[
    Wan26FlashVideoToVideoInputDuration
] = {
    "10",
    "5",
}


def check_wan_26_flash_video_to_video_input_duration(
    value: str,
) -> Wan26FlashVideoToVideoInputDuration:
    if value in WAN_26_FLASH_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_FLASH_VIDEO_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
