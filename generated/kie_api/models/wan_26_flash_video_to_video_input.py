from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_26_flash_video_to_video_input_duration import (
    Wan26FlashVideoToVideoInputDuration,
    check_wan_26_flash_video_to_video_input_duration,
)
from ..models.wan_26_flash_video_to_video_input_resolution import (
    Wan26FlashVideoToVideoInputResolution,
    check_wan_26_flash_video_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26FlashVideoToVideoInput")


@_attrs_define
class Wan26FlashVideoToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompts for video generation. Supports both Chinese and English, with a minimum of 2
            characters and a maximum of 5,000 characters. (Max length: 1500 characters) Example: The video drinks milk tea
            while doing some improvised dance moves to the music..
        video_urls (list[str]): The URL of the image used to generate video (File URL after upload, not file content;
            Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB) Example: [].
        duration (Wan26FlashVideoToVideoInputDuration | Unset): The duration of the generated video in seconds Example:
            5.
        resolution (Wan26FlashVideoToVideoInputResolution | Unset): Video resolution tier Example: 1080p.
        audio (bool | Unset): Whether to generate video with audio. Audio directly affects the cost, as the pricing
            differs between videos with sound and silent videos. (Boolean value (true/false))
        multi_shots (bool | Unset): The multi shots parameter controls the shot composition style during AI video
            generation, determining whether the generated video is a single continuous shot or multiple shots with
            transitions. (Boolean value (true/false)) Example: False.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    video_urls: list[str]
    duration: Wan26FlashVideoToVideoInputDuration | Unset = UNSET
    resolution: Wan26FlashVideoToVideoInputResolution | Unset = UNSET
    audio: bool | Unset = UNSET
    multi_shots: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_urls = self.video_urls

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        audio = self.audio

        multi_shots = self.multi_shots

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "video_urls": video_urls,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if audio is not UNSET:
            field_dict["audio"] = audio
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_urls = cast(list[str], d.pop("video_urls"))

        _duration = d.pop("duration", UNSET)
        duration: Wan26FlashVideoToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_26_flash_video_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan26FlashVideoToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_26_flash_video_to_video_input_resolution(_resolution)

        audio = d.pop("audio", UNSET)

        multi_shots = d.pop("multi_shots", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_26_flash_video_to_video_input = cls(
            prompt=prompt,
            video_urls=video_urls,
            duration=duration,
            resolution=resolution,
            audio=audio,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )

        wan_26_flash_video_to_video_input.additional_properties = d
        return wan_26_flash_video_to_video_input

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
