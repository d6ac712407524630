from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_27_videoedit_request_model import (
    Wan27VideoeditRequestModel,
    check_wan_27_videoedit_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_27_videoedit_input import Wan27VideoeditInput


T = TypeVar("T", bound="Wan27VideoeditRequest")


@_attrs_define
class Wan27VideoeditRequest:
    """Wan 2.7 - Video Edit

    Example:
        {'model': 'wan/2-7-videoedit', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt':
            "Change the character's outfit and add the hat shown in the reference image.", 'negative_prompt': 'low
            resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions', 'video_url':
            'https://example.com/demo/video.mp4', 'reference_image': 'https://example.com/demo/reference.png', 'resolution':
            '1080p', 'aspect_ratio': '16:9', 'duration': 0, 'audio_setting': 'auto', 'prompt_extend': True, 'watermark':
            False, 'seed': 0}}

    Attributes:
        model (Wan27VideoeditRequestModel): The model id
        input_ (Wan27VideoeditInput): Input parameters for the video editing task.
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan27VideoeditRequestModel
    input_: Wan27VideoeditInput
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
        from ..models.wan_27_videoedit_input import Wan27VideoeditInput

        d = dict(src_dict)
        model = check_wan_27_videoedit_request_model(d.pop("model"))

        input_ = Wan27VideoeditInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_27_videoedit_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_27_videoedit_request.additional_properties = d
        return wan_27_videoedit_request

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
