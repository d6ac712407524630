from typing import Literal

Wan22AnimateMoveRequestModel = Literal["wan/2-2-animate-move"]

WAN_22_ANIMATE_MOVE_REQUEST_MODEL_VALUES: set[Wan22AnimateMoveRequestModel] = {
    "wan/2-2-animate-move",
}


def check_wan_22_animate_move_request_model(value: str) -> Wan22AnimateMoveRequestModel:
    if value in WAN_22_ANIMATE_MOVE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_ANIMATE_MOVE_REQUEST_MODEL_VALUES!r}"
    )
