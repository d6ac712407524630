from typing import Literal

HappyhorseTextToVideoRequestModel = Literal["happyhorse/text-to-video"]

HAPPYHORSE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    HappyhorseTextToVideoRequestModel
] = {
    "happyhorse/text-to-video",
}


def check_happyhorse_text_to_video_request_model(
    value: str,
) -> HappyhorseTextToVideoRequestModel:
    if value in HAPPYHORSE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
