from typing import Literal

Sora2CharactersProRequestModel = Literal["sora-2-characters-pro"]

SORA_2_CHARACTERS_PRO_REQUEST_MODEL_VALUES: set[Sora2CharactersProRequestModel] = {
    "sora-2-characters-pro",
}


def check_sora_2_characters_pro_request_model(
    value: str,
) -> Sora2CharactersProRequestModel:
    if value in SORA_2_CHARACTERS_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_CHARACTERS_PRO_REQUEST_MODEL_VALUES!r}"
    )
