from typing import Literal

Wan22AnimateReplaceInputResolution = Literal["480p", "580p", "720p"]

WAN_22_ANIMATE_REPLACE_INPUT_RESOLUTION_VALUES: set[
    Wan22AnimateReplaceInputResolution
] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_22_animate_replace_input_resolution(
    value: str,
) -> Wan22AnimateReplaceInputResolution:
    if value in WAN_22_ANIMATE_REPLACE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_ANIMATE_REPLACE_INPUT_RESOLUTION_VALUES!r}"
    )
