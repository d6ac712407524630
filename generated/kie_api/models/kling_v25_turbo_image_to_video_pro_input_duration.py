from typing import Literal

KlingV25TurboImageToVideoProInputDuration = Literal["10", "5"]

KLING_V25_TURBO_IMAGE_TO_VIDEO_PRO_INPUT_DURATION_VALUES: set[
    KlingV25TurboImageToVideoProInputDuration
] = {
    "10",
    "5",
}


def check_kling_v25_turbo_image_to_video_pro_input_duration(
    value: str,
) -> KlingV25TurboImageToVideoProInputDuration:
    if value in KLING_V25_TURBO_IMAGE_TO_VIDEO_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V25_TURBO_IMAGE_TO_VIDEO_PRO_INPUT_DURATION_VALUES!r}"
    )
