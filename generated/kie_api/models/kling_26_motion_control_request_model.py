from typing import Literal

Kling26MotionControlRequestModel = Literal["kling-2.6/motion-control"]

KLING_26_MOTION_CONTROL_REQUEST_MODEL_VALUES: set[Kling26MotionControlRequestModel] = {
    "kling-2.6/motion-control",
}


def check_kling_26_motion_control_request_model(
    value: str,
) -> Kling26MotionControlRequestModel:
    if value in KLING_26_MOTION_CONTROL_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_MOTION_CONTROL_REQUEST_MODEL_VALUES!r}"
    )
