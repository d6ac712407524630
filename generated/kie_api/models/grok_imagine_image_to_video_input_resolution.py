from typing import Literal

GrokImagineImageToVideoInputResolution = Literal["480p", "720p"]

GROK_IMAGINE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    GrokImagineImageToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_grok_imagine_image_to_video_input_resolution(
    value: str,
) -> GrokImagineImageToVideoInputResolution:
    if value in GROK_IMAGINE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
