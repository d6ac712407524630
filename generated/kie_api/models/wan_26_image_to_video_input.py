from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_26_image_to_video_input_duration import (
    Wan26ImageToVideoInputDuration,
    check_wan_26_image_to_video_input_duration,
)
from ..models.wan_26_image_to_video_input_resolution import (
    Wan26ImageToVideoInputResolution,
    check_wan_26_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26ImageToVideoInput")


@_attrs_define
class Wan26ImageToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompts for video generation. Supports both Chinese and English, with a minimum of 2
            characters and a maximum of 5,000 characters. (Max length: 5000 characters) Example: Anthopmopric fox singing a
            Christmas song at the rubbish dump in the rain..
        image_urls (list[str]): Upload an image file to use as input for the API (File URL after upload, not file
            content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB),All images must be at least
            256x256px. Example: ['https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp'].
        duration (Wan26ImageToVideoInputDuration | Unset): The duration of the generated video in seconds Example: 5.
        resolution (Wan26ImageToVideoInputResolution | Unset): Video resolution tier Example: 1080p.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_urls: list[str]
    duration: Wan26ImageToVideoInputDuration | Unset = UNSET
    resolution: Wan26ImageToVideoInputResolution | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls = self.image_urls

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
                "image_urls": image_urls,
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

        image_urls = cast(list[str], d.pop("image_urls"))

        _duration = d.pop("duration", UNSET)
        duration: Wan26ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_26_image_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan26ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_26_image_to_video_input_resolution(_resolution)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_26_image_to_video_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )

        wan_26_image_to_video_input.additional_properties = d
        return wan_26_image_to_video_input

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
