from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.infinitalk_from_audio_request_model import (
    InfinitalkFromAudioRequestModel,
    check_infinitalk_from_audio_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.infinitalk_from_audio_input import InfinitalkFromAudioInput


T = TypeVar("T", bound="InfinitalkFromAudioRequest")


@_attrs_define
class InfinitalkFromAudioRequest:
    """Infinitalk - From Audio

    Example:
        {'model': 'infinitalk/from-audio', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'image_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png', 'audio_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3', 'prompt': 'A young
            woman with long dark hair talking on a podcast.', 'resolution': '480p'}}

    Attributes:
        model (InfinitalkFromAudioRequestModel): The model id
        input_ (InfinitalkFromAudioInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: InfinitalkFromAudioRequestModel
    input_: InfinitalkFromAudioInput
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
        from ..models.infinitalk_from_audio_input import InfinitalkFromAudioInput

        d = dict(src_dict)
        model = check_infinitalk_from_audio_request_model(d.pop("model"))

        input_ = InfinitalkFromAudioInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        infinitalk_from_audio_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        infinitalk_from_audio_request.additional_properties = d
        return infinitalk_from_audio_request

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
