from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_text_to_video_request_model import (
    HappyhorseTextToVideoRequestModel,
    check_happyhorse_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.happyhorse_text_to_video_input import HappyhorseTextToVideoInput


T = TypeVar("T", bound="HappyhorseTextToVideoRequest")


@_attrs_define
class HappyhorseTextToVideoRequest:
    """HappyHorse - text-to-video

    Example:
        {'model': 'happyhorse/text-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt':
            'A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes
            through, with small lights dotting the scene and illuminating the way ahead.', 'resolution': '1080p',
            'aspect_ratio': '16:9', 'duration': 5, 'seed': 1622429582}}

    Attributes:
        model (HappyhorseTextToVideoRequestModel): The model id
        input_ (HappyhorseTextToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: HappyhorseTextToVideoRequestModel
    input_: HappyhorseTextToVideoInput
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
        from ..models.happyhorse_text_to_video_input import HappyhorseTextToVideoInput

        d = dict(src_dict)
        model = check_happyhorse_text_to_video_request_model(d.pop("model"))

        input_ = HappyhorseTextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        happyhorse_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        happyhorse_text_to_video_request.additional_properties = d
        return happyhorse_text_to_video_request

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
