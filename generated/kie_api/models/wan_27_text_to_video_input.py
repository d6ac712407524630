from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_27_text_to_video_input_ratio import (
    Wan27TextToVideoInputRatio,
    check_wan_27_text_to_video_input_ratio,
)
from ..models.wan_27_text_to_video_input_resolution import (
    Wan27TextToVideoInputResolution,
    check_wan_27_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27TextToVideoInput")


@_attrs_define
class Wan27TextToVideoInput:
    """Input parameters for the text-to-video task.

    Attributes:
        prompt (str): Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters.
        negative_prompt (str | Unset): Negative prompt. Maximum length: 500 characters.
        audio_url (str | Unset): Optional custom audio URL.
        resolution (Wan27TextToVideoInputResolution | Unset): Video resolution.

            - `720p`: 720p
            - `1080p`: 1080p
        ratio (Wan27TextToVideoInputRatio | Unset): Video aspect ratio.

            - `16:9`: Landscape
            - `9:16`: Portrait
            - `1:1`: Square
            - `4:3`: Landscape 4:3
            - `3:4`: Portrait 3:4
        duration (int | Unset): Video duration in seconds.

            - Minimum: `2`
            - Maximum: `15`
            - Default: `5`
        prompt_extend (bool | Unset): Whether to enable intelligent prompt rewriting. Default value: `true`.
        watermark (bool | Unset): Whether to add an AI-generated watermark. Default value: `false`.
        seed (int | Unset): Random seed.

            - Minimum: `0`
            - Maximum: `2147483647`
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    negative_prompt: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    resolution: Wan27TextToVideoInputResolution | Unset = UNSET
    ratio: Wan27TextToVideoInputRatio | Unset = UNSET
    duration: int | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    watermark: bool | Unset = UNSET
    seed: int | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        audio_url = self.audio_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        duration = self.duration

        prompt_extend = self.prompt_extend

        watermark = self.watermark

        seed = self.seed

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seed is not UNSET:
            field_dict["seed"] = seed
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan27TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_27_text_to_video_input_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: Wan27TextToVideoInputRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_wan_27_text_to_video_input_ratio(_ratio)

        duration = d.pop("duration", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        watermark = d.pop("watermark", UNSET)

        seed = d.pop("seed", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_27_text_to_video_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )

        wan_27_text_to_video_input.additional_properties = d
        return wan_27_text_to_video_input

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
