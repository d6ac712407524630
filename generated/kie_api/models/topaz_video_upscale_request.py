from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topaz_video_upscale_request_model import (
    TopazVideoUpscaleRequestModel,
    check_topaz_video_upscale_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topaz_video_upscale_input import TopazVideoUpscaleInput


T = TypeVar("T", bound="TopazVideoUpscaleRequest")


@_attrs_define
class TopazVideoUpscaleRequest:
    """Topaz - Video Upscale

    Example:
        {'model': 'topaz/video-upscale', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'video_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4', 'upscale_factor': '2'}}

    Attributes:
        model (TopazVideoUpscaleRequestModel): The model id
        input_ (TopazVideoUpscaleInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: TopazVideoUpscaleRequestModel
    input_: TopazVideoUpscaleInput
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
        from ..models.topaz_video_upscale_input import TopazVideoUpscaleInput

        d = dict(src_dict)
        model = check_topaz_video_upscale_request_model(d.pop("model"))

        input_ = TopazVideoUpscaleInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        topaz_video_upscale_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        topaz_video_upscale_request.additional_properties = d
        return topaz_video_upscale_request

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
