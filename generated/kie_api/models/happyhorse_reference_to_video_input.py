from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_reference_to_video_input_aspect_ratio import (
    HappyhorseReferenceToVideoInputAspectRatio,
    check_happyhorse_reference_to_video_input_aspect_ratio,
)
from ..models.happyhorse_reference_to_video_input_resolution import (
    HappyhorseReferenceToVideoInputResolution,
    check_happyhorse_reference_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HappyhorseReferenceToVideoInput")


@_attrs_define
class HappyhorseReferenceToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or
            2,500 Chinese characters; extra content is truncated. Example: A woman in a red qipao character1. The shot opens
            with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle
            shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying
            lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips
            lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it
            comprehensively showcases an aura of Eastern elegance..
        reference_image (list[str]): Reference image URL list. Provide 1–9 images. The order defines which image is
            character1, character2, etc.

            Image limits:
            Format: JPEG, JPG, PNG, and WEBP.
            Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily
            compressed images, as they degrade output quality.
            File size: 10 MB maximum.
        resolution (HappyhorseReferenceToVideoInputResolution | Unset): Output video resolution. Valid values: 720P,
            1080P (default). Example: 1080p.
        aspect_ratio (HappyhorseReferenceToVideoInputAspectRatio | Unset): Output aspect ratio. Valid values: 16:9
            (default), 9:16, 1:1, 4:3, 3:4. Example: 16:9.
        duration (int | Unset): Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5. Example:
            5.
        seed (int | Unset): Random seed for reproducibility (if supported).
    """

    prompt: str
    reference_image: list[str]
    resolution: HappyhorseReferenceToVideoInputResolution | Unset = UNSET
    aspect_ratio: HappyhorseReferenceToVideoInputAspectRatio | Unset = UNSET
    duration: int | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image = self.reference_image

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
                "reference_image": reference_image,
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

        reference_image = cast(list[str], d.pop("reference_image"))

        _resolution = d.pop("resolution", UNSET)
        resolution: HappyhorseReferenceToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_happyhorse_reference_to_video_input_resolution(
                _resolution
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HappyhorseReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_happyhorse_reference_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        seed = d.pop("seed", UNSET)

        happyhorse_reference_to_video_input = cls(
            prompt=prompt,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )

        happyhorse_reference_to_video_input.additional_properties = d
        return happyhorse_reference_to_video_input

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
