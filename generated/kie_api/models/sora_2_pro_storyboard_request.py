from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_2_pro_storyboard_request_model import (
    Sora2ProStoryboardRequestModel,
    check_sora_2_pro_storyboard_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sora_2_pro_storyboard_input import Sora2ProStoryboardInput


T = TypeVar("T", bound="Sora2ProStoryboardRequest")


@_attrs_define
class Sora2ProStoryboardRequest:
    """Sora2 - Pro Storyboard

    Example:
        {'model': 'sora-2-pro-storyboard', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'n_frames':
            '15', 'image_urls': ['https://file.aiquickdraw.com/custom-page/akr/section-images/1760776438785hyue5ogz.png'],
            'aspect_ratio': 'landscape', 'upload_method': 's3', 'shots': [{'Scene': 'A cute fluffy orange-and-white kitten
            wearing orange headphones, sitting at a cozy indoor table with a small slice of cake on a plate, a toy fish and
            a silver microphone nearby, warm soft lighting, cinematic close-up, shallow depth of field, gentle ASMR
            atmosphere.', 'duration': 7.5}, {'Scene': 'The same cute fluffy orange-and-white kitten wearing orange
            headphones, in the same cozy indoor ASMR setup with the toy fish and microphone, the cake now finished, the
            kitten gently licks its lips with a satisfied smile, warm ambient lighting, cinematic close-up, shallow depth of
            field, calm and content mood.', 'duration': 7.5}]}}

    Attributes:
        model (Sora2ProStoryboardRequestModel): The model id
        input_ (Sora2ProStoryboardInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Sora2ProStoryboardRequestModel
    input_: Sora2ProStoryboardInput
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
        from ..models.sora_2_pro_storyboard_input import Sora2ProStoryboardInput

        d = dict(src_dict)
        model = check_sora_2_pro_storyboard_request_model(d.pop("model"))

        input_ = Sora2ProStoryboardInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        sora_2_pro_storyboard_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        sora_2_pro_storyboard_request.additional_properties = d
        return sora_2_pro_storyboard_request

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
