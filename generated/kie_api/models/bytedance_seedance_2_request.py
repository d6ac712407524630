from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_seedance_2_request_model import (
    BytedanceSeedance2RequestModel,
    check_bytedance_seedance_2_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bytedance_seedance_2_input import BytedanceSeedance2Input


T = TypeVar("T", bound="BytedanceSeedance2Request")


@_attrs_define
class BytedanceSeedance2Request:
    """Bytedance Seedance 2.0

    Example:
        {'model': 'bytedance/seedance-2', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt': 'A
            serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls
            flying across the orange sky', 'first_frame_url': 'https://templateb.aiquickdraw.com/custom-page/akr/section-
            images/example2.png', 'last_frame_url': 'https://templateb.aiquickdraw.com/custom-page/akr/section-
            images/example3.png', 'reference_image_urls': ['https://templateb.aiquickdraw.com/custom-page/akr/section-
            images/example1.png'], 'reference_video_urls': ['https://templateb.aiquickdraw.com/custom-page/akr/section-
            images/example1.mp4'], 'reference_audio_urls': ['https://templateb.aiquickdraw.com/custom-page/akr/section-
            images/example1.mp3'], 'return_last_frame': False, 'generate_audio': False, 'resolution': '720p',
            'aspect_ratio': '16:9', 'duration': 15, 'web_search': False}}

    Attributes:
        model (BytedanceSeedance2RequestModel): The model id
        input_ (BytedanceSeedance2Input): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: BytedanceSeedance2RequestModel
    input_: BytedanceSeedance2Input
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
        from ..models.bytedance_seedance_2_input import BytedanceSeedance2Input

        d = dict(src_dict)
        model = check_bytedance_seedance_2_request_model(d.pop("model"))

        input_ = BytedanceSeedance2Input.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        bytedance_seedance_2_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        bytedance_seedance_2_request.additional_properties = d
        return bytedance_seedance_2_request

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
