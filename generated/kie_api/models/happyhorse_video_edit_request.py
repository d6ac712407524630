from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_video_edit_request_model import (
    HappyhorseVideoEditRequestModel,
    check_happyhorse_video_edit_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.happyhorse_video_edit_input import HappyhorseVideoEditInput


T = TypeVar("T", bound="HappyhorseVideoEditRequest")


@_attrs_define
class HappyhorseVideoEditRequest:
    """HappyHorse - video-edit

    Example:
        {'model': 'happyhorse/video-edit', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt':
            'Make the horse-headed humanoid character in the video wear the striped sweater from the image', 'video_url':
            'https://hollow-joy.info/', 'reference_image': ['https://loremflickr.com/400/400?lock=3320229742640740',
            'https://loremflickr.com/400/400?lock=390084853871038', 'https://loremflickr.com/400/400?lock=4205160298467577',
            'https://loremflickr.com/400/400?lock=7626507781317900',
            'https://loremflickr.com/400/400?lock=2804855355708229'], 'resolution': '1080p', 'audio_setting': 'auto',
            'seed': 1764574909}}

    Attributes:
        model (HappyhorseVideoEditRequestModel): The model id
        input_ (HappyhorseVideoEditInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: HappyhorseVideoEditRequestModel
    input_: HappyhorseVideoEditInput
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
        from ..models.happyhorse_video_edit_input import HappyhorseVideoEditInput

        d = dict(src_dict)
        model = check_happyhorse_video_edit_request_model(d.pop("model"))

        input_ = HappyhorseVideoEditInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        happyhorse_video_edit_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        happyhorse_video_edit_request.additional_properties = d
        return happyhorse_video_edit_request

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
