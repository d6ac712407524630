from typing import Literal

Sora2ProStoryboardInputUploadMethod = Literal["oss", "s3"]

SORA_2_PRO_STORYBOARD_INPUT_UPLOAD_METHOD_VALUES: set[
    Sora2ProStoryboardInputUploadMethod
] = {
    "oss",
    "s3",
}


def check_sora_2_pro_storyboard_input_upload_method(
    value: str,
) -> Sora2ProStoryboardInputUploadMethod:
    if value in SORA_2_PRO_STORYBOARD_INPUT_UPLOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_STORYBOARD_INPUT_UPLOAD_METHOD_VALUES!r}"
    )
