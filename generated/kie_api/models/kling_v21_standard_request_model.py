from typing import Literal

KlingV21StandardRequestModel = Literal["kling/v2-1-standard"]

KLING_V21_STANDARD_REQUEST_MODEL_VALUES: set[KlingV21StandardRequestModel] = {
    "kling/v2-1-standard",
}


def check_kling_v21_standard_request_model(value: str) -> KlingV21StandardRequestModel:
    if value in KLING_V21_STANDARD_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_STANDARD_REQUEST_MODEL_VALUES!r}"
    )
