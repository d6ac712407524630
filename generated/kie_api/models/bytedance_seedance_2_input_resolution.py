from typing import Literal

BytedanceSeedance2InputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_2_INPUT_RESOLUTION_VALUES: set[BytedanceSeedance2InputResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_2_input_resolution(
    value: str,
) -> BytedanceSeedance2InputResolution:
    if value in BYTEDANCE_SEEDANCE_2_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_INPUT_RESOLUTION_VALUES!r}"
    )
