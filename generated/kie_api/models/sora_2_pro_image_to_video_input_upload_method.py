from typing import Literal

Sora2ProImageToVideoInputUploadMethod = Literal["oss", "s3"]

SORA_2_PRO_IMAGE_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES: set[
    Sora2ProImageToVideoInputUploadMethod
] = {
    "oss",
    "s3",
}


def check_sora_2_pro_image_to_video_input_upload_method(
    value: str,
) -> Sora2ProImageToVideoInputUploadMethod:
    if value in SORA_2_PRO_IMAGE_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PRO_IMAGE_TO_VIDEO_INPUT_UPLOAD_METHOD_VALUES!r}"
    )
