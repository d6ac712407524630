from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_23_image_to_video_standard_input_duration import (
    Hailuo23ImageToVideoStandardInputDuration,
    check_hailuo_23_image_to_video_standard_input_duration,
)
from ..models.hailuo_23_image_to_video_standard_input_resolution import (
    Hailuo23ImageToVideoStandardInputResolution,
    check_hailuo_23_image_to_video_standard_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo23ImageToVideoStandardInput")


@_attrs_define
class Hailuo23ImageToVideoStandardInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompt describing the desired video animation (Max length: 5000 characters) Example: Two
            armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm
            golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement,
            shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the
            air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections,
            volumetric lighting, cinematic quality..
        image_url (str): Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg,
            image/png, image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/1761736401898mpm67du5.webp.
        duration (Hailuo23ImageToVideoStandardInputDuration | Unset): The duration of the video in seconds. 10 seconds
            videos are not supported for 1080p resolution. Example: 6.
        resolution (Hailuo23ImageToVideoStandardInputResolution | Unset): The resolution of the generated video.
            Example: 768P.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_url: str
    duration: Hailuo23ImageToVideoStandardInputDuration | Unset = UNSET
    resolution: Hailuo23ImageToVideoStandardInputResolution | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: Hailuo23ImageToVideoStandardInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_hailuo_23_image_to_video_standard_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo23ImageToVideoStandardInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hailuo_23_image_to_video_standard_input_resolution(
                _resolution
            )

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        hailuo_23_image_to_video_standard_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )

        hailuo_23_image_to_video_standard_input.additional_properties = d
        return hailuo_23_image_to_video_standard_input

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
