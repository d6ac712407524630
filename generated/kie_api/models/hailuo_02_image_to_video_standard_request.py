from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_02_image_to_video_standard_request_model import (
    Hailuo02ImageToVideoStandardRequestModel,
    check_hailuo_02_image_to_video_standard_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hailuo_02_image_to_video_standard_input import (
        Hailuo02ImageToVideoStandardInput,
    )


T = TypeVar("T", bound="Hailuo02ImageToVideoStandardRequest")


@_attrs_define
class Hailuo02ImageToVideoStandardRequest:
    """Generate videos from images using hailuo/02-image-to-video-standard

    Example:
        {'model': 'hailuo/02-image-to-video-standard', 'input': {'prompt': "Epic aerial shot: A lone samurai stands atop
            a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two
            — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a
            sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly
            opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on
            the hilt of his blade.", 'image_url': 'https://file.aiquickdraw.com/custom-page/akr/section-
            images/17585207681646umf3lz8.png', 'end_image_url': 'https://file.aiquickdraw.com/custom-page/akr/section-
            images/1758521423357w8586uq8.png', 'duration': '10', 'resolution': '768P', 'prompt_optimizer': True}}

    Attributes:
        model (Hailuo02ImageToVideoStandardRequestModel): The model id
        input_ (Hailuo02ImageToVideoStandardInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Hailuo02ImageToVideoStandardRequestModel
    input_: Hailuo02ImageToVideoStandardInput
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
        from ..models.hailuo_02_image_to_video_standard_input import (
            Hailuo02ImageToVideoStandardInput,
        )

        d = dict(src_dict)
        model = check_hailuo_02_image_to_video_standard_request_model(d.pop("model"))

        input_ = Hailuo02ImageToVideoStandardInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        hailuo_02_image_to_video_standard_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        hailuo_02_image_to_video_standard_request.additional_properties = d
        return hailuo_02_image_to_video_standard_request

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
