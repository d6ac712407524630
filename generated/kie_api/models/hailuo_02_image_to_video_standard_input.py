from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_02_image_to_video_standard_input_duration import (
    Hailuo02ImageToVideoStandardInputDuration,
    check_hailuo_02_image_to_video_standard_input_duration,
)
from ..models.hailuo_02_image_to_video_standard_input_resolution import (
    Hailuo02ImageToVideoStandardInputResolution,
    check_hailuo_02_image_to_video_standard_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02ImageToVideoStandardInput")


@_attrs_define
class Hailuo02ImageToVideoStandardInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt describing the video to generate (Max length: 1500 characters) Example: Epic
            aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the
            wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the
            mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in
            the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers
            his straw hat and places his hand on the hilt of his blade..
        image_url (str): The URL of the image to use as the first frame of the video (File URL after upload, not file
            content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) Example:
            https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png.
        end_image_url (str | Unset): Optional URL of the image to use as the last frame of the video (File URL after
            upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) Example:
            https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png.
        duration (Hailuo02ImageToVideoStandardInputDuration | Unset): The duration of the video in seconds. 10 seconds
            videos are not supported for 1080p resolution. Example: 10.
        resolution (Hailuo02ImageToVideoStandardInputResolution | Unset): The resolution of the generated video.
            Example: 768P.
        prompt_optimizer (bool | Unset): Whether to use the model's prompt optimizer Example: True.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_url: str
    end_image_url: str | Unset = UNSET
    duration: Hailuo02ImageToVideoStandardInputDuration | Unset = UNSET
    resolution: Hailuo02ImageToVideoStandardInputResolution | Unset = UNSET
    prompt_optimizer: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        end_image_url = self.end_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
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

        _duration = d.pop("duration", UNSET)
        duration: Hailuo02ImageToVideoStandardInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_hailuo_02_image_to_video_standard_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo02ImageToVideoStandardInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hailuo_02_image_to_video_standard_input_resolution(
                _resolution
            )

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        hailuo_02_image_to_video_standard_input = cls(
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            resolution=resolution,
            prompt_optimizer=prompt_optimizer,
            nsfw_checker=nsfw_checker,
        )

        hailuo_02_image_to_video_standard_input.additional_properties = d
        return hailuo_02_image_to_video_standard_input

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
