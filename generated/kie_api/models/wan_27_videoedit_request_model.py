from typing import Literal

Wan27VideoeditRequestModel = Literal["wan/2-7-videoedit"]

WAN_27_VIDEOEDIT_REQUEST_MODEL_VALUES: set[Wan27VideoeditRequestModel] = {
    "wan/2-7-videoedit",
}


def check_wan_27_videoedit_request_model(value: str) -> Wan27VideoeditRequestModel:
    if value in WAN_27_VIDEOEDIT_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEOEDIT_REQUEST_MODEL_VALUES!r}"
    )
