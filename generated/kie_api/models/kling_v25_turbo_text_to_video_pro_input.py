from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v25_turbo_text_to_video_pro_input_aspect_ratio import (
    KlingV25TurboTextToVideoProInputAspectRatio,
    check_kling_v25_turbo_text_to_video_pro_input_aspect_ratio,
)
from ..models.kling_v25_turbo_text_to_video_pro_input_duration import (
    KlingV25TurboTextToVideoProInputDuration,
    check_kling_v25_turbo_text_to_video_pro_input_duration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV25TurboTextToVideoProInput")


@_attrs_define
class KlingV25TurboTextToVideoProInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text description of the video you want to generate (Max length: 2500 characters) Example:
            Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning.
            Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone
            hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat,
            eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy.
            Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic
            cinematic vibe..
        duration (KlingV25TurboTextToVideoProInputDuration | Unset): The duration of the generated video in seconds
            Example: 5.
        aspect_ratio (KlingV25TurboTextToVideoProInputAspectRatio | Unset): The aspect ratio of the generated video
            frame Example: 16:9.
        negative_prompt (str | Unset): Things to avoid in the generated video (Max length: 2500 characters) Example:
            blur, distort, and low quality.
        cfg_scale (float | Unset): The CFG (Classifier Free Guidance) scale is a measure of how close you want the model
            to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1) Example: 0.5.
    """

    prompt: str
    duration: KlingV25TurboTextToVideoProInputDuration | Unset = UNSET
    aspect_ratio: KlingV25TurboTextToVideoProInputAspectRatio | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: KlingV25TurboTextToVideoProInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_v25_turbo_text_to_video_pro_input_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingV25TurboTextToVideoProInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v25_turbo_text_to_video_pro_input_aspect_ratio(
                _aspect_ratio
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        kling_v25_turbo_text_to_video_pro_input = cls(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )

        kling_v25_turbo_text_to_video_pro_input.additional_properties = d
        return kling_v25_turbo_text_to_video_pro_input

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
