from typing import Literal

HappyhorseVideoEditRequestModel = Literal["happyhorse/video-edit"]

HAPPYHORSE_VIDEO_EDIT_REQUEST_MODEL_VALUES: set[HappyhorseVideoEditRequestModel] = {
    "happyhorse/video-edit",
}


def check_happyhorse_video_edit_request_model(
    value: str,
) -> HappyhorseVideoEditRequestModel:
    if value in HAPPYHORSE_VIDEO_EDIT_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_VIDEO_EDIT_REQUEST_MODEL_VALUES!r}"
    )
