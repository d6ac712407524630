from typing import Literal

SoraWatermarkRemoverInputUploadMethod = Literal["oss", "s3"]

SORA_WATERMARK_REMOVER_INPUT_UPLOAD_METHOD_VALUES: set[
    SoraWatermarkRemoverInputUploadMethod
] = {
    "oss",
    "s3",
}


def check_sora_watermark_remover_input_upload_method(
    value: str,
) -> SoraWatermarkRemoverInputUploadMethod:
    if value in SORA_WATERMARK_REMOVER_INPUT_UPLOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_WATERMARK_REMOVER_INPUT_UPLOAD_METHOD_VALUES!r}"
    )
