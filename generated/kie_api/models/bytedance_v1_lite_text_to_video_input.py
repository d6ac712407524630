from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_v1_lite_text_to_video_input_aspect_ratio import (
    BytedanceV1LiteTextToVideoInputAspectRatio,
    check_bytedance_v1_lite_text_to_video_input_aspect_ratio,
)
from ..models.bytedance_v1_lite_text_to_video_input_duration import (
    BytedanceV1LiteTextToVideoInputDuration,
    check_bytedance_v1_lite_text_to_video_input_duration,
)
from ..models.bytedance_v1_lite_text_to_video_input_resolution import (
    BytedanceV1LiteTextToVideoInputResolution,
    check_bytedance_v1_lite_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceV1LiteTextToVideoInput")


@_attrs_define
class BytedanceV1LiteTextToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt used to generate the video (Max length: 10000 characters) Example: Wide-angle
            shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink
            and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on
            the water and the intricate details of the boat's sails as the light gradually brightens..
        aspect_ratio (BytedanceV1LiteTextToVideoInputAspectRatio | Unset): The aspect ratio of the generated video
            Example: 16:9.
        resolution (BytedanceV1LiteTextToVideoInputResolution | Unset): Video resolution - 480p for faster generation,
            720p for higher quality Example: 720p.
        duration (BytedanceV1LiteTextToVideoInputDuration | Unset): Duration of the video in seconds Example: 5.
        camera_fixed (bool | Unset): Whether to fix the camera position (Boolean value (true/false)) Example: False.
        seed (int | Unset): Random seed to control video generation. Use -1 for random.
        enable_safety_checker (bool | Unset): The safety checker is always enabled in Playground. It can only be
            disabled by setting false through the API. (Boolean value (true/false)) Example: True.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    aspect_ratio: BytedanceV1LiteTextToVideoInputAspectRatio | Unset = UNSET
    resolution: BytedanceV1LiteTextToVideoInputResolution | Unset = UNSET
    duration: BytedanceV1LiteTextToVideoInputDuration | Unset = UNSET
    camera_fixed: bool | Unset = UNSET
    seed: int | Unset = UNSET
    enable_safety_checker: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        camera_fixed = self.camera_fixed

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceV1LiteTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_v1_lite_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceV1LiteTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_v1_lite_text_to_video_input_resolution(
                _resolution
            )

        _duration = d.pop("duration", UNSET)
        duration: BytedanceV1LiteTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_v1_lite_text_to_video_input_duration(_duration)

        camera_fixed = d.pop("camera_fixed", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        bytedance_v1_lite_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            nsfw_checker=nsfw_checker,
        )

        bytedance_v1_lite_text_to_video_input.additional_properties = d
        return bytedance_v1_lite_text_to_video_input

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
