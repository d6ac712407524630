from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_27_videoedit_input_aspect_ratio import (
    Wan27VideoeditInputAspectRatio,
    check_wan_27_videoedit_input_aspect_ratio,
)
from ..models.wan_27_videoedit_input_audio_setting import (
    Wan27VideoeditInputAudioSetting,
    check_wan_27_videoedit_input_audio_setting,
)
from ..models.wan_27_videoedit_input_resolution import (
    Wan27VideoeditInputResolution,
    check_wan_27_videoedit_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27VideoeditInput")


@_attrs_define
class Wan27VideoeditInput:
    """Input parameters for the video editing task.

    Attributes:
        video_url (str): URL of the source video to edit. Required. Only one video is supported.

            - Formats: `mp4`, `mov`
            - Duration: `2` to `10` seconds
            - Resolution: width and height range `[240,4096]` pixels
            - Aspect ratio: `1:8` to `8:1`
            - File size: up to `100MB`
            - Supports public `http/https` URLs or temporary `oss` URLs Example: https://example.com/demo/video.mp4.
        prompt (str | Unset): Optional text prompt describing the expected elements and visual features in the generated
            video. Supports Chinese and English. Maximum length: 5000 characters. Example: Change the character's outfit and
            add the hat shown in the reference image..
        negative_prompt (str | Unset): Optional negative prompt describing content that should not appear in the video.
            Supports Chinese and English. Maximum length: 500 characters. Example: low resolution, errors, worst quality,
            low quality, malformed, extra fingers, bad proportions.
        resolution (Wan27VideoeditInputResolution | Unset): Output video resolution tier. `1080p` costs more than
            `720p`. Default value: `1080p`.

            - `720p`: 720p
            - `1080p`: 1080p Example: 1080p.
        aspect_ratio (Wan27VideoeditInputAspectRatio | Unset): Output video aspect ratio.

            - If omitted: the output uses an aspect ratio close to the input video
            - If provided: the output uses the specified aspect ratio
            - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4` Example: 16:9.
        duration (int | Unset): Output video duration in seconds.

            - Default `0` means using the full input video duration without truncation
            - If a value is provided, the output is clipped from second `0` to the specified length
            - Valid values are `0` or any integer in `[2,10]` Example: 0.
        audio_setting (Wan27VideoeditInputAudioSetting | Unset): Video audio setting.

            - `auto`: default, the model decides whether to regenerate audio based on the `prompt`
            - `origin`: force keeping the original input video audio Example: auto.
        prompt_extend (bool | Unset): Whether to enable prompt rewriting. When enabled, the model expands the input
            prompt. This usually works better for short prompts but increases processing time. Example: True.
        watermark (bool | Unset): Whether to add a watermark. The watermark is placed in the lower-right corner of the
            video with the fixed text "AI generated". Example: False.
        seed (int | Unset): Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
            Example: 0.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
        reference_image (str | Unset): Optional reference image URL for character, clothing, or style guidance.

            - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP`
            - Resolution: width and height range `[240,8000]` pixels
            - Aspect ratio: `1:8` to `8:1`
            - Supports public `http/https` URLs or temporary `oss` URLs Example: https://example.com/demo/reference.png.
    """

    video_url: str
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    resolution: Wan27VideoeditInputResolution | Unset = UNSET
    aspect_ratio: Wan27VideoeditInputAspectRatio | Unset = UNSET
    duration: int | Unset = UNSET
    audio_setting: Wan27VideoeditInputAudioSetting | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    watermark: bool | Unset = UNSET
    seed: int | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    reference_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        prompt_extend = self.prompt_extend

        watermark = self.watermark

        seed = self.seed

        nsfw_checker = self.nsfw_checker

        reference_image = self.reference_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seed is not UNSET:
            field_dict["seed"] = seed
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker
        if reference_image is not UNSET:
            field_dict["reference_image"] = reference_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan27VideoeditInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_27_videoedit_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Wan27VideoeditInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_27_videoedit_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: Wan27VideoeditInputAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_wan_27_videoedit_input_audio_setting(_audio_setting)

        prompt_extend = d.pop("prompt_extend", UNSET)

        watermark = d.pop("watermark", UNSET)

        seed = d.pop("seed", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        reference_image = d.pop("reference_image", UNSET)

        wan_27_videoedit_input = cls(
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            audio_setting=audio_setting,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
            reference_image=reference_image,
        )

        wan_27_videoedit_input.additional_properties = d
        return wan_27_videoedit_input

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
