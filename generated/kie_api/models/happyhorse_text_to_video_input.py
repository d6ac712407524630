from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_text_to_video_input_aspect_ratio import (
    HappyhorseTextToVideoInputAspectRatio,
    check_happyhorse_text_to_video_input_aspect_ratio,
)
from ..models.happyhorse_text_to_video_input_resolution import (
    HappyhorseTextToVideoInputResolution,
    check_happyhorse_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HappyhorseTextToVideoInput")


@_attrs_define
class HappyhorseTextToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or
            2,500 Chinese characters; extra content is truncated. Example: A miniature city built from cardboard and bottle
            caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and
            illuminating the way ahead..
        resolution (HappyhorseTextToVideoInputResolution | Unset): Output video resolution. Valid values: 720P, 1080P
            (default). Example: 1080p.
        aspect_ratio (HappyhorseTextToVideoInputAspectRatio | Unset): Output aspect ratio. Valid values: 16:9 (default),
            9:16, 1:1, 4:3, 3:4. Example: 16:9.
        duration (int | Unset): Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5. Example:
            5.
        seed (int | Unset): Random seed for reproducibility (if supported).
    """

    prompt: str
    resolution: HappyhorseTextToVideoInputResolution | Unset = UNSET
    aspect_ratio: HappyhorseTextToVideoInputAspectRatio | Unset = UNSET
    duration: int | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: HappyhorseTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_happyhorse_text_to_video_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HappyhorseTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_happyhorse_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        happyhorse_text_to_video_input = cls(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )

        happyhorse_text_to_video_input.additional_properties = d
        return happyhorse_text_to_video_input

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
