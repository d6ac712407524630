from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_v1_lite_image_to_video_input_duration import (
    BytedanceV1LiteImageToVideoInputDuration,
    check_bytedance_v1_lite_image_to_video_input_duration,
)
from ..models.bytedance_v1_lite_image_to_video_input_resolution import (
    BytedanceV1LiteImageToVideoInputResolution,
    check_bytedance_v1_lite_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceV1LiteImageToVideoInput")


@_attrs_define
class BytedanceV1LiteImageToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt used to generate the video (Max length: 10000 characters) Example: Multiple shots.
            A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he
            reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light.
        image_url (str): The URL of the image used to generate video (File URL after upload, not file content; Accepted
            types: image/jpeg, image/png, image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-
            page/akr/section-images/17550783375205e9woshz.png.
        resolution (BytedanceV1LiteImageToVideoInputResolution | Unset): Video resolution - 480p for faster generation,
            720p for higher quality Example: 720p.
        duration (BytedanceV1LiteImageToVideoInputDuration | Unset): Duration of the video in seconds Example: 5.
        camera_fixed (bool | Unset): Whether to fix the camera position (Boolean value (true/false)) Example: False.
        seed (float | Unset): Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647,
            Step: 1) (step: 1) Example: -1.
        enable_safety_checker (bool | Unset): The safety checker is always enabled in Playground. It can only be
            disabled by setting false through the API. (Boolean value (true/false)) Example: True.
        end_image_url (str | Unset): The URL of the image the video ends with. Defaults to None. (File URL after upload,
            not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_url: str
    resolution: BytedanceV1LiteImageToVideoInputResolution | Unset = UNSET
    duration: BytedanceV1LiteImageToVideoInputDuration | Unset = UNSET
    camera_fixed: bool | Unset = UNSET
    seed: float | Unset = UNSET
    enable_safety_checker: bool | Unset = UNSET
    end_image_url: str | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        camera_fixed = self.camera_fixed

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        end_image_url = self.end_image_url

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
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
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceV1LiteImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_v1_lite_image_to_video_input_resolution(
                _resolution
            )

        _duration = d.pop("duration", UNSET)
        duration: BytedanceV1LiteImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_v1_lite_image_to_video_input_duration(_duration)

        camera_fixed = d.pop("camera_fixed", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        bytedance_v1_lite_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            end_image_url=end_image_url,
            nsfw_checker=nsfw_checker,
        )

        bytedance_v1_lite_image_to_video_input.additional_properties = d
        return bytedance_v1_lite_image_to_video_input

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
