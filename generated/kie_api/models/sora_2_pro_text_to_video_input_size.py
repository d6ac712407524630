from typing import Literal

Sora2ProTextToVideoInputSize = Literal["high", "standard"]

SORA_2_PRO_TEXT_TO_VIDEO_INPUT_SIZE_VALUES: set[Sora2ProTextToVideoInputSize] = {
    "high",
    "standard",
}


def check_sora_2_pro_text_to_video_input_size(
    value: str,
) -> Sora2ProTextToVideoInputSize:
    if value in SORA_2_PRO_TEXT_TO_VIDEO_INPUT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_TEXT_TO_VIDEO_INPUT_SIZE_VALUES!r}"
    )
