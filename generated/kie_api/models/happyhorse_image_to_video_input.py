from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_image_to_video_input_resolution import (
    HappyhorseImageToVideoInputResolution,
    check_happyhorse_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HappyhorseImageToVideoInput")


@_attrs_define
class HappyhorseImageToVideoInput:
    """Input parameters for the generation task

    Attributes:
        image_urls (list[str]): First-frame image URL list. Exactly one image is required.

            Image constraints:
            Format: JPEG, JPG, PNG, WEBP.
            Resolution: Width and height must be at least 300 pixels.
            Aspect ratio: 1:2.5 to 2.5:1.
            File size: Up to 10 MB.
        prompt (str | Unset): Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese
            characters or 2,500 Chinese characters; extra content is truncated. Example: A cat running on the grass.
        resolution (HappyhorseImageToVideoInputResolution | Unset): Output video resolution. Valid values: 720P, 1080P
            (default). Example: 1080p.
        duration (int | Unset): Output duration in seconds. Must be between 3 and 15. Defaults to 5. Example: 5.
        seed (int | Unset): Random seed for reproducibility (if supported).
    """

    image_urls: list[str]
    prompt: str | Unset = UNSET
    resolution: HappyhorseImageToVideoInputResolution | Unset = UNSET
    duration: int | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration = self.duration

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: HappyhorseImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_happyhorse_image_to_video_input_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        happyhorse_image_to_video_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            seed=seed,
        )

        happyhorse_image_to_video_input.additional_properties = d
        return happyhorse_image_to_video_input

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
