from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_22a14b_speech_to_video_turbo_input_resolution import (
    Wan22A14BSpeechToVideoTurboInputResolution,
    check_wan_22a14b_speech_to_video_turbo_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan22A14BSpeechToVideoTurboInput")


@_attrs_define
class Wan22A14BSpeechToVideoTurboInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt used for video generation (Max length: 5000 characters) Example: The lady is
            talking.
        image_url (str): URL of the input image. If the input image does not match the chosen aspect ratio, it is
            resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
            image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/1756797663082u4pjmcrq.png.
        audio_url (str): The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3,
            audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB) Example:
            https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3.
        num_frames (float | Unset): Number of frames to generate. Must be between 40 to 120, (must be multiple of 4)
            (Min: 40, Max: 120, Step: 4) (step: 4) Example: 80.
        frames_per_second (float | Unset): Frames per second of the generated video. Must be between 4 to 60. When using
            interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied
            by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the
            number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is
            set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1) (step: 1) Example: 16.
        resolution (Wan22A14BSpeechToVideoTurboInputResolution | Unset): Resolution of the generated video (480p, 580p,
            or 720p) Example: 480p.
        negative_prompt (str | Unset): Negative prompt for video generation (Max length: 500 characters)
        seed (int | Unset): Random seed for reproducibility. If None, a random seed is chosen
        num_inference_steps (float | Unset): Number of inference steps for sampling. Higher values give better quality
            but take longer (Min: 2, Max: 40, Step: 1) (step: 1) Example: 27.
        guidance_scale (float | Unset): Classifier-free guidance scale. Higher values give better adherence to the
            prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1) Example: 3.5.
        shift (float | Unset): Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1)
            (step: 0.1) Example: 5.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    image_url: str
    audio_url: str
    num_frames: float | Unset = UNSET
    frames_per_second: float | Unset = UNSET
    resolution: Wan22A14BSpeechToVideoTurboInputResolution | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    num_inference_steps: float | Unset = UNSET
    guidance_scale: float | Unset = UNSET
    shift: float | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        audio_url = self.audio_url

        num_frames = self.num_frames

        frames_per_second = self.frames_per_second

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        negative_prompt = self.negative_prompt

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        shift = self.shift

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if shift is not UNSET:
            field_dict["shift"] = shift
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan22A14BSpeechToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_22a14b_speech_to_video_turbo_input_resolution(
                _resolution
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        shift = d.pop("shift", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_22a14b_speech_to_video_turbo_input = cls(
            prompt=prompt,
            image_url=image_url,
            audio_url=audio_url,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            resolution=resolution,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            shift=shift,
            nsfw_checker=nsfw_checker,
        )

        wan_22a14b_speech_to_video_turbo_input.additional_properties = d
        return wan_22a14b_speech_to_video_turbo_input

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
