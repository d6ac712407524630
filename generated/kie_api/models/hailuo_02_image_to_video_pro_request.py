from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_02_image_to_video_pro_request_model import (
    Hailuo02ImageToVideoProRequestModel,
    check_hailuo_02_image_to_video_pro_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hailuo_02_image_to_video_pro_input import Hailuo02ImageToVideoProInput


T = TypeVar("T", bound="Hailuo02ImageToVideoProRequest")


@_attrs_define
class Hailuo02ImageToVideoProRequest:
    """Generate videos from images using hailuo/02-image-to-video-pro

    Example:
        {'model': 'hailuo/02-image-to-video-pro', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic
            hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows
            like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through
            the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly
            as they collide and drift apart.', 'image_url': 'https://file.aiquickdraw.com/custom-page/akr/section-
            images/17585210783150ispzfo7.png', 'end_image_url': '', 'prompt_optimizer': True}}

    Attributes:
        model (Hailuo02ImageToVideoProRequestModel): The model id
        input_ (Hailuo02ImageToVideoProInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Hailuo02ImageToVideoProRequestModel
    input_: Hailuo02ImageToVideoProInput
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
        from ..models.hailuo_02_image_to_video_pro_input import (
            Hailuo02ImageToVideoProInput,
        )

        d = dict(src_dict)
        model = check_hailuo_02_image_to_video_pro_request_model(d.pop("model"))

        input_ = Hailuo02ImageToVideoProInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        hailuo_02_image_to_video_pro_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        hailuo_02_image_to_video_pro_request.additional_properties = d
        return hailuo_02_image_to_video_pro_request

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
