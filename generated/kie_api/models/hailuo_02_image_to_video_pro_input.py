from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02ImageToVideoProInput")


@_attrs_define
class Hailuo02ImageToVideoProInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompt describing the desired video animation (Max length: 1500 characters) Example:
            Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting
            streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating
            city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of
            space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide
            and drift apart..
        image_url (str): Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg,
            image/png, image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/17585210783150ispzfo7.png.
        end_image_url (str | Unset): Optional URL of the image to use as the last frame of the video (File URL after
            upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
        prompt_optimizer (bool | Unset): Whether to use the model's prompt optimizer (Boolean value (true/false))
            Example: True.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_url: str
    end_image_url: str | Unset = UNSET
    prompt_optimizer: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        end_image_url = self.end_image_url

        prompt_optimizer = self.prompt_optimizer

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        end_image_url = d.pop("end_image_url", UNSET)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        hailuo_02_image_to_video_pro_input = cls(
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt_optimizer=prompt_optimizer,
            nsfw_checker=nsfw_checker,
        )

        hailuo_02_image_to_video_pro_input.additional_properties = d
        return hailuo_02_image_to_video_pro_input

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
