from typing import Literal

KlingAiAvatarStandardRequestModel = Literal["kling/ai-avatar-standard"]

KLING_AI_AVATAR_STANDARD_REQUEST_MODEL_VALUES: set[
    KlingAiAvatarStandardRequestModel
] = {
    "kling/ai-avatar-standard",
}


def check_kling_ai_avatar_standard_request_model(
    value: str,
) -> KlingAiAvatarStandardRequestModel:
    if value in KLING_AI_AVATAR_STANDARD_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_AI_AVATAR_STANDARD_REQUEST_MODEL_VALUES!r}"
    )
