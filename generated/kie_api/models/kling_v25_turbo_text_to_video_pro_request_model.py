from typing import Literal

KlingV25TurboTextToVideoProRequestModel = Literal["kling/v2-5-turbo-text-to-video-pro"]

KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_REQUEST_MODEL_VALUES: set[
    KlingV25TurboTextToVideoProRequestModel
] = {
    "kling/v2-5-turbo-text-to-video-pro",
}


def check_kling_v25_turbo_text_to_video_pro_request_model(
    value: str,
) -> KlingV25TurboTextToVideoProRequestModel:
    if value in KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_REQUEST_MODEL_VALUES!r}"
    )
