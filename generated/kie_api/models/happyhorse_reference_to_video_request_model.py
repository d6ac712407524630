from typing import Literal

HappyhorseReferenceToVideoRequestModel = Literal["happyhorse/reference-to-video"]

HAPPYHORSE_REFERENCE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    HappyhorseReferenceToVideoRequestModel
] = {
    "happyhorse/reference-to-video",
}


def check_happyhorse_reference_to_video_request_model(
    value: str,
) -> HappyhorseReferenceToVideoRequestModel:
    if value in HAPPYHORSE_REFERENCE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_REFERENCE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
