from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_25_image_to_video_input_duration import (
    Wan25ImageToVideoInputDuration,
    check_wan_25_image_to_video_input_duration,
)
from ..models.wan_25_image_to_video_input_resolution import (
    Wan25ImageToVideoInputResolution,
    check_wan_25_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25ImageToVideoInput")


@_attrs_define
class Wan25ImageToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt describing the desired video motion (Max length: 800 characters) Example: The same
            woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks
            with enthusiasm: “Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!” Ambient audio: quiet indoor
            atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate
            lip-sync with dialogue..
        image_url (str): URL of the image to use as the first frame. Must be publicly accessible (File URL after upload,
            not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB) Example:
            https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp.
        duration (Wan25ImageToVideoInputDuration | Unset): The duration of the generated video in seconds Example: 5.
        resolution (Wan25ImageToVideoInputResolution | Unset): Video resolution. Valid values: 720p, 1080p Example:
            1080p.
        negative_prompt (str | Unset): Negative prompt to describe content to avoid (Max length: 500 characters)
            Example: Enter your prompt here....
        enable_prompt_expansion (bool | Unset): Whether to enable prompt rewriting using LLM Example: True.
        seed (float | Unset): Random seed for reproducibility. If None, a random seed is chosen Example: 42.
        nsfw_checker (bool | Unset): Enabled by default in Playground. For API calls, you can turn it on or off based on
            your needs.
    """

    prompt: str
    image_url: str
    duration: Wan25ImageToVideoInputDuration | Unset = UNSET
    resolution: Wan25ImageToVideoInputResolution | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    enable_prompt_expansion: bool | Unset = UNSET
    seed: float | Unset = UNSET
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

        negative_prompt = self.negative_prompt

        enable_prompt_expansion = self.enable_prompt_expansion

        seed = self.seed

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
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if seed is not UNSET:
            field_dict["seed"] = seed
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: Wan25ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_image_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_25_image_to_video_input_resolution(_resolution)

        negative_prompt = d.pop("negative_prompt", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_25_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )

        wan_25_image_to_video_input.additional_properties = d
        return wan_25_image_to_video_input

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
