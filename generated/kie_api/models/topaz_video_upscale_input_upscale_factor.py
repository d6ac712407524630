from typing import Literal

TopazVideoUpscaleInputUpscaleFactor = Literal["1", "2", "4"]

TOPAZ_VIDEO_UPSCALE_INPUT_UPSCALE_FACTOR_VALUES: set[
    TopazVideoUpscaleInputUpscaleFactor
] = {
    "1",
    "2",
    "4",
}


def check_topaz_video_upscale_input_upscale_factor(
    value: str,
) -> TopazVideoUpscaleInputUpscaleFactor:
    if value in TOPAZ_VIDEO_UPSCALE_INPUT_UPSCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_VIDEO_UPSCALE_INPUT_UPSCALE_FACTOR_VALUES!r}"
    )
