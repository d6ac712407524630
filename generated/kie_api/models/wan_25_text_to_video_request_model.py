from typing import Literal

Wan25TextToVideoRequestModel = Literal["wan/2-5-text-to-video"]

WAN_25_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan25TextToVideoRequestModel] = {
    "wan/2-5-text-to-video",
}


def check_wan_25_text_to_video_request_model(
    value: str,
) -> Wan25TextToVideoRequestModel:
    if value in WAN_25_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
