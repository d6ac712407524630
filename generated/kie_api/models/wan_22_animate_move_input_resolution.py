from typing import Literal

Wan22AnimateMoveInputResolution = Literal["480p", "580p", "720p"]

WAN_22_ANIMATE_MOVE_INPUT_RESOLUTION_VALUES: set[Wan22AnimateMoveInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_22_animate_move_input_resolution(
    value: str,
) -> Wan22AnimateMoveInputResolution:
    if value in WAN_22_ANIMATE_MOVE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_ANIMATE_MOVE_INPUT_RESOLUTION_VALUES!r}"
    )
