from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_seedance_15_pro_input_aspect_ratio import (
    BytedanceSeedance15ProInputAspectRatio,
    check_bytedance_seedance_15_pro_input_aspect_ratio,
)
from ..models.bytedance_seedance_15_pro_input_duration import (
    BytedanceSeedance15ProInputDuration,
    check_bytedance_seedance_15_pro_input_duration,
)
from ..models.bytedance_seedance_15_pro_input_resolution import (
    BytedanceSeedance15ProInputResolution,
    check_bytedance_seedance_15_pro_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceSeedance15ProInput")


@_attrs_define
class BytedanceSeedance15ProInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt used to generate the video. Required field. (Min length: 3, Max length: 2500
            characters) Example: A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the
            breeze, and seagulls flying across the orange sky.
        aspect_ratio (BytedanceSeedance15ProInputAspectRatio): Video aspect ratio configuration. Required field.
            Example: 1:1.
        input_urls (list[str] | Unset): URLs of input images for image-to-video generation. Optional field.

            - Accepts 0-2 images
            - If not provided, the model will perform text-to-video generation
            - File URLs after upload, not file content
            - Accepted types: image/jpeg, image/png, image/webp
            - Max size per image: 10.0MB Example: ['https://file.aiquickdraw.com/custom-page/akr/section-
            images/example1.png'].
        resolution (BytedanceSeedance15ProInputResolution | Unset): Video resolution - 480p for faster generation, 720p
            for balance, 1080p for higher quality Example: 720p.
        duration (BytedanceSeedance15ProInputDuration | Unset): Duration of the video in seconds
        fixed_lens (bool | Unset): Seedance adds dynamic camera movement. Enable this feature to lock the camera for
            stable, static shots.

            - **true**: Lock camera for static shots
            - **false**: Allow dynamic camera movement Example: False.
        generate_audio (bool | Unset): Whether to generate audio for the video.

            - **true**: Generate with audio (higher cost)
            - **false**: Generate without audio

            Note: Enabling audio will increase the generation cost Example: False.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    aspect_ratio: BytedanceSeedance15ProInputAspectRatio
    input_urls: list[str] | Unset = UNSET
    resolution: BytedanceSeedance15ProInputResolution | Unset = UNSET
    duration: BytedanceSeedance15ProInputDuration | Unset = UNSET
    fixed_lens: bool | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str = self.aspect_ratio

        input_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_urls, Unset):
            input_urls = self.input_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        fixed_lens = self.fixed_lens

        generate_audio = self.generate_audio

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
            }
        )
        if input_urls is not UNSET:
            field_dict["input_urls"] = input_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fixed_lens is not UNSET:
            field_dict["fixed_lens"] = fixed_lens
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        aspect_ratio = check_bytedance_seedance_15_pro_input_aspect_ratio(
            d.pop("aspect_ratio")
        )

        input_urls = cast(list[str], d.pop("input_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedance15ProInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_15_pro_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: BytedanceSeedance15ProInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_seedance_15_pro_input_duration(_duration)

        fixed_lens = d.pop("fixed_lens", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        bytedance_seedance_15_pro_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            input_urls=input_urls,
            resolution=resolution,
            duration=duration,
            fixed_lens=fixed_lens,
            generate_audio=generate_audio,
            nsfw_checker=nsfw_checker,
        )

        bytedance_seedance_15_pro_input.additional_properties = d
        return bytedance_seedance_15_pro_input

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
