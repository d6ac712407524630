from typing import Literal

BytedanceSeedance2RequestModel = Literal["bytedance/seedance-2"]

BYTEDANCE_SEEDANCE_2_REQUEST_MODEL_VALUES: set[BytedanceSeedance2RequestModel] = {
    "bytedance/seedance-2",
}


def check_bytedance_seedance_2_request_model(
    value: str,
) -> BytedanceSeedance2RequestModel:
    if value in BYTEDANCE_SEEDANCE_2_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_REQUEST_MODEL_VALUES!r}"
    )
