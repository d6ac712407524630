from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_seedance_2_input_aspect_ratio import (
    BytedanceSeedance2InputAspectRatio,
    check_bytedance_seedance_2_input_aspect_ratio,
)
from ..models.bytedance_seedance_2_input_resolution import (
    BytedanceSeedance2InputResolution,
    check_bytedance_seedance_2_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BytedanceSeedance2Input")


@_attrs_define
class BytedanceSeedance2Input:
    """Input parameters for the generation task

    Attributes:
        prompt (str | Unset): The text prompt used to generate the video. Required field. (Min length: 3, Max length:
            20000 characters) Example: A serene beach at sunset with waves gently crashing on the shore, palm trees swaying
            in the breeze, and seagulls flying across the orange sky.
        first_frame_url (str | Unset): First frame image url or asset://{assetId}
            (for example: asset://asset-20260404242101-76djj)
        last_frame_url (str | Unset): End frame image url or asset://{assetId}
            (for example: asset://asset-20260404242101-76djj)
        reference_image_urls (list[str] | Unset): Enter a list of image URLs or asset://{assetId} (for example:
            asset://asset-20260404242101-76djj).
            Single image requirements:
            Format: jpeg, png, webp, bmp, tiff, gif.
            Aspect ratio (width/height): (0.4, 2.5)
            Width and height (px): (300, 6000)
            Size: Single image less than 30 MB.
            Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9.. Example:
            ['https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png'].
        reference_video_urls (list[str] | Unset): Enter a list of video URLs or asset://{assetId} (for example:
            asset://asset-20260404242101-76djj) .
            Single video requirements:
            Video format: mp4, mov.
            Resolution: 480p, 720p
            Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not
            exceeding 15 seconds.
            Dimensions:
            Aspect ratio (width/height): [0.4, 2.5]
            Width/height (px): [300, 6000]
            Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range
            requirement of [409600, 927408].
            Size: Single video not exceeding 50 MB.
            Frame rate (FPS): [24, 60]
        reference_audio_urls (list[str] | Unset): Enter a list of audio URLs or asset://{assetId} (for example:
            asset://asset-20260404242101-76djj) .
            Single audio requirements:
            Format: wav, mp3
            Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not
            exceeding 15 s.
            Size: Single audio file size not exceeding 15 MB.
        return_last_frame (bool | Unset): Whether to return the last frame of the video as an image.
        generate_audio (bool | Unset): Whether to generate audio for the video.

            - **true**: Generate with audio (higher cost)
            - **false**: Generate without audio

            Note: Enabling audio will increase the generation cost Example: False.
        resolution (BytedanceSeedance2InputResolution | Unset): Video resolution - 480p for faster generation, 720p for
            balance, 1080p for High-quality video Example: 720p.
        aspect_ratio (BytedanceSeedance2InputAspectRatio | Unset): Video aspect ratio configuration. Required field.
            Example: 16:9.
        duration (int | Unset): Video duration in 4-15 seconds. Example: 5.
        web_search (bool | Unset): Use online search
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str | Unset = UNSET
    first_frame_url: str | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    reference_video_urls: list[str] | Unset = UNSET
    reference_audio_urls: list[str] | Unset = UNSET
    return_last_frame: bool | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    resolution: BytedanceSeedance2InputResolution | Unset = UNSET
    aspect_ratio: BytedanceSeedance2InputAspectRatio | Unset = UNSET
    duration: int | Unset = UNSET
    web_search: bool | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_video_urls, Unset):
            reference_video_urls = self.reference_video_urls

        reference_audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_audio_urls, Unset):
            reference_audio_urls = self.reference_audio_urls

        return_last_frame = self.return_last_frame

        generate_audio = self.generate_audio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        web_search = self.web_search

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_video_urls is not UNSET:
            field_dict["reference_video_urls"] = reference_video_urls
        if reference_audio_urls is not UNSET:
            field_dict["reference_audio_urls"] = reference_audio_urls
        if return_last_frame is not UNSET:
            field_dict["return_last_frame"] = return_last_frame
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        reference_video_urls = cast(list[str], d.pop("reference_video_urls", UNSET))

        reference_audio_urls = cast(list[str], d.pop("reference_audio_urls", UNSET))

        return_last_frame = d.pop("return_last_frame", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedance2InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_2_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedance2InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_2_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        web_search = d.pop("web_search", UNSET)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        bytedance_seedance_2_input = cls(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            return_last_frame=return_last_frame,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )

        bytedance_seedance_2_input.additional_properties = d
        return bytedance_seedance_2_input

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
