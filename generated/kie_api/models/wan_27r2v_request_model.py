from typing import Literal

Wan27R2VRequestModel = Literal["wan/2-7-r2v"]

WAN_27R2V_REQUEST_MODEL_VALUES: set[Wan27R2VRequestModel] = {
    "wan/2-7-r2v",
}


def check_wan_27r2v_request_model(value: str) -> Wan27R2VRequestModel:
    if value in WAN_27R2V_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27R2V_REQUEST_MODEL_VALUES!r}"
    )
