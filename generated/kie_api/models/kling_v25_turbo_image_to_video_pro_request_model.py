from typing import Literal

KlingV25TurboImageToVideoProRequestModel = Literal[
    "kling/v2-5-turbo-image-to-video-pro"
]

KLING_V25_TURBO_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES: set[
    KlingV25TurboImageToVideoProRequestModel
] = {
    "kling/v2-5-turbo-image-to-video-pro",
}


def check_kling_v25_turbo_image_to_video_pro_request_model(
    value: str,
) -> KlingV25TurboImageToVideoProRequestModel:
    if value in KLING_V25_TURBO_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_IMAGE_TO_VIDEO_PRO_REQUEST_MODEL_VALUES!r}"
    )
