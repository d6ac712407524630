from typing import Literal

Wan26FlashImageToVideoRequestModel = Literal["wan/2-6-flash-image-to-video"]

WAN_26_FLASH_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    Wan26FlashImageToVideoRequestModel
] = {
    "wan/2-6-flash-image-to-video",
}


def check_wan_26_flash_image_to_video_request_model(
    value: str,
) -> Wan26FlashImageToVideoRequestModel:
    if value in WAN_26_FLASH_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_FLASH_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
