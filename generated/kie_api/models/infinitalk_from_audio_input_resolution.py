from typing import Literal

InfinitalkFromAudioInputResolution = Literal["480p", "720p"]

INFINITALK_FROM_AUDIO_INPUT_RESOLUTION_VALUES: set[
    InfinitalkFromAudioInputResolution
] = {
    "480p",
    "720p",
}


def check_infinitalk_from_audio_input_resolution(
    value: str,
) -> InfinitalkFromAudioInputResolution:
    if value in INFINITALK_FROM_AUDIO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_FROM_AUDIO_INPUT_RESOLUTION_VALUES!r}"
    )
