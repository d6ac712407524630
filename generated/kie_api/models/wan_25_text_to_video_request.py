from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_25_text_to_video_request_model import (
    Wan25TextToVideoRequestModel,
    check_wan_25_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_25_text_to_video_input import Wan25TextToVideoInput


T = TypeVar("T", bound="Wan25TextToVideoRequest")


@_attrs_define
class Wan25TextToVideoRequest:
    """Wan 2.5 - Text to Video

    Example:
        {'model': 'wan/2-5-text-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt': "A
            dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat
            quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming
            instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano,
            clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table.
            Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive
            hand movements.", 'duration': '5', 'aspect_ratio': '16:9', 'resolution': '1080p', 'negative_prompt': 'blurry,
            flicker, low quality, distorted people, camera shake', 'enable_prompt_expansion': True, 'seed': 123456,
            'nsfw_checker': False}}

    Attributes:
        model (Wan25TextToVideoRequestModel): The model id
        input_ (Wan25TextToVideoInput): Input parameters for the text-to-video task.
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan25TextToVideoRequestModel
    input_: Wan25TextToVideoInput
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
        from ..models.wan_25_text_to_video_input import Wan25TextToVideoInput

        d = dict(src_dict)
        model = check_wan_25_text_to_video_request_model(d.pop("model"))

        input_ = Wan25TextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_25_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_25_text_to_video_request.additional_properties = d
        return wan_25_text_to_video_request

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
