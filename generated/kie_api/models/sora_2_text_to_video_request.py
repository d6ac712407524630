from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_2_text_to_video_request_model import (
    Sora2TextToVideoRequestModel,
    check_sora_2_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sora_2_text_to_video_input import Sora2TextToVideoInput


T = TypeVar("T", bound="Sora2TextToVideoRequest")


@_attrs_define
class Sora2TextToVideoRequest:
    """Sora2 - Text to Video

    Example:
        {'model': 'sora-2-text-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'progressCallBackUrl':
            'https://your-domain.com/api/v1/jobs/progressCallBackUrl', 'input': {'prompt': 'A professor stands at the front
            of a lively classroom, enthusiastically giving a lecture. On the blackboard behind him are colorful chalk
            diagrams. With an animated gesture, he declares to the students: “Sora 2 is now available on Kie AI, making it
            easier than ever to create stunning videos.” The students listen attentively, some smiling and taking notes.',
            'aspect_ratio': 'landscape', 'n_frames': '10', 'remove_watermark': True, 'upload_method': 's3',
            'character_id_list': ['example_123456789']}}

    Attributes:
        model (Sora2TextToVideoRequestModel): The model id
        input_ (Sora2TextToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Sora2TextToVideoRequestModel
    input_: Sora2TextToVideoInput
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
        from ..models.sora_2_text_to_video_input import Sora2TextToVideoInput

        d = dict(src_dict)
        model = check_sora_2_text_to_video_request_model(d.pop("model"))

        input_ = Sora2TextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        sora_2_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        sora_2_text_to_video_request.additional_properties = d
        return sora_2_text_to_video_request

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
