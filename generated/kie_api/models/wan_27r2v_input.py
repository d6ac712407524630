from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_27r2v_input_aspect_ratio import (
    Wan27R2VInputAspectRatio,
    check_wan_27r2v_input_aspect_ratio,
)
from ..models.wan_27r2v_input_resolution import (
    Wan27R2VInputResolution,
    check_wan_27r2v_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27R2VInput")


@_attrs_define
class Wan27R2VInput:
    """Input parameters for the reference-to-video task.

    Attributes:
        prompt (str): Text prompt. Required. Describes the desired elements and visual features in the generated video.
            Supports Chinese and English. Maximum length: 5000 characters. Example: Image 1 is eating, while video 1 and
            image 2 are singing beside it..
        negative_prompt (str | Unset): Optional negative prompt describing what should not appear in the video. Supports
            Chinese and English. Maximum length: 500 characters. Example: low resolution, errors, worst quality, low
            quality, malformed, extra fingers, bad proportions.
        reference_image (list[str] | Unset): Array of reference image URLs. At least one of `reference_image` or
            `reference_video` must be provided. The total number of images and videos cannot exceed 5. Example:
            ['https://example.com/demo/ref-image-1.png', 'https://example.com/demo/ref-image-2.png'].
        reference_video (list[str] | Unset): Array of reference video URLs. At least one of `reference_image` or
            `reference_video` must be provided. The total number of images and videos cannot exceed 5. Example:
            ['https://example.com/demo/ref-video-1.mp4'].
        first_frame (str | Unset): First frame image URL. At most one image can be provided. If supplied, `aspect_ratio`
            is ignored and the output uses a ratio close to the first frame image. Example: https://example.com/demo/first-
            frame.png.
        reference_voice (str | Unset): Audio URL used to specify the voice timbre of the subject in the reference
            material.

            Rules:
            - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by
            default
            - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority

            Audio limits:
            - Formats: `wav`, `mp3`
            - Duration: `1` to `10` seconds
            - File size: up to `15MB` Example: https://example.com/demo/reference-voice.mp3.
        resolution (Wan27R2VInputResolution | Unset): Output video resolution tier. Available values: `720p`, `1080p`.
            Default value: `1080p`. Example: 1080p.
        aspect_ratio (Wan27R2VInputAspectRatio | Unset): Output video aspect ratio.

            Effective logic:
            - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio`
            - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame
            image Example: 16:9.
        duration (int | Unset): Output video duration in seconds. Valid range is an integer from `2` to `10`. Default
            value: `5`. Example: 5.
        prompt_extend (bool | Unset): Whether to enable prompt rewriting. When enabled, the model expands the input
            prompt. This usually works better for short prompts but increases processing time. Example: True.
        watermark (bool | Unset): Whether to add a watermark. The watermark is placed in the lower-right corner of the
            video with the fixed text "AI generated". Example: False.
        seed (int | Unset): Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
            Example: 0.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    negative_prompt: str | Unset = UNSET
    reference_image: list[str] | Unset = UNSET
    reference_video: list[str] | Unset = UNSET
    first_frame: str | Unset = UNSET
    reference_voice: str | Unset = UNSET
    resolution: Wan27R2VInputResolution | Unset = UNSET
    aspect_ratio: Wan27R2VInputAspectRatio | Unset = UNSET
    duration: int | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    watermark: bool | Unset = UNSET
    seed: int | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        reference_image: list[str] | Unset = UNSET
        if not isinstance(self.reference_image, Unset):
            reference_image = self.reference_image

        reference_video: list[str] | Unset = UNSET
        if not isinstance(self.reference_video, Unset):
            reference_video = self.reference_video

        first_frame = self.first_frame

        reference_voice = self.reference_voice

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        prompt_extend = self.prompt_extend

        watermark = self.watermark

        seed = self.seed

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if reference_image is not UNSET:
            field_dict["reference_image"] = reference_image
        if reference_video is not UNSET:
            field_dict["reference_video"] = reference_video
        if first_frame is not UNSET:
            field_dict["first_frame"] = first_frame
        if reference_voice is not UNSET:
            field_dict["reference_voice"] = reference_voice
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seed is not UNSET:
            field_dict["seed"] = seed
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        reference_image = cast(list[str], d.pop("reference_image", UNSET))

        reference_video = cast(list[str], d.pop("reference_video", UNSET))

        first_frame = d.pop("first_frame", UNSET)

        reference_voice = d.pop("reference_voice", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan27R2VInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_27r2v_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan27R2VInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_27r2v_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        watermark = d.pop("watermark", UNSET)

        seed = d.pop("seed", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_27r2v_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            reference_image=reference_image,
            reference_video=reference_video,
            first_frame=first_frame,
            reference_voice=reference_voice,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )

        wan_27r2v_input.additional_properties = d
        return wan_27r2v_input

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
