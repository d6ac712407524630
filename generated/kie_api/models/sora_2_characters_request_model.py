from typing import Literal

Sora2CharactersRequestModel = Literal["sora-2-characters"]

SORA_2_CHARACTERS_REQUEST_MODEL_VALUES: set[Sora2CharactersRequestModel] = {
    "sora-2-characters",
}


def check_sora_2_characters_request_model(value: str) -> Sora2CharactersRequestModel:
    if value in SORA_2_CHARACTERS_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_CHARACTERS_REQUEST_MODEL_VALUES!r}"
    )
