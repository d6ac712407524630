from typing import Literal

Sora2ProStoryboardInputNFrames = Literal["10", "15", "25"]

SORA_2_PRO_STORYBOARD_INPUT_N_FRAMES_VALUES: set[Sora2ProStoryboardInputNFrames] = {
    "10",
    "15",
    "25",
}


def check_sora_2_pro_storyboard_input_n_frames(
    value: str,
) -> Sora2ProStoryboardInputNFrames:
    if value in SORA_2_PRO_STORYBOARD_INPUT_N_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_STORYBOARD_INPUT_N_FRAMES_VALUES!r}"
    )
