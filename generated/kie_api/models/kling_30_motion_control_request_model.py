from typing import Literal

Kling30MotionControlRequestModel = Literal["kling-3.0/motion-control"]

KLING_30_MOTION_CONTROL_REQUEST_MODEL_VALUES: set[Kling30MotionControlRequestModel] = {
    "kling-3.0/motion-control",
}


def check_kling_30_motion_control_request_model(
    value: str,
) -> Kling30MotionControlRequestModel:
    if value in KLING_30_MOTION_CONTROL_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_MOTION_CONTROL_REQUEST_MODEL_VALUES!r}"
    )
