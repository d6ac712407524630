from typing import Literal

GrokImagineTextToVideoInputMode = Literal["fun", "normal", "spicy"]

GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_MODE_VALUES: set[GrokImagineTextToVideoInputMode] = {
    "fun",
    "normal",
    "spicy",
}


def check_grok_imagine_text_to_video_input_mode(
    value: str,
) -> GrokImagineTextToVideoInputMode:
    if value in GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_MODE_VALUES!r}"
    )
