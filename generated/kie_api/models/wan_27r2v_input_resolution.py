from typing import Literal

Wan27R2VInputResolution = Literal["1080p", "720p"]

WAN_27R2V_INPUT_RESOLUTION_VALUES: set[Wan27R2VInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_27r2v_input_resolution(value: str) -> Wan27R2VInputResolution:
    if value in WAN_27R2V_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27R2V_INPUT_RESOLUTION_VALUES!r}"
    )
