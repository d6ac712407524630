from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Kling30VideoInputMultiPromptItem")


@_attrs_define
class Kling30VideoInputMultiPromptItem:
    """
    Attributes:
        prompt (str): Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37
            characters. Example: a happy dog in running@element_cat.
        duration (int): Duration of this shot in seconds. Range: 1-12. Example: 3.
    """

    prompt: str
    duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration")

        kling_30_video_input_multi_prompt_item = cls(
            prompt=prompt,
            duration=duration,
        )

        kling_30_video_input_multi_prompt_item.additional_properties = d
        return kling_30_video_input_multi_prompt_item

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
