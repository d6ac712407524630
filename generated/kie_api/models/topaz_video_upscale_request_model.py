from typing import Literal

TopazVideoUpscaleRequestModel = Literal["topaz/video-upscale"]

TOPAZ_VIDEO_UPSCALE_REQUEST_MODEL_VALUES: set[TopazVideoUpscaleRequestModel] = {
    "topaz/video-upscale",
}


def check_topaz_video_upscale_request_model(
    value: str,
) -> TopazVideoUpscaleRequestModel:
    if value in TOPAZ_VIDEO_UPSCALE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_VIDEO_UPSCALE_REQUEST_MODEL_VALUES!r}"
    )
