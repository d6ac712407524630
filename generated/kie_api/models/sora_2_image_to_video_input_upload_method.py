from typing import Literal

Sora2ImageToVideoInputUploadMethod = Literal["oss", "s3"]

SORA_2_IMAGE_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES: set[
    Sora2ImageToVideoInputUploadMethod
] = {
    "oss",
    "s3",
}


def check_sora_2_image_to_video_input_upload_method(
    value: str,
) -> Sora2ImageToVideoInputUploadMethod:
    if value in SORA_2_IMAGE_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES!r}"
    )
