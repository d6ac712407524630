from typing import Literal

Wan27VideoeditInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_27_VIDEOEDIT_INPUT_ASPECT_RATIO_VALUES: set[Wan27VideoeditInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_27_videoedit_input_aspect_ratio(
    value: str,
) -> Wan27VideoeditInputAspectRatio:
    if value in WAN_27_VIDEOEDIT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEOEDIT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
