from typing import Literal

Wan22A14BTextToVideoTurboInputAspectRatio = Literal["16:9", "9:16"]

WAN_22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES: set[
    Wan22A14BTextToVideoTurboInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_wan_22a14b_text_to_video_turbo_input_aspect_ratio(
    value: str,
) -> Wan22A14BTextToVideoTurboInputAspectRatio:
    if value in WAN_22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
