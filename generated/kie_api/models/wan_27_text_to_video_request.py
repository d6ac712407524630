from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_27_text_to_video_request_model import (
    Wan27TextToVideoRequestModel,
    check_wan_27_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_27_text_to_video_input import Wan27TextToVideoInput


T = TypeVar("T", bound="Wan27TextToVideoRequest")


@_attrs_define
class Wan27TextToVideoRequest:
    """Wan 2.7 - Text to Video

    Example:
        {'model': 'wan/2-7-text-to-video', 'input': {'prompt': 'A futuristic city street at night, neon reflections
            shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left.
            Giant holographic billboards flicker in the distance, creating a cinematic atmosphere.', 'negative_prompt':
            'blurry, low quality, flicker, distorted characters', 'audio_url': 'https://your-domain.com/audio/custom-
            track.mp3', 'resolution': '1080p', 'ratio': '16:9', 'duration': 5, 'prompt_extend': True, 'watermark': False,
            'seed': 123456}, 'callBackUrl': 'https://your-domain.com/api/callback'}

    Attributes:
        model (Wan27TextToVideoRequestModel): The model id
        input_ (Wan27TextToVideoInput): Input parameters for the text-to-video task.
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan27TextToVideoRequestModel
    input_: Wan27TextToVideoInput
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
        from ..models.wan_27_text_to_video_input import Wan27TextToVideoInput

        d = dict(src_dict)
        model = check_wan_27_text_to_video_request_model(d.pop("model"))

        input_ = Wan27TextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_27_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_27_text_to_video_request.additional_properties = d
        return wan_27_text_to_video_request

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
