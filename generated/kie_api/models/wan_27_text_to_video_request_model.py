from typing import Literal

Wan27TextToVideoRequestModel = Literal["wan/2-7-text-to-video"]

WAN_27_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan27TextToVideoRequestModel] = {
    "wan/2-7-text-to-video",
}


def check_wan_27_text_to_video_request_model(
    value: str,
) -> Wan27TextToVideoRequestModel:
    if value in WAN_27_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
