from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02TextToVideoProInput")


@_attrs_define
class Hailuo02TextToVideoProInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt for video generation (Max length: 1500 characters) Example: High top angle wide
            mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground,
            dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the
            camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain
            below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman
            pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering
            cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-
            moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong
            dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image
            –raw..
        prompt_optimizer (bool | Unset): Whether to use the model's prompt optimizer (Boolean value (true/false))
            Example: True.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    prompt_optimizer: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        prompt_optimizer = self.prompt_optimizer

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        hailuo_02_text_to_video_pro_input = cls(
            prompt=prompt,
            prompt_optimizer=prompt_optimizer,
            nsfw_checker=nsfw_checker,
        )

        hailuo_02_text_to_video_pro_input.additional_properties = d
        return hailuo_02_text_to_video_pro_input

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
