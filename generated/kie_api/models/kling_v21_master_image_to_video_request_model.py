from typing import Literal

KlingV21MasterImageToVideoRequestModel = Literal["kling/v2-1-master-image-to-video"]

KLING_V21_MASTER_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    KlingV21MasterImageToVideoRequestModel
] = {
    "kling/v2-1-master-image-to-video",
}


def check_kling_v21_master_image_to_video_request_model(
    value: str,
) -> KlingV21MasterImageToVideoRequestModel:
    if value in KLING_V21_MASTER_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_MASTER_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
