from typing import Literal

KlingV21StandardInputDuration = Literal["10", "5"]

KLING_V21_STANDARD_INPUT_DURATION_VALUES: set[KlingV21StandardInputDuration] = {
    "10",
    "5",
}


def check_kling_v21_standard_input_duration(
    value: str,
) -> KlingV21StandardInputDuration:
    if value in KLING_V21_STANDARD_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_STANDARD_INPUT_DURATION_VALUES!r}"
    )
