from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_02_text_to_video_pro_request_model import (
    Hailuo02TextToVideoProRequestModel,
    check_hailuo_02_text_to_video_pro_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hailuo_02_text_to_video_pro_input import Hailuo02TextToVideoProInput


T = TypeVar("T", bound="Hailuo02TextToVideoProRequest")


@_attrs_define
class Hailuo02TextToVideoProRequest:
    """Hailuo Pro Text to Video

    Example:
        {'model': 'hailuo/02-text-to-video-pro', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric
            ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long
            socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a
            clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the
            ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle
            vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting
            through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the
            vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic
            perspective. Realistic image –raw.', 'prompt_optimizer': True}}

    Attributes:
        model (Hailuo02TextToVideoProRequestModel): The model id
        input_ (Hailuo02TextToVideoProInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Hailuo02TextToVideoProRequestModel
    input_: Hailuo02TextToVideoProInput
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
        from ..models.hailuo_02_text_to_video_pro_input import (
            Hailuo02TextToVideoProInput,
        )

        d = dict(src_dict)
        model = check_hailuo_02_text_to_video_pro_request_model(d.pop("model"))

        input_ = Hailuo02TextToVideoProInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        hailuo_02_text_to_video_pro_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        hailuo_02_text_to_video_pro_request.additional_properties = d
        return hailuo_02_text_to_video_pro_request

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
