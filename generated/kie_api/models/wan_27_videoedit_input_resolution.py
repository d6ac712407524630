from typing import Literal

Wan27VideoeditInputResolution = Literal["1080p", "720p"]

WAN_27_VIDEOEDIT_INPUT_RESOLUTION_VALUES: set[Wan27VideoeditInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_27_videoedit_input_resolution(
    value: str,
) -> Wan27VideoeditInputResolution:
    if value in WAN_27_VIDEOEDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEOEDIT_INPUT_RESOLUTION_VALUES!r}"
    )
