from typing import Literal

BytedanceSeedance15ProRequestModel = Literal["bytedance/seedance-1.5-pro"]

BYTEDANCE_SEEDANCE_15_PRO_REQUEST_MODEL_VALUES: set[
    BytedanceSeedance15ProRequestModel
] = {
    "bytedance/seedance-1.5-pro",
}


def check_bytedance_seedance_15_pro_request_model(
    value: str,
) -> BytedanceSeedance15ProRequestModel:
    if value in BYTEDANCE_SEEDANCE_15_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_15_PRO_REQUEST_MODEL_VALUES!r}"
    )
