from typing import Literal

GrokImagineTextToVideoInputResolution = Literal["480p", "720p"]

GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    GrokImagineTextToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_grok_imagine_text_to_video_input_resolution(
    value: str,
) -> GrokImagineTextToVideoInputResolution:
    if value in GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
