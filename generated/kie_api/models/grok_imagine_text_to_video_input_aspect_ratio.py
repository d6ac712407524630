from typing import Literal

GrokImagineTextToVideoInputAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "9:16"]

GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    GrokImagineTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "9:16",
}


def check_grok_imagine_text_to_video_input_aspect_ratio(
    value: str,
) -> GrokImagineTextToVideoInputAspectRatio:
    if value in GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
