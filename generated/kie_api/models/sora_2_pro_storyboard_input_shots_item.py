from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Sora2ProStoryboardInputShotsItem")


@_attrs_define
class Sora2ProStoryboardInputShotsItem:
    """
    Attributes:
        scene (str): Detailed description of the scene/shot Example: A cute fluffy orange-and-white kitten wearing
            orange headphones, sitting at a cozy indoor table with a small slice of cake on a plate, a toy fish and a silver
            microphone nearby, warm soft lighting, cinematic close-up, shallow depth of field, gentle ASMR atmosphere..
        duration (float): Duration of this shot in seconds. Total duration of all shots cannot exceed n_frames. Example:
            7.5.
    """

    scene: str
    duration: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene = self.scene

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Scene": scene,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scene = d.pop("Scene")

        duration = d.pop("duration")

        sora_2_pro_storyboard_input_shots_item = cls(
            scene=scene,
            duration=duration,
        )

        sora_2_pro_storyboard_input_shots_item.additional_properties = d
        return sora_2_pro_storyboard_input_shots_item

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
