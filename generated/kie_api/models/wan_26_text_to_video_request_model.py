from typing import Literal

Wan26TextToVideoRequestModel = Literal["wan/2-6-text-to-video"]

WAN_26_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan26TextToVideoRequestModel] = {
    "wan/2-6-text-to-video",
}


def check_wan_26_text_to_video_request_model(
    value: str,
) -> Wan26TextToVideoRequestModel:
    if value in WAN_26_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
