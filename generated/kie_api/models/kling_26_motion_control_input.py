from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_26_motion_control_input_character_orientation import (
    Kling26MotionControlInputCharacterOrientation,
    check_kling_26_motion_control_input_character_orientation,
)
from ..models.kling_26_motion_control_input_mode import (
    Kling26MotionControlInputMode,
    check_kling_26_motion_control_input_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling26MotionControlInput")


@_attrs_define
class Kling26MotionControlInput:
    """Input parameters for the generation task

    Attributes:
        input_urls (list[str]): An array containing a single image URL. The photo must clearly show the subject's head,
            shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
            image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.) Example:
            ['https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png'].
        video_urls (list[str]): An array containing a single video URL. The duration must be between 3 to 30 seconds,
            and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file
            content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 100.0MB) Example:
            ['https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4'].
        character_orientation (Kling26MotionControlInputCharacterOrientation): Generate the orientation of the
            characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video':
            consistent with the orientation of the characters in the video (max 30s video). Example: video.
        mode (Kling26MotionControlInputMode): Output resolution mode. Use 'std' for 720p or 'pro' for 1080p. Example:
            720p.
        prompt (str | Unset): A text description of the desired output. Maximum length is 2500 characters. (Max length:
            2500 characters) Example: The cartoon character is dancing..
    """

    input_urls: list[str]
    video_urls: list[str]
    character_orientation: Kling26MotionControlInputCharacterOrientation
    mode: Kling26MotionControlInputMode
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_urls = self.input_urls

        video_urls = self.video_urls

        character_orientation: str = self.character_orientation

        mode: str = self.mode

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_urls": input_urls,
                "video_urls": video_urls,
                "character_orientation": character_orientation,
                "mode": mode,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_urls = cast(list[str], d.pop("input_urls"))

        video_urls = cast(list[str], d.pop("video_urls"))

        character_orientation = (
            check_kling_26_motion_control_input_character_orientation(
                d.pop("character_orientation")
            )
        )

        mode = check_kling_26_motion_control_input_mode(d.pop("mode"))

        prompt = d.pop("prompt", UNSET)

        kling_26_motion_control_input = cls(
            input_urls=input_urls,
            video_urls=video_urls,
            character_orientation=character_orientation,
            mode=mode,
            prompt=prompt,
        )

        kling_26_motion_control_input.additional_properties = d
        return kling_26_motion_control_input

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
