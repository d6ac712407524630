from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="FileStreamUploadRequest")


@_attrs_define
class FileStreamUploadRequest:
    """
    Attributes:
        file (File): The file's bytes
        upload_path (str): Folder to store the file under, e.g. "kie-python"
        file_name (str | Unset): Name to store it as; reusing a name overwrites the file
    """

    file: File
    upload_path: str
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        upload_path = self.upload_path

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "uploadPath": upload_path,
            }
        )
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(
            ("uploadPath", (None, str(self.upload_path).encode(), "text/plain"))
        )

        if not isinstance(self.file_name, Unset):
            files.append(
                ("fileName", (None, str(self.file_name).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        upload_path = d.pop("uploadPath")

        file_name = d.pop("fileName", UNSET)

        file_stream_upload_request = cls(
            file=file,
            upload_path=upload_path,
            file_name=file_name,
        )

        file_stream_upload_request.additional_properties = d
        return file_stream_upload_request

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
