from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_22a14b_speech_to_video_turbo_request_model import (
    Wan22A14BSpeechToVideoTurboRequestModel,
    check_wan_22a14b_speech_to_video_turbo_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_22a14b_speech_to_video_turbo_input import (
        Wan22A14BSpeechToVideoTurboInput,
    )


T = TypeVar("T", bound="Wan22A14BSpeechToVideoTurboRequest")


@_attrs_define
class Wan22A14BSpeechToVideoTurboRequest:
    """Wan - 2.2 A14B Speech to Video Turbo

    Example:
        {'model': 'wan/2-2-a14b-speech-to-video-turbo', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'The lady is talking', 'image_url': 'https://file.aiquickdraw.com/custom-page/akr/section-
            images/1756797663082u4pjmcrq.png', 'audio_url': 'https://file.aiquickdraw.com/custom-page/akr/section-
            images/17567977044127d1emlmc.mp3', 'num_frames': 80, 'frames_per_second': 16, 'resolution': '480p',
            'negative_prompt': '', 'num_inference_steps': 27, 'guidance_scale': 3.5, 'shift': 5}}

    Attributes:
        model (Wan22A14BSpeechToVideoTurboRequestModel): The model id
        input_ (Wan22A14BSpeechToVideoTurboInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan22A14BSpeechToVideoTurboRequestModel
    input_: Wan22A14BSpeechToVideoTurboInput
    call_back_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        input_ = self.input_.to_dict()

        call_back_url = self.call_back_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if call_back_url is not UNSET:
            field_dict["callBackUrl"] = call_back_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_22a14b_speech_to_video_turbo_input import (
            Wan22A14BSpeechToVideoTurboInput,
        )

        d = dict(src_dict)
        model = check_wan_22a14b_speech_to_video_turbo_request_model(d.pop("model"))

        input_ = Wan22A14BSpeechToVideoTurboInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_22a14b_speech_to_video_turbo_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_22a14b_speech_to_video_turbo_request.additional_properties = d
        return wan_22a14b_speech_to_video_turbo_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
