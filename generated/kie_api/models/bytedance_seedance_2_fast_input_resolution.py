from typing import Literal

BytedanceSeedance2FastInputResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_2_FAST_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance2FastInputResolution
] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_2_fast_input_resolution(
    value: str,
) -> BytedanceSeedance2FastInputResolution:
    if value in BYTEDANCE_SEEDANCE_2_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_FAST_INPUT_RESOLUTION_VALUES!r}"
    )
