from typing import Literal

KlingV25TurboTextToVideoProInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingV25TurboTextToVideoProInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v25_turbo_text_to_video_pro_input_aspect_ratio(
    value: str,
) -> KlingV25TurboTextToVideoProInputAspectRatio:
    if value in KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
