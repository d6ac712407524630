from typing import Literal

KlingV21MasterTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V21_MASTER_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingV21MasterTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v21_master_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingV21MasterTextToVideoInputAspectRatio:
    if value in KLING_V21_MASTER_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_MASTER_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
