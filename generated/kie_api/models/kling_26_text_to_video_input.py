from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_26_text_to_video_input_aspect_ratio import (
    Kling26TextToVideoInputAspectRatio,
    check_kling_26_text_to_video_input_aspect_ratio,
)
from ..models.kling_26_text_to_video_input_duration import (
    Kling26TextToVideoInputDuration,
    check_kling_26_text_to_video_input_duration,
)

T = TypeVar("T", bound="Kling26TextToVideoInput")


@_attrs_define
class Kling26TextToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompt for video generation (maximum length: 1000 characters) Example: Scene: A fashion live-
            streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror.
            Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful
            tone] says: "360-degree flawless tailoring, slimming and versatile." She then [African female host] leans closer
            to the camera. [African female host, in a lively tone] says: "Double-sided fleece fabric, $30 off immediately
            when you order now.".
        sound (bool): This parameter specifies whether the generated video contains sound (boolean: true/false) Example:
            False.
        aspect_ratio (Kling26TextToVideoInputAspectRatio): This parameter defines the video aspect ratio Example: 1:1.
        duration (Kling26TextToVideoInputDuration): Video duration (unit: seconds) Example: 5.
    """

    prompt: str
    sound: bool
    aspect_ratio: Kling26TextToVideoInputAspectRatio
    duration: Kling26TextToVideoInputDuration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        sound = self.sound

        aspect_ratio: str = self.aspect_ratio

        duration: str = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "sound": sound,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        sound = d.pop("sound")

        aspect_ratio = check_kling_26_text_to_video_input_aspect_ratio(
            d.pop("aspect_ratio")
        )

        duration = check_kling_26_text_to_video_input_duration(d.pop("duration"))

        kling_26_text_to_video_input = cls(
            prompt=prompt,
            sound=sound,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )

        kling_26_text_to_video_input.additional_properties = d
        return kling_26_text_to_video_input

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
