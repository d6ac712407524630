from typing import Literal

Wan26VideoToVideoRequestModel = Literal["wan/2-6-video-to-video"]

WAN_26_VIDEO_TO_VIDEO_REQUEST_MODEL_VALUES: set[Wan26VideoToVideoRequestModel] = {
    "wan/2-6-video-to-video",
}


def check_wan_26_video_to_video_request_model(
    value: str,
) -> Wan26VideoToVideoRequestModel:
    if value in WAN_26_VIDEO_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_VIDEO_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
