from typing import Literal

KlingV21ProInputDuration = Literal["10", "5"]

KLING_V21_PRO_INPUT_DURATION_VALUES: set[KlingV21ProInputDuration] = {
    "10",
    "5",
}


def check_kling_v21_pro_input_duration(value: str) -> KlingV21ProInputDuration:
    if value in KLING_V21_PRO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_PRO_INPUT_DURATION_VALUES!r}"
    )
