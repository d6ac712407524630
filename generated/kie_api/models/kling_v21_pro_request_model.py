from typing import Literal

KlingV21ProRequestModel = Literal["kling/v2-1-pro"]

KLING_V21_PRO_REQUEST_MODEL_VALUES: set[KlingV21ProRequestModel] = {
    "kling/v2-1-pro",
}


def check_kling_v21_pro_request_model(value: str) -> KlingV21ProRequestModel:
    if value in KLING_V21_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V21_PRO_REQUEST_MODEL_VALUES!r}"
    )
