from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling30MotionControlInput")


@_attrs_define
class Kling30MotionControlInput:
    """Input of kling-3.0/motion-control

    Attributes:
        input_urls (list[str]): (Required) Include a URL of an image
        video_urls (list[str]): (Required) Include a video URL
        prompt (str | Unset): (Optional) Text prompt words, used to guide the generation of animation content. Can be
            empty or 0 - 2500 characters long.
        mode (str | Unset): (Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p)
        character_orientation (str | Unset): (Optional) Reference source for character orientation. video: Refer to
            video (recommended); image: Refer to image. Default value: video
        background_source (str | Unset): (Optional) Background source. input_video: Use video background; input_image:
            Use image background. Default value: input_video
    """

    input_urls: list[str]
    video_urls: list[str]
    prompt: str | Unset = UNSET
    mode: str | Unset = UNSET
    character_orientation: str | Unset = UNSET
    background_source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_urls = self.input_urls

        video_urls = self.video_urls

        prompt = self.prompt

        mode = self.mode

        character_orientation = self.character_orientation

        background_source = self.background_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_urls": input_urls,
                "video_urls": video_urls,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if character_orientation is not UNSET:
            field_dict["character_orientation"] = character_orientation
        if background_source is not UNSET:
            field_dict["background_source"] = background_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_urls = cast(list[str], d.pop("input_urls"))

        video_urls = cast(list[str], d.pop("video_urls"))

        prompt = d.pop("prompt", UNSET)

        mode = d.pop("mode", UNSET)

        character_orientation = d.pop("character_orientation", UNSET)

        background_source = d.pop("background_source", UNSET)

        kling_30_motion_control_input = cls(
            input_urls=input_urls,
            video_urls=video_urls,
            prompt=prompt,
            mode=mode,
            character_orientation=character_orientation,
            background_source=background_source,
        )

        kling_30_motion_control_input.additional_properties = d
        return kling_30_motion_control_input

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
