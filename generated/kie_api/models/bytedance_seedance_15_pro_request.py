from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_seedance_15_pro_request_model import (
    BytedanceSeedance15ProRequestModel,
    check_bytedance_seedance_15_pro_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bytedance_seedance_15_pro_input import BytedanceSeedance15ProInput


T = TypeVar("T", bound="BytedanceSeedance15ProRequest")


@_attrs_define
class BytedanceSeedance15ProRequest:
    """Bytedance Seedance 1.5 Pro

    Example:
        {'model': 'bytedance/seedance-1.5-pro', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze,
            and seagulls flying across the orange sky', 'input_urls': ['https://file.aiquickdraw.com/custom-
            page/akr/section-images/example1.png'], 'aspect_ratio': '1:1', 'resolution': '720p', 'duration': '8',
            'fixed_lens': False, 'generate_audio': False, 'nsfw_checker': False}}

    Attributes:
        model (BytedanceSeedance15ProRequestModel): The model id
        input_ (BytedanceSeedance15ProInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: BytedanceSeedance15ProRequestModel
    input_: BytedanceSeedance15ProInput
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
        from ..models.bytedance_seedance_15_pro_input import BytedanceSeedance15ProInput

        d = dict(src_dict)
        model = check_bytedance_seedance_15_pro_request_model(d.pop("model"))

        input_ = BytedanceSeedance15ProInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        bytedance_seedance_15_pro_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        bytedance_seedance_15_pro_request.additional_properties = d
        return bytedance_seedance_15_pro_request

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
