from typing import Literal

SoraWatermarkRemoverRequestModel = Literal["sora-watermark-remover"]

SORA_WATERMARK_REMOVER_REQUEST_MODEL_VALUES: set[SoraWatermarkRemoverRequestModel] = {
    "sora-watermark-remover",
}


def check_sora_watermark_remover_request_model(
    value: str,
) -> SoraWatermarkRemoverRequestModel:
    if value in SORA_WATERMARK_REMOVER_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_WATERMARK_REMOVER_REQUEST_MODEL_VALUES!r}"
    )
