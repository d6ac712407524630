from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_22_animate_replace_input_resolution import (
    Wan22AnimateReplaceInputResolution,
    check_wan_22_animate_replace_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan22AnimateReplaceInput")


@_attrs_define
class Wan22AnimateReplaceInput:
    """Input parameters for the generation task

    Attributes:
        video_url (str): URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4,
            video/quicktime, video/x-matroska; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-
            page/akr/section-images/17586199429271xscyd5d.mp4.
        image_url (str): URL of the input image. If the input image does not match the chosen aspect ratio, it is
            resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png,
            image/webp; Max size: 10.0MB) Example: https://file.aiquickdraw.com/custom-page/akr/section-
            images/17586199255323tks43kq.png.
        resolution (Wan22AnimateReplaceInputResolution | Unset): Resolution of the generated video (480p, 580p, or
            720p). Example: 480p.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    video_url: str
    image_url: str
    resolution: Wan22AnimateReplaceInputResolution | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
                "image_url": image_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan22AnimateReplaceInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_22_animate_replace_input_resolution(_resolution)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        wan_22_animate_replace_input = cls(
            video_url=video_url,
            image_url=image_url,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )

        wan_22_animate_replace_input.additional_properties = d
        return wan_22_animate_replace_input

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
