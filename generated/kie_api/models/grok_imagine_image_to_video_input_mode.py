from typing import Literal

GrokImagineImageToVideoInputMode = Literal["fun", "normal", "spicy"]

GROK_IMAGINE_IMAGE_TO_VIDEO_INPUT_MODE_VALUES: set[GrokImagineImageToVideoInputMode] = {
    "fun",
    "normal",
    "spicy",
}


def check_grok_imagine_image_to_video_input_mode(
    value: str,
) -> GrokImagineImageToVideoInputMode:
    if value in GROK_IMAGINE_IMAGE_TO_VIDEO_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_IMAGE_TO_VIDEO_INPUT_MODE_VALUES!r}"
    )
