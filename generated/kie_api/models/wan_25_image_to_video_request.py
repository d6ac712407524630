from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_25_image_to_video_request_model import (
    Wan25ImageToVideoRequestModel,
    check_wan_25_image_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_25_image_to_video_input import Wan25ImageToVideoInput


T = TypeVar("T", bound="Wan25ImageToVideoRequest")


@_attrs_define
class Wan25ImageToVideoRequest:
    """Generate videos from images using wan/2-5-image-to-video

    Example:
        {'model': 'wan/2-5-image-to-video', 'input': {'prompt': 'The same woman from the reference image looks directly
            into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: “Have you heard? Alibaba Wan
            2.5 API is now available on Kie.ai!” Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera:
            medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.', 'image_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp', 'duration': '5',
            'resolution': '1080p', 'negative_prompt': 'Enter your prompt here...', 'enable_prompt_expansion': True, 'seed':
            42}}

    Attributes:
        model (Wan25ImageToVideoRequestModel): The model id
        input_ (Wan25ImageToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan25ImageToVideoRequestModel
    input_: Wan25ImageToVideoInput
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
        from ..models.wan_25_image_to_video_input import Wan25ImageToVideoInput

        d = dict(src_dict)
        model = check_wan_25_image_to_video_request_model(d.pop("model"))

        input_ = Wan25ImageToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_25_image_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_25_image_to_video_request.additional_properties = d
        return wan_25_image_to_video_request

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
