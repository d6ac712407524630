from typing import Literal

Wan22A14BImageToVideoTurboInputAcceleration = Literal["none", "regular"]

WAN_22A14B_IMAGE_TO_VIDEO_TURBO_INPUT_ACCELERATION_VALUES: set[
    Wan22A14BImageToVideoTurboInputAcceleration
] = {
    "none",
    "regular",
}


def check_wan_22a14b_image_to_video_turbo_input_acceleration(
    value: str,
) -> Wan22A14BImageToVideoTurboInputAcceleration:
    if value in WAN_22A14B_IMAGE_TO_VIDEO_TURBO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22A14B_IMAGE_TO_VIDEO_TURBO_INPUT_ACCELERATION_VALUES!r}"
    )
