from typing import Literal

Kling30VideoRequestModel = Literal["kling-3.0/video"]

KLING_30_VIDEO_REQUEST_MODEL_VALUES: set[Kling30VideoRequestModel] = {
    "kling-3.0/video",
}


def check_kling_30_video_request_model(value: str) -> Kling30VideoRequestModel:
    if value in KLING_30_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
