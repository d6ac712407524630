from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.infinitalk_from_audio_input_resolution import (
    InfinitalkFromAudioInputResolution,
    check_infinitalk_from_audio_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InfinitalkFromAudioInput")


@_attrs_define
class InfinitalkFromAudioInput:
    """Input parameters for the generation task

    Attributes:
        image_url (str): URL of the input image. If the input image does not match the chosen aspect ratio, it is
            resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
            image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/1757329269873ggqj2hz3.png.
        audio_url (str): The URL of the audio file. (File URL after upload, not file content; Accepted types:
            audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB) Example:
            https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3.
        prompt (str): The text prompt to guide video generation. (Max length: 5000 characters) Example: A young woman
            with long dark hair talking on a podcast..
        resolution (InfinitalkFromAudioInputResolution | Unset): Resolution of the video to generate. Must be either
            480p or 720p. Example: 480p.
        seed (float | Unset): Random seed for reproducibility. Valid range is 10000 to 1000000.
    """

    image_url: str
    audio_url: str
    prompt: str
    resolution: InfinitalkFromAudioInputResolution | Unset = UNSET
    seed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: InfinitalkFromAudioInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_infinitalk_from_audio_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        infinitalk_from_audio_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
        )

        infinitalk_from_audio_input.additional_properties = d
        return infinitalk_from_audio_input

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
