from typing import Literal

Sora2ProStoryboardRequestModel = Literal["sora-2-pro-storyboard"]

SORA_2_PRO_STORYBOARD_REQUEST_MODEL_VALUES: set[Sora2ProStoryboardRequestModel] = {
    "sora-2-pro-storyboard",
}


def check_sora_2_pro_storyboard_request_model(
    value: str,
) -> Sora2ProStoryboardRequestModel:
    if value in SORA_2_PRO_STORYBOARD_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_STORYBOARD_REQUEST_MODEL_VALUES!r}"
    )
