from typing import Literal

BytedanceSeedance15ProInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

BYTEDANCE_SEEDANCE_15_PRO_INPUT_ASPECT_RATIO_VALUES: set[
    BytedanceSeedance15ProInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_bytedance_seedance_15_pro_input_aspect_ratio(
    value: str,
) -> BytedanceSeedance15ProInputAspectRatio:
    if value in BYTEDANCE_SEEDANCE_15_PRO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_15_PRO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
