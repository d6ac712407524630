from typing import Literal

KlingV21MasterImageToVideoInputDuration = Literal["10", "5"]

KLING_V21_MASTER_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingV21MasterImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_v21_master_image_to_video_input_duration(
    value: str,
) -> KlingV21MasterImageToVideoInputDuration:
    if value in KLING_V21_MASTER_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_MASTER_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
