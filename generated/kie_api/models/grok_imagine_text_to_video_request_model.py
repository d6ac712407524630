from typing import Literal

GrokImagineTextToVideoRequestModel = Literal["grok-imagine/text-to-video"]

GROK_IMAGINE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES: set[
    GrokImagineTextToVideoRequestModel
] = {
    "grok-imagine/text-to-video",
}


def check_grok_imagine_text_to_video_request_model(
    value: str,
) -> GrokImagineTextToVideoRequestModel:
    if value in GROK_IMAGINE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_TEXT_TO_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
