from typing import Literal

KlingV21MasterTextToVideoInputDuration = Literal["10", "5"]

KLING_V21_MASTER_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingV21MasterTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_v21_master_text_to_video_input_duration(
    value: str,
) -> KlingV21MasterTextToVideoInputDuration:
    if value in KLING_V21_MASTER_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_MASTER_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
