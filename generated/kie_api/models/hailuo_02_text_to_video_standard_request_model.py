from typing import Literal

Hailuo02TextToVideoStandardRequestModel = Literal["hailuo/02-text-to-video-standard"]

HAILUO_02_TEXT_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES: set[
    Hailuo02TextToVideoStandardRequestModel
] = {
    "hailuo/02-text-to-video-standard",
}


def check_hailuo_02_text_to_video_standard_request_model(
    value: str,
) -> Hailuo02TextToVideoStandardRequestModel:
    if value in HAILUO_02_TEXT_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_TEXT_TO_VIDEO_STANDARD_REQUEST_MODEL_VALUES!r}"
    )
