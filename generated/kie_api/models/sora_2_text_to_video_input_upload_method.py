from typing import Literal

Sora2TextToVideoInputUploadMethod = Literal["oss", "s3"]

SORA_2_TEXT_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES: set[
    Sora2TextToVideoInputUploadMethod
] = {
    "oss",
    "s3",
}


def check_sora_2_text_to_video_input_upload_method(
    value: str,
) -> Sora2TextToVideoInputUploadMethod:
    if value in SORA_2_TEXT_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES!r}"
    )
