from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_video_edit_input_audio_setting import (
    HappyhorseVideoEditInputAudioSetting,
    check_happyhorse_video_edit_input_audio_setting,
)
from ..models.happyhorse_video_edit_input_resolution import (
    HappyhorseVideoEditInputResolution,
    check_happyhorse_video_edit_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HappyhorseVideoEditInput")


@_attrs_define
class HappyhorseVideoEditInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): Required edit instruction describing the intended change (e.g., style transfer / local
            replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated. Example:
            Make the horse-headed humanoid character in the video wear the striped sweater from the image.
        video_url (str): Input video URL list. Exactly one video is required.
            Video requirements:
            Format: MP4, MOV (H.264 encoding recommended).
            Duration: 3–60 seconds.
            Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px.
            Aspect ratio: 1:2.5–2.5:1.
            File size: up to 100 MB.
            Frame rate: greater than 8 fps.
        reference_image (list[str] | Unset): Optional reference image URL list (0–5).
            Image requirements:
            Format: JPEG, JPG, PNG, WEBP.
            Resolution: both width and height must be at least 300 px.
            Aspect ratio: 1:2.5–2.5:1.
            File size: up to 10 MB.
        resolution (HappyhorseVideoEditInputResolution | Unset): Output video resolution. Valid values: 720P, 1080P
            (default). Example: 1080p.
        audio_setting (HappyhorseVideoEditInputAudioSetting | Unset): Audio handling strategy for the output video.
            Example: auto.
        seed (int | Unset): Random seed for reproducibility (if supported).
    """

    prompt: str
    video_url: str
    reference_image: list[str] | Unset = UNSET
    resolution: HappyhorseVideoEditInputResolution | Unset = UNSET
    audio_setting: HappyhorseVideoEditInputAudioSetting | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        reference_image: list[str] | Unset = UNSET
        if not isinstance(self.reference_image, Unset):
            reference_image = self.reference_image

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if reference_image is not UNSET:
            field_dict["reference_image"] = reference_image
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        reference_image = cast(list[str], d.pop("reference_image", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: HappyhorseVideoEditInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_happyhorse_video_edit_input_resolution(_resolution)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: HappyhorseVideoEditInputAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_happyhorse_video_edit_input_audio_setting(
                _audio_setting
            )

        seed = d.pop("seed", UNSET)

        happyhorse_video_edit_input = cls(
            prompt=prompt,
            video_url=video_url,
            reference_image=reference_image,
            resolution=resolution,
            audio_setting=audio_setting,
            seed=seed,
        )

        happyhorse_video_edit_input.additional_properties = d
        return happyhorse_video_edit_input

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
