from typing import Literal

HappyhorseVideoEditInputAudioSetting = Literal["auto", "origin"]

HAPPYHORSE_VIDEO_EDIT_INPUT_AUDIO_SETTING_VALUES: set[
    HappyhorseVideoEditInputAudioSetting
] = {
    "auto",
    "origin",
}


def check_happyhorse_video_edit_input_audio_setting(
    value: str,
) -> HappyhorseVideoEditInputAudioSetting:
    if value in HAPPYHORSE_VIDEO_EDIT_INPUT_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_VIDEO_EDIT_INPUT_AUDIO_SETTING_VALUES!r}"
    )
