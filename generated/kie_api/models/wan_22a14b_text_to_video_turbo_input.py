from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_22a14b_text_to_video_turbo_input_acceleration import (
    Wan22A14BTextToVideoTurboInputAcceleration,
    check_wan_22a14b_text_to_video_turbo_input_acceleration,
)
from ..models.wan_22a14b_text_to_video_turbo_input_aspect_ratio import (
    Wan22A14BTextToVideoTurboInputAspectRatio,
    check_wan_22a14b_text_to_video_turbo_input_aspect_ratio,
)
from ..models.wan_22a14b_text_to_video_turbo_input_resolution import (
    Wan22A14BTextToVideoTurboInputResolution,
    check_wan_22a14b_text_to_video_turbo_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan22A14BTextToVideoTurboInput")


@_attrs_define
class Wan22A14BTextToVideoTurboInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt to guide video generation. (Max length: 5000 characters) Example: Drone shot, fast
            traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal
            a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The
            camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending
            into a glowing sky, the balloon trailing steam and displaying the letters "KIE AI" as it rises into breathtaking
            polar majesty..
        resolution (Wan22A14BTextToVideoTurboInputResolution | Unset): Resolution of the generated video (480p or 720p).
            Default value: "720p" Example: 720p.
        aspect_ratio (Wan22A14BTextToVideoTurboInputAspectRatio | Unset): Aspect ratio of the generated video (16:9 or
            9:16). Default value: "16:9" Example: 16:9.
        enable_prompt_expansion (bool | Unset): Whether to enable prompt expansion. This will use a large language model
            to expand the prompt with additional details while maintaining the original meaning. (Boolean value
            (true/false)) Example: False.
        seed (float | Unset): Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max:
            2147483647, Step: 1) (step: 1) Example: 0.
        acceleration (Wan22A14BTextToVideoTurboInputAcceleration | Unset): Acceleration level to use. The more
            acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value:
            "none" Example: none.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    resolution: Wan22A14BTextToVideoTurboInputResolution | Unset = UNSET
    aspect_ratio: Wan22A14BTextToVideoTurboInputAspectRatio | Unset = UNSET
    enable_prompt_expansion: bool | Unset = UNSET
    seed: float | Unset = UNSET
    acceleration: Wan22A14BTextToVideoTurboInputAcceleration | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_prompt_expansion = self.enable_prompt_expansion

        seed = self.seed

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        nsfw_checker = self.nsfw_checker

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
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if seed is not UNSET:
            field_dict["seed"] = seed
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan22A14BTextToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_22a14b_text_to_video_turbo_input_resolution(
                _resolution
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan22A14BTextToVideoTurboInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_22a14b_text_to_video_turbo_input_aspect_ratio(
                _aspect_ratio
            )

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Wan22A14BTextToVideoTurboInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_22a14b_text_to_video_turbo_input_acceleration(
                _acceleration
            )

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_22a14b_text_to_video_turbo_input = cls(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            acceleration=acceleration,
            nsfw_checker=nsfw_checker,
        )

        wan_22a14b_text_to_video_turbo_input.additional_properties = d
        return wan_22a14b_text_to_video_turbo_input

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
