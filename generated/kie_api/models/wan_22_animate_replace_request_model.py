from typing import Literal

Wan22AnimateReplaceRequestModel = Literal["wan/2-2-animate-replace"]

WAN_22_ANIMATE_REPLACE_REQUEST_MODEL_VALUES: set[Wan22AnimateReplaceRequestModel] = {
    "wan/2-2-animate-replace",
}


def check_wan_22_animate_replace_request_model(
    value: str,
) -> Wan22AnimateReplaceRequestModel:
    if value in WAN_22_ANIMATE_REPLACE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_ANIMATE_REPLACE_REQUEST_MODEL_VALUES!r}"
    )
