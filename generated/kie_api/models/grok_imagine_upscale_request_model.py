from typing import Literal

GrokImagineUpscaleRequestModel = Literal["grok-imagine/upscale"]

GROK_IMAGINE_UPSCALE_REQUEST_MODEL_VALUES: set[GrokImagineUpscaleRequestModel] = {
    "grok-imagine/upscale",
}


def check_grok_imagine_upscale_request_model(
    value: str,
) -> GrokImagineUpscaleRequestModel:
    if value in GROK_IMAGINE_UPSCALE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_UPSCALE_REQUEST_MODEL_VALUES!r}"
    )
