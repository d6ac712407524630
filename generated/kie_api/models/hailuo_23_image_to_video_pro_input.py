from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_23_image_to_video_pro_input_duration import (
    Hailuo23ImageToVideoProInputDuration,
    check_hailuo_23_image_to_video_pro_input_duration,
)
from ..models.hailuo_23_image_to_video_pro_input_resolution import (
    Hailuo23ImageToVideoProInputResolution,
    check_hailuo_23_image_to_video_pro_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo23ImageToVideoProInput")


@_attrs_define
class Hailuo23ImageToVideoProInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompt describing the desired video animation (Max length: 5000 characters) Example: A
            graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden
            floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose,
            sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding
            doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric
            texture, hyper-realistic, smooth motion..
        image_url (str): Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg,
            image/png, image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/1761736831884xl56xfiw.webp.
        duration (Hailuo23ImageToVideoProInputDuration | Unset): The duration of the video in seconds. 10 seconds videos
            are not supported for 1080p resolution. Example: 6.
        resolution (Hailuo23ImageToVideoProInputResolution | Unset): The resolution of the generated video. Example:
            768P.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_url: str
    duration: Hailuo23ImageToVideoProInputDuration | Unset = UNSET
    resolution: Hailuo23ImageToVideoProInputResolution | Unset = UNSET
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
        duration: Hailuo23ImageToVideoProInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_hailuo_23_image_to_video_pro_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo23ImageToVideoProInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hailuo_23_image_to_video_pro_input_resolution(
                _resolution
            )

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        hailuo_23_image_to_video_pro_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )

        hailuo_23_image_to_video_pro_input.additional_properties = d
        return hailuo_23_image_to_video_pro_input

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
