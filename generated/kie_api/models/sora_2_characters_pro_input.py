from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2CharactersProInput")


@_attrs_define
class Sora2CharactersProInput:
    """Input parameters for the generation task

    Attributes:
        origin_task_id (str): Task ID of the original task. References a previously completed video generation task.
            Example: 7118f712c1f35c9b8bf2ad1af68ad482.
        timestamps (str): Enter the clip's start and end times in seconds. The segment you select must be completely
            inside the original video and between 1 s–4 s long; that slice will be used as the character's training
            material. Example: 3.55,5.55.
        character_prompt (str): Character persona prompt. Required, non-empty. Describes the character's personality and
            appearance. Example: A friendly cartoon character with expressive eyes and fluid movements.
        character_user_name (str | Unset): Optional. Custom name for the character, used to identify and reference the
            character in subsequent operations. When provided, must be non-empty and max 40 characters. Example:
            my_character_01.
        safety_instruction (str | Unset): Character safety instructions. Guidelines and content restrictions for the
            animation. Example: Ensure the animation is family-friendly and contains no violent or inappropriate content.
    """

    origin_task_id: str
    timestamps: str
    character_prompt: str
    character_user_name: str | Unset = UNSET
    safety_instruction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_task_id = self.origin_task_id

        timestamps = self.timestamps

        character_prompt = self.character_prompt

        character_user_name = self.character_user_name

        safety_instruction = self.safety_instruction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin_task_id": origin_task_id,
                "timestamps": timestamps,
                "character_prompt": character_prompt,
            }
        )
        if character_user_name is not UNSET:
            field_dict["character_user_name"] = character_user_name
        if safety_instruction is not UNSET:
            field_dict["safety_instruction"] = safety_instruction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        origin_task_id = d.pop("origin_task_id")

        timestamps = d.pop("timestamps")

        character_prompt = d.pop("character_prompt")

        character_user_name = d.pop("character_user_name", UNSET)

        safety_instruction = d.pop("safety_instruction", UNSET)

        sora_2_characters_pro_input = cls(
            origin_task_id=origin_task_id,
            timestamps=timestamps,
            character_prompt=character_prompt,
            character_user_name=character_user_name,
            safety_instruction=safety_instruction,
        )

        sora_2_characters_pro_input.additional_properties = d
        return sora_2_characters_pro_input

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
