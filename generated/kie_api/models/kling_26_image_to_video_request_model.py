from typing import Literal

Kling26ImageToVideoRequestModel = Literal["kling-2.6/image-to-video"]

KLING_26_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[Kling26ImageToVideoRequestModel] = {
    "kling-2.6/image-to-video",
}


def check_kling_26_image_to_video_request_model(
    value: str,
) -> Kling26ImageToVideoRequestModel:
    if value in KLING_26_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
