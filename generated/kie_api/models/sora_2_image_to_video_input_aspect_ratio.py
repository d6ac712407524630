from typing import Literal

Sora2ImageToVideoInputAspectRatio = Literal["landscape", "portrait"]

SORA_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Sora2ImageToVideoInputAspectRatio
] = {
    "landscape",
    "portrait",
}


def check_sora_2_image_to_video_input_aspect_ratio(
    value: str,
) -> Sora2ImageToVideoInputAspectRatio:
    if value in SORA_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
