from typing import Literal

Sora2ProTextToVideoInputAspectRatio = Literal["landscape", "portrait"]

SORA_2_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Sora2ProTextToVideoInputAspectRatio
] = {
    "landscape",
    "portrait",
}


def check_sora_2_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> Sora2ProTextToVideoInputAspectRatio:
    if value in SORA_2_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
