from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topaz_video_upscale_input_upscale_factor import (
    TopazVideoUpscaleInputUpscaleFactor,
    check_topaz_video_upscale_input_upscale_factor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazVideoUpscaleInput")


@_attrs_define
class TopazVideoUpscaleInput:
    """Input parameters for the generation task

    Attributes:
        video_url (str): URL of the video to upscale (File URL after upload, not file content; Accepted types:
            video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB) Example: https://file.aiquickdraw.com/custom-
            page/akr/section-images/1758166466095hvbwkrpw.mp4.
        upscale_factor (TopazVideoUpscaleInputUpscaleFactor | Unset): Factor to upscale the video by (e.g. 2.0 doubles
            width and height) Example: 2.
    """

    video_url: str
    upscale_factor: TopazVideoUpscaleInputUpscaleFactor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        upscale_factor: str | Unset = UNSET
        if not isinstance(self.upscale_factor, Unset):
            upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _upscale_factor = d.pop("upscale_factor", UNSET)
        upscale_factor: TopazVideoUpscaleInputUpscaleFactor | Unset
        if isinstance(_upscale_factor, Unset):
            upscale_factor = UNSET
        else:
            upscale_factor = check_topaz_video_upscale_input_upscale_factor(
                _upscale_factor
            )

        topaz_video_upscale_input = cls(
            video_url=video_url,
            upscale_factor=upscale_factor,
        )

        topaz_video_upscale_input.additional_properties = d
        return topaz_video_upscale_input

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
