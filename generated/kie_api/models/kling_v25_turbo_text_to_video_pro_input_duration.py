from typing import Literal

KlingV25TurboTextToVideoProInputDuration = Literal["10", "5"]

KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_INPUT_DURATION_VALUES: set[
    KlingV25TurboTextToVideoProInputDuration
] = {
    "10",
    "5",
}


def check_kling_v25_turbo_text_to_video_pro_input_duration(
    value: str,
) -> KlingV25TurboTextToVideoProInputDuration:
    if value in KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_TEXT_TO_VIDEO_PRO_INPUT_DURATION_VALUES!r}"
    )
