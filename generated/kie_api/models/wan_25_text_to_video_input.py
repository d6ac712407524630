from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_25_text_to_video_input_aspect_ratio import (
    Wan25TextToVideoInputAspectRatio,
    check_wan_25_text_to_video_input_aspect_ratio,
)
from ..models.wan_25_text_to_video_input_duration import (
    Wan25TextToVideoInputDuration,
    check_wan_25_text_to_video_input_duration,
)
from ..models.wan_25_text_to_video_input_resolution import (
    Wan25TextToVideoInputResolution,
    check_wan_25_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25TextToVideoInput")


@_attrs_define
class Wan25TextToVideoInput:
    """Input parameters for the text-to-video task.

    Attributes:
        prompt (str): The text prompt for video generation. Supports Chinese and English. Maximum length: 800
            characters. Example: A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip
            drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a
            spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with
            saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a
            nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing
            on expressive hand movements..
        duration (Wan25TextToVideoInputDuration): The duration of the generated video in seconds.

            - `5`: 5 seconds
            - `10`: 10 seconds Example: 5.
        aspect_ratio (Wan25TextToVideoInputAspectRatio | Unset): The aspect ratio of the generated video.

            - `16:9`: Landscape
            - `9:16`: Portrait
            - `1:1`: Square Example: 16:9.
        resolution (Wan25TextToVideoInputResolution | Unset): Video resolution tier.

            - `720p`: 720p
            - `1080p`: 1080p Example: 1080p.
        negative_prompt (str | Unset): Negative prompt used to describe content to avoid. Maximum length: 500
            characters.
        enable_prompt_expansion (bool | Unset): Whether to enable prompt rewriting using LLM. Improves results for short
            prompts but increases processing time.

            - Boolean value: `true` / `false` Example: True.
        seed (int | Unset): Random seed for reproducibility. If omitted, a random seed is chosen.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    duration: Wan25TextToVideoInputDuration
    aspect_ratio: Wan25TextToVideoInputAspectRatio | Unset = UNSET
    resolution: Wan25TextToVideoInputResolution | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    enable_prompt_expansion: bool | Unset = UNSET
    seed: int | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
                "duration": duration,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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

        duration = check_wan_25_text_to_video_input_duration(d.pop("duration"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan25TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_25_text_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_25_text_to_video_input_resolution(_resolution)

        negative_prompt = d.pop("negative_prompt", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_25_text_to_video_input = cls(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )

        wan_25_text_to_video_input.additional_properties = d
        return wan_25_text_to_video_input

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
