from typing import Literal

Sora2ProImageToVideoInputAspectRatio = Literal["landscape", "portrait"]

SORA_2_PRO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Sora2ProImageToVideoInputAspectRatio
] = {
    "landscape",
    "portrait",
}


def check_sora_2_pro_image_to_video_input_aspect_ratio(
    value: str,
) -> Sora2ProImageToVideoInputAspectRatio:
    if value in SORA_2_PRO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
