from typing import Literal

BytedanceSeedance2FastRequestModel = Literal["bytedance/seedance-2-fast"]

BYTEDANCE_SEEDANCE_2_FAST_REQUEST_MODEL_VALUES: set[
    BytedanceSeedance2FastRequestModel
] = {
    "bytedance/seedance-2-fast",
}


def check_bytedance_seedance_2_fast_request_model(
    value: str,
) -> BytedanceSeedance2FastRequestModel:
    if value in BYTEDANCE_SEEDANCE_2_FAST_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_FAST_REQUEST_MODEL_VALUES!r}"
    )
