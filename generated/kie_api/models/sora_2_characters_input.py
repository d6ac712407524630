from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2CharactersInput")


@_attrs_define
class Sora2CharactersInput:
    """Input parameters for the generation task

    Attributes:
        character_file_url (list[str]): Array of character video URLs to use as input for character animation. Only one
            video URL is allowed. The video must be between 1-4 seconds in duration. (File URL after upload, not file
            content; Accepted types: video/mp4, video/webm, video/avi; Max size: 10.0MB per file; Duration: 1-4 seconds)
            Example: ['https://static.aiquickdraw.com/tools/example/character1.mp4'].
        character_prompt (str | Unset): Description of the character and desired animation style (Max length: 5000
            characters) Example: A friendly cartoon character with expressive eyes and fluid movements.
        safety_instruction (str | Unset): Safety guidelines and content restrictions for the animation (Max length: 5000
            characters) Example: Ensure the animation is family-friendly and contains no violent or inappropriate content.
    """

    character_file_url: list[str]
    character_prompt: str | Unset = UNSET
    safety_instruction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_file_url = self.character_file_url

        character_prompt = self.character_prompt

        safety_instruction = self.safety_instruction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "character_file_url": character_file_url,
            }
        )
        if character_prompt is not UNSET:
            field_dict["character_prompt"] = character_prompt
        if safety_instruction is not UNSET:
            field_dict["safety_instruction"] = safety_instruction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        character_file_url = cast(list[str], d.pop("character_file_url"))

        character_prompt = d.pop("character_prompt", UNSET)

        safety_instruction = d.pop("safety_instruction", UNSET)

        sora_2_characters_input = cls(
            character_file_url=character_file_url,
            character_prompt=character_prompt,
            safety_instruction=safety_instruction,
        )

        sora_2_characters_input.additional_properties = d
        return sora_2_characters_input

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
