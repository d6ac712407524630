from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile:
    """
    Attributes:
        file_name (str | Unset):
        file_path (str | Unset):
        download_url (str | Unset): The URL to pass to a model
        file_size (int | Unset): Size in bytes
        mime_type (str | Unset):
        uploaded_at (str | Unset): ISO 8601 time of the upload
    """

    file_name: str | Unset = UNSET
    file_path: str | Unset = UNSET
    download_url: str | Unset = UNSET
    file_size: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    uploaded_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_path = self.file_path

        download_url = self.download_url

        file_size = self.file_size

        mime_type = self.mime_type

        uploaded_at = self.uploaded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if uploaded_at is not UNSET:
            field_dict["uploadedAt"] = uploaded_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName", UNSET)

        file_path = d.pop("filePath", UNSET)

        download_url = d.pop("downloadUrl", UNSET)

        file_size = d.pop("fileSize", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        uploaded_at = d.pop("uploadedAt", UNSET)

        uploaded_file = cls(
            file_name=file_name,
            file_path=file_path,
            download_url=download_url,
            file_size=file_size,
            mime_type=mime_type,
            uploaded_at=uploaded_at,
        )

        uploaded_file.additional_properties = d
        return uploaded_file

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
