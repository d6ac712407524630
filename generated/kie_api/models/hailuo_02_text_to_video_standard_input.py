from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_02_text_to_video_standard_input_duration import (
    Hailuo02TextToVideoStandardInputDuration,
    check_hailuo_02_text_to_video_standard_input_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02TextToVideoStandardInput")


@_attrs_define
class Hailuo02TextToVideoStandardInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text description for video generation (Max length: 1500 characters) Example: A llama and a raccoon
            battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full
            comedy mode..
        duration (Hailuo02TextToVideoStandardInputDuration | Unset): The duration of the video in seconds. 10 seconds
            videos are not supported for 1080p resolution. Example: 6.
        prompt_optimizer (bool | Unset): Whether to use the model's prompt optimizer (Boolean value (true/false))
            Example: True.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    duration: Hailuo02TextToVideoStandardInputDuration | Unset = UNSET
    prompt_optimizer: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        prompt_optimizer = self.prompt_optimizer

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
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Hailuo02TextToVideoStandardInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_hailuo_02_text_to_video_standard_input_duration(_duration)

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        hailuo_02_text_to_video_standard_input = cls(
            prompt=prompt,
            duration=duration,
            prompt_optimizer=prompt_optimizer,
            nsfw_checker=nsfw_checker,
        )

        hailuo_02_text_to_video_standard_input.additional_properties = d
        return hailuo_02_text_to_video_standard_input

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
