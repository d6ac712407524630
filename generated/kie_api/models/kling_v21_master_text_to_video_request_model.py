from typing import Literal

KlingV21MasterTextToVideoRequestModel = Literal["kling/v2-1-master-text-to-video"]

KLING_V21_MASTER_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    KlingV21MasterTextToVideoRequestModel
] = {
    "kling/v2-1-master-text-to-video",
}


def check_kling_v21_master_text_to_video_request_model(
    value: str,
) -> KlingV21MasterTextToVideoRequestModel:
    if value in KLING_V21_MASTER_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_MASTER_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
