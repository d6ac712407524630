from typing import Literal

HappyhorseReferenceToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

HAPPYHORSE_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    HappyhorseReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_happyhorse_reference_to_video_input_aspect_ratio(
    value: str,
) -> HappyhorseReferenceToVideoInputAspectRatio:
    if value in HAPPYHORSE_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
