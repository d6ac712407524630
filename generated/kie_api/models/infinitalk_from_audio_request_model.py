from typing import Literal

InfinitalkFromAudioRequestModel = Literal["infinitalk/from-audio"]

INFINITALK_FROM_AUDIO_REQUEST_MODEL_VALUES: set[InfinitalkFromAudioRequestModel] = {
    "infinitalk/from-audio",
}


def check_infinitalk_from_audio_request_model(
    value: str,
) -> InfinitalkFromAudioRequestModel:
    if value in INFINITALK_FROM_AUDIO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_FROM_AUDIO_REQUEST_MODEL_VALUES!r}"
    )
