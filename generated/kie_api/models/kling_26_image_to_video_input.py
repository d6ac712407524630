from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_26_image_to_video_input_duration import (
    Kling26ImageToVideoInputDuration,
    check_kling_26_image_to_video_input_duration,
)

T = TypeVar("T", bound="Kling26ImageToVideoInput")


@_attrs_define
class Kling26ImageToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt used to generate the video (Max length: 1000 characters) Example: In a bright
            rehearsal room, sunlight streams through the window, and a standing microphone is placed in the center of the
            room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, while the other
            members stand around her. [Campus band female lead singer, full voice] leads: "I will try to fix you, with all
            my heart and soul..." The background is an a cappella harmony, and the camera slowly circles around the band
            members..
        image_urls (list[str]): The URL of the image used to generate video (File URLs after upload, not file content;
            Multiple files: yes; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB each) Example:
            ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png'].
        sound (bool): Enable sound/voice for the generated video Example: True.
        duration (Kling26ImageToVideoInputDuration): Duration of the video in seconds (5-second increments) Example: 5.
    """

    prompt: str
    image_urls: list[str]
    sound: bool
    duration: Kling26ImageToVideoInputDuration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls = self.image_urls

        sound = self.sound

        duration: str = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "sound": sound,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("image_urls"))

        sound = d.pop("sound")

        duration = check_kling_26_image_to_video_input_duration(d.pop("duration"))

        kling_26_image_to_video_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            sound=sound,
            duration=duration,
        )

        kling_26_image_to_video_input.additional_properties = d
        return kling_26_image_to_video_input

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
