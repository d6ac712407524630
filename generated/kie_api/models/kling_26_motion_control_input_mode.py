from typing import Literal

Kling26MotionControlInputMode = Literal["1080p", "720p"]

KLING_26_MOTION_CONTROL_INPUT_MODE_VALUES: set[Kling26MotionControlInputMode] = {
    "1080p",
    "720p",
}


def check_kling_26_motion_control_input_mode(
    value: str,
) -> Kling26MotionControlInputMode:
    if value in KLING_26_MOTION_CONTROL_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_MOTION_CONTROL_INPUT_MODE_VALUES!r}"
    )
