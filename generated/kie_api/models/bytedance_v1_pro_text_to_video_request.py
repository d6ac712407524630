from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_v1_pro_text_to_video_request_model import (
    BytedanceV1ProTextToVideoRequestModel,
    check_bytedance_v1_pro_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bytedance_v1_pro_text_to_video_input import (
        BytedanceV1ProTextToVideoInput,
    )


T = TypeVar("T", bound="BytedanceV1ProTextToVideoRequest")


@_attrs_define
class BytedanceV1ProTextToVideoRequest:
    """Bytedance - V1 Pro Text to Video

    Example:
        {'model': 'bytedance/v1-pro-text-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\\n[Cut to]
            He slows down and looks toward a field of tall grass.\\n[Wide shot] His silhouette halts in the orange haze.',
            'aspect_ratio': '16:9', 'resolution': '720p', 'duration': '5', 'camera_fixed': False, 'seed': -1,
            'enable_safety_checker': True, 'nsfw_checker': False}}

    Attributes:
        model (BytedanceV1ProTextToVideoRequestModel): The model id
        input_ (BytedanceV1ProTextToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: BytedanceV1ProTextToVideoRequestModel
    input_: BytedanceV1ProTextToVideoInput
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
        from ..models.bytedance_v1_pro_text_to_video_input import (
            BytedanceV1ProTextToVideoInput,
        )

        d = dict(src_dict)
        model = check_bytedance_v1_pro_text_to_video_request_model(d.pop("model"))

        input_ = BytedanceV1ProTextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        bytedance_v1_pro_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        bytedance_v1_pro_text_to_video_request.additional_properties = d
        return bytedance_v1_pro_text_to_video_request

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
