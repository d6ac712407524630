from typing import Literal

Sora2ProStoryboardInputAspectRatio = Literal["landscape", "portrait"]

SORA_2_PRO_STORYBOARD_INPUT_ASPECT_RATIO_VALUES: set[
    Sora2ProStoryboardInputAspectRatio
] = {
    "landscape",
    "portrait",
}


def check_sora_2_pro_storyboard_input_aspect_ratio(
    value: str,
) -> Sora2ProStoryboardInputAspectRatio:
    if value in SORA_2_PRO_STORYBOARD_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_STORYBOARD_INPUT_ASPECT_RATIO_VALUES!r}"
    )
