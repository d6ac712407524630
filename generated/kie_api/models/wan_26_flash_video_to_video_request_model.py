from typing import Literal

Wan26FlashVideoToVideoRequestModel = Literal["wan/2-6-flash-video-to-video"]

WAN_26_FLASH_VIDEO_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    Wan26FlashVideoToVideoRequestModel
] = {
    "wan/2-6-flash-video-to-video",
}


def check_wan_26_flash_video_to_video_request_model(
    value: str,
) -> Wan26FlashVideoToVideoRequestModel:
    if value in WAN_26_FLASH_VIDEO_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_FLASH_VIDEO_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
