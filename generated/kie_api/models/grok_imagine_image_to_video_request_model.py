from typing import Literal

GrokImagineImageToVideoRequestModel = Literal["grok-imagine/image-to-video"]

GROK_IMAGINE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    GrokImagineImageToVideoRequestModel
] = {
    "grok-imagine/image-to-video",
}


def check_grok_imagine_image_to_video_request_model(
    value: str,
) -> GrokImagineImageToVideoRequestModel:
    if value in GROK_IMAGINE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_IMAGE_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
