from typing import Literal

Wan27VideoeditInputAudioSetting = Literal["auto", "origin"]

WAN_27_VIDEOEDIT_INPUT_AUDIO_SETTING_VALUES: set[Wan27VideoeditInputAudioSetting] = {
    "auto",
    "origin",
}


def check_wan_27_videoedit_input_audio_setting(
    value: str,
) -> Wan27VideoeditInputAudioSetting:
    if value in WAN_27_VIDEOEDIT_INPUT_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEOEDIT_INPUT_AUDIO_SETTING_VALUES!r}"
    )
