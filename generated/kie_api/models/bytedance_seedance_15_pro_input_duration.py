from typing import Literal

BytedanceSeedance15ProInputDuration = Literal["12", "4", "8"]

BYTEDANCE_SEEDANCE_15_PRO_INPUT_DURATION_VALUES: set[
    BytedanceSeedance15ProInputDuration
] = {
    "12",
    "4",
    "8",
}


def check_bytedance_seedance_15_pro_input_duration(
    value: str,
) -> BytedanceSeedance15ProInputDuration:
    if value in BYTEDANCE_SEEDANCE_15_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_15_PRO_INPUT_DURATION_VALUES!r}"
    )
