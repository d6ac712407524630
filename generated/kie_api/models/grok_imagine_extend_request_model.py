from typing import Literal

GrokImagineExtendRequestModel = Literal["grok-imagine/extend"]

GROK_IMAGINE_EXTEND_REQUEST_MODEL_VALUES: set[GrokImagineExtendRequestModel] = {
    "grok-imagine/extend",
}


def check_grok_imagine_extend_request_model(
    value: str,
) -> GrokImagineExtendRequestModel:
    if value in GROK_IMAGINE_EXTEND_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_EXTEND_REQUEST_MODEL_VALUES!r}"
    )
