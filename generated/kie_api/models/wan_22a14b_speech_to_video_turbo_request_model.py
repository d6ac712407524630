from typing import Literal

Wan22A14BSpeechToVideoTurboRequestModel = Literal["wan/2-2-a14b-speech-to-video-turbo"]

WAN_22A14B_SPEECH_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES: set[
    Wan22A14BSpeechToVideoTurboRequestModel
] = {
    "wan/2-2-a14b-speech-to-video-turbo",
}


def check_wan_22a14b_speech_to_video_turbo_request_model(
    value: str,
) -> Wan22A14BSpeechToVideoTurboRequestModel:
    if value in WAN_22A14B_SPEECH_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22A14B_SPEECH_TO_VIDEO_TURBO_REQUEST_MODEL_VALUES!r}"
    )
