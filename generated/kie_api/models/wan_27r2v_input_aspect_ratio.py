from typing import Literal

Wan27R2VInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_27R2V_INPUT_ASPECT_RATIO_VALUES: set[Wan27R2VInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_27r2v_input_aspect_ratio(value: str) -> Wan27R2VInputAspectRatio:
    if value in WAN_27R2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27R2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )
