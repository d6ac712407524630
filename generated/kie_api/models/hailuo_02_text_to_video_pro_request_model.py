from typing import Literal

Hailuo02TextToVideoProRequestModel = Literal["hailuo/02-text-to-video-pro"]

HAILUO_02_TEXT_TO_VIDEO_PRO_REQUEST_MODEL_VALUES: set[
    Hailuo02TextToVideoProRequestModel
] = {
    "hailuo/02-text-to-video-pro",
}


def check_hailuo_02_text_to_video_pro_request_model(
    value: str,
) -> Hailuo02TextToVideoProRequestModel:
    if value in HAILUO_02_TEXT_TO_VIDEO_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_TEXT_TO_VIDEO_PRO_REQUEST_MODEL_VALUES!r}"
    )
