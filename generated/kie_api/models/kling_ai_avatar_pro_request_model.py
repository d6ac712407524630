from typing import Literal

KlingAiAvatarProRequestModel = Literal["kling/ai-avatar-pro"]

KLING_AI_AVATAR_PRO_REQUEST_MODEL_VALUES: set[KlingAiAvatarProRequestModel] = {
    "kling/ai-avatar-pro",
}


def check_kling_ai_avatar_pro_request_model(value: str) -> KlingAiAvatarProRequestModel:
    if value in KLING_AI_AVATAR_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_AI_AVATAR_PRO_REQUEST_MODEL_VALUES!r}"
    )
