from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_26_text_to_video_request_model import (
    Kling26TextToVideoRequestModel,
    check_kling_26_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_26_text_to_video_input import Kling26TextToVideoInput


T = TypeVar("T", bound="Kling26TextToVideoRequest")


@_attrs_define
class Kling26TextToVideoRequest:
    """Kling 2.6 Text to Video

    Example:
        {'model': 'kling-2.6/text-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt':
            'Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host\\'s figure reflected
            in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie\\'s cut. [African
            female host, in a cheerful tone] says: "360-degree flawless tailoring, slimming and versatile." She then
            [African female host] leans closer to the camera. [African female host, in a lively tone] says: "Double-sided
            fleece fabric, $30 off immediately when you order now."', 'sound': False, 'aspect_ratio': '1:1', 'duration':
            '5'}}

    Attributes:
        model (Kling26TextToVideoRequestModel): The model id
        input_ (Kling26TextToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Kling26TextToVideoRequestModel
    input_: Kling26TextToVideoInput
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
        from ..models.kling_26_text_to_video_input import Kling26TextToVideoInput

        d = dict(src_dict)
        model = check_kling_26_text_to_video_request_model(d.pop("model"))

        input_ = Kling26TextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        kling_26_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        kling_26_text_to_video_request.additional_properties = d
        return kling_26_text_to_video_request

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
