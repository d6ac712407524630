from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_22a14b_image_to_video_turbo_input_acceleration import (
    Wan22A14BImageToVideoTurboInputAcceleration,
    check_wan_22a14b_image_to_video_turbo_input_acceleration,
)
from ..models.wan_22a14b_image_to_video_turbo_input_resolution import (
    Wan22A14BImageToVideoTurboInputResolution,
    check_wan_22a14b_image_to_video_turbo_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan22A14BImageToVideoTurboInput")


@_attrs_define
class Wan22A14BImageToVideoTurboInput:
    """Input parameters for the generation task

    Attributes:
        image_url (str): URL of the input image. If the input image does not match the chosen aspect ratio, it is
            resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
            image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/1755166042585gtf2mlrk.png.
        prompt (str): The text prompt to guide video generation. (Max length: 5000 characters) Example: Overcast
            lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors,
            medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-
            up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie.
            His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing
            with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side
            of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background..
        resolution (Wan22A14BImageToVideoTurboInputResolution | Unset): Resolution of the generated video (480p or
            720p). Default value: "720p" Example: 720p.
        enable_prompt_expansion (bool | Unset): Whether to enable prompt expansion. This will use a large language model
            to expand the prompt with additional details while maintaining the original meaning. (Boolean value
            (true/false)) Example: False.
        seed (float | Unset): Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max:
            2147483647, Step: 1) (step: 1) Example: 0.
        acceleration (Wan22A14BImageToVideoTurboInputAcceleration | Unset): Acceleration level to use. The more
            acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value:
            "none" Example: none.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    image_url: str
    prompt: str
    resolution: Wan22A14BImageToVideoTurboInputResolution | Unset = UNSET
    enable_prompt_expansion: bool | Unset = UNSET
    seed: float | Unset = UNSET
    acceleration: Wan22A14BImageToVideoTurboInputAcceleration | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
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
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan22A14BImageToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_22a14b_image_to_video_turbo_input_resolution(
                _resolution
            )

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        seed = d.pop("seed", UNSET)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Wan22A14BImageToVideoTurboInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_22a14b_image_to_video_turbo_input_acceleration(
                _acceleration
            )

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_22a14b_image_to_video_turbo_input = cls(
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            acceleration=acceleration,
            nsfw_checker=nsfw_checker,
        )

        wan_22a14b_image_to_video_turbo_input.additional_properties = d
        return wan_22a14b_image_to_video_turbo_input

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
