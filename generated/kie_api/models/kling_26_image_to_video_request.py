from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_26_image_to_video_request_model import (
    Kling26ImageToVideoRequestModel,
    check_kling_26_image_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_26_image_to_video_input import Kling26ImageToVideoInput


T = TypeVar("T", bound="Kling26ImageToVideoRequest")


@_attrs_define
class Kling26ImageToVideoRequest:
    """Generate videos from images using kling-2.6/image-to-video

    Example:
        {'model': 'kling-2.6/image-to-video', 'input': {'prompt': 'In a bright rehearsal room, sunlight streams through
            the window, and a standing microphone is placed in the center of the room. [Campus band female lead singer]
            stands in front of the microphone with her eyes closed, while the other members stand around her. [Campus band
            female lead singer, full voice] leads: "I will try to fix you, with all my heart and soul..." The background is
            an a cappella harmony, and the camera slowly circles around the band members.', 'image_urls':
            ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png'], 'sound': True, 'duration': '5'}}

    Attributes:
        model (Kling26ImageToVideoRequestModel): The model id
        input_ (Kling26ImageToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Kling26ImageToVideoRequestModel
    input_: Kling26ImageToVideoInput
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
        from ..models.kling_26_image_to_video_input import Kling26ImageToVideoInput

        d = dict(src_dict)
        model = check_kling_26_image_to_video_request_model(d.pop("model"))

        input_ = Kling26ImageToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        kling_26_image_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        kling_26_image_to_video_request.additional_properties = d
        return kling_26_image_to_video_request

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
