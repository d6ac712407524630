from typing import Literal

Sora2TextToVideoInputNFrames = Literal["10", "15"]

SORA_2_TEXT_TO_VIDEO_INPUT_N_FRAMES_VALUES: set[Sora2TextToVideoInputNFrames] = {
    "10",
    "15",
}


def check_sora_2_text_to_video_input_n_frames(
    value: str,
) -> Sora2TextToVideoInputNFrames:
    if value in SORA_2_TEXT_TO_VIDEO_INPUT_N_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_INPUT_N_FRAMES_VALUES!r}"
    )
