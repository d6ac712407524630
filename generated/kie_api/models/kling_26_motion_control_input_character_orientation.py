from typing import Literal

Kling26MotionControlInputCharacterOrientation = Literal["image", "video"]

KLING_26_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES: set[
    Kling26MotionControlInputCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_26_motion_control_input_character_orientation(
    value: str,
) -> Kling26MotionControlInputCharacterOrientation:
    if value in KLING_26_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_26_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES!r}"
    )
