from typing import Literal

BytedanceSeedance2FastInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

BYTEDANCE_SEEDANCE_2_FAST_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedance2FastInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_bytedance_seedance_2_fast_input_aspect_ratio(
    value: str,
) -> BytedanceSeedance2FastInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_2_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )
