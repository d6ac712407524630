from typing import Literal

Kling26TextToVideoRequestModel = Literal["kling-2.6/text-to-video"]

KLING_26_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[Kling26TextToVideoRequestModel] = {
    "kling-2.6/text-to-video",
}


def check_kling_26_text_to_video_request_model(
    value: str,
) -> Kling26TextToVideoRequestModel:
    if value in KLING_26_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
