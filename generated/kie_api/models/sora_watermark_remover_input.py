from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_watermark_remover_input_upload_method import (
    SoraWatermarkRemoverInputUploadMethod,
    check_sora_watermark_remover_input_upload_method,
)

T = TypeVar("T", bound="SoraWatermarkRemoverInput")


@_attrs_define
class SoraWatermarkRemoverInput:
    """Input parameters for the generation task

    Attributes:
        video_url (str): Enter the Sora 2 video URL — it must be a publicly accessible link from OpenAI (starting with
            sora.chatgpt.com). (Max length: 500 characters) Example:
            https://sora.chatgpt.com/p/s_68e83bd7eee88191be79d2ba7158516f.
        upload_method (SoraWatermarkRemoverInputUploadMethod): Upload destination. Defaults to s3; choose oss for Aliyun
            storage (better access within China).
    """

    video_url: str
    upload_method: SoraWatermarkRemoverInputUploadMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        upload_method: str = self.upload_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
                "upload_method": upload_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        upload_method = check_sora_watermark_remover_input_upload_method(
            d.pop("upload_method")
        )

        sora_watermark_remover_input = cls(
            video_url=video_url,
            upload_method=upload_method,
        )

        sora_watermark_remover_input.additional_properties = d
        return sora_watermark_remover_input

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
