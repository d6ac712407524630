from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_26_flash_video_to_video_request_model import (
    Wan26FlashVideoToVideoRequestModel,
    check_wan_26_flash_video_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_26_flash_video_to_video_input import Wan26FlashVideoToVideoInput


T = TypeVar("T", bound="Wan26FlashVideoToVideoRequest")


@_attrs_define
class Wan26FlashVideoToVideoRequest:
    """Wan - 2-6-flash-video-to-video

    Example:
        {'model': 'wan/2-6-flash-video-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'The video drinks milk tea while doing some improvised dance moves to the music.', 'video_urls': [],
            'duration': '5', 'resolution': '1080p', 'multi_shots': False, 'nsfw_checker': False}}

    Attributes:
        model (Wan26FlashVideoToVideoRequestModel): The model id
        input_ (Wan26FlashVideoToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan26FlashVideoToVideoRequestModel
    input_: Wan26FlashVideoToVideoInput
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
        from ..models.wan_26_flash_video_to_video_input import (
            Wan26FlashVideoToVideoInput,
        )

        d = dict(src_dict)
        model = check_wan_26_flash_video_to_video_request_model(d.pop("model"))

        input_ = Wan26FlashVideoToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_26_flash_video_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_26_flash_video_to_video_request.additional_properties = d
        return wan_26_flash_video_to_video_request

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
