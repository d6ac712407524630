from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_23_image_to_video_standard_request_model import (
    Hailuo23ImageToVideoStandardRequestModel,
    check_hailuo_23_image_to_video_standard_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hailuo_23_image_to_video_standard_input import (
        Hailuo23ImageToVideoStandardInput,
    )


T = TypeVar("T", bound="Hailuo23ImageToVideoStandardRequest")


@_attrs_define
class Hailuo23ImageToVideoStandardRequest:
    """Hailuo 2.3 Standard Image to Video

    Example:
        {'model': 'hailuo/2-3-image-to-video-standard', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor
            reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic
            camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert
            battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures,
            realistic reflections, volumetric lighting, cinematic quality.', 'image_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp', 'duration': '6',
            'resolution': '768P'}}

    Attributes:
        model (Hailuo23ImageToVideoStandardRequestModel): The model id
        input_ (Hailuo23ImageToVideoStandardInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Hailuo23ImageToVideoStandardRequestModel
    input_: Hailuo23ImageToVideoStandardInput
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
        from ..models.hailuo_23_image_to_video_standard_input import (
            Hailuo23ImageToVideoStandardInput,
        )

        d = dict(src_dict)
        model = check_hailuo_23_image_to_video_standard_request_model(d.pop("model"))

        input_ = Hailuo23ImageToVideoStandardInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        hailuo_23_image_to_video_standard_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        hailuo_23_image_to_video_standard_request.additional_properties = d
        return hailuo_23_image_to_video_standard_request

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
