from typing import Literal

Wan22A14BTextToVideoTurboRequestModel = Literal["wan/2-2-a14b-text-to-video-turbo"]

WAN_22A14B_TEXT_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES: set[
    Wan22A14BTextToVideoTurboRequestModel
] = {
    "wan/2-2-a14b-text-to-video-turbo",
}


def check_wan_22a14b_text_to_video_turbo_request_model(
    value: str,
) -> Wan22A14BTextToVideoTurboRequestModel:
    if value in WAN_22A14B_TEXT_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22A14B_TEXT_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES!r}"
    )
