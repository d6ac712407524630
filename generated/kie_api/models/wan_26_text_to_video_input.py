from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_26_text_to_video_input_duration import (
    Wan26TextToVideoInputDuration,
    check_wan_26_text_to_video_input_duration,
)
from ..models.wan_26_text_to_video_input_resolution import (
    Wan26TextToVideoInputResolution,
    check_wan_26_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26TextToVideoInput")


@_attrs_define
class Wan26TextToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompts for video generation. Supports both Chinese and English, with a minimum of 1
            characters and a maximum of 5,000 characters. (Max length: 5000 characters) Example: In a hyperrealistic ASMR
            video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly
            crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up
            with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes
            the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and
            the unique, tactile materials..
        duration (Wan26TextToVideoInputDuration | Unset): The duration of the generated video in seconds Example: 5.
        resolution (Wan26TextToVideoInputResolution | Unset): Video resolution tier Example: 1080p.
        nsfw_checker (bool | Unset): Enabled by default in Playground. For API calls, you can turn it on or off based on
            your needs.
    """

    prompt: str
    duration: Wan26TextToVideoInputDuration | Unset = UNSET
    resolution: Wan26TextToVideoInputResolution | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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

        _duration = d.pop("duration", UNSET)
        duration: Wan26TextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_26_text_to_video_input_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan26TextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_26_text_to_video_input_resolution(_resolution)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_26_text_to_video_input = cls(
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )

        wan_26_text_to_video_input.additional_properties = d
        return wan_26_text_to_video_input

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
