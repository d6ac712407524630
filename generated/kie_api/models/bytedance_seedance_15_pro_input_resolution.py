from typing import Literal

BytedanceSeedance15ProInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_15_PRO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance15ProInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_15_pro_input_resolution(
    value: str,
) -> BytedanceSeedance15ProInputResolution:
    if value in BYTEDANCE_SEEDANCE_15_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_15_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
