from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uploaded_file import UploadedFile


T = TypeVar("T", bound="FileUploadResponse")


@_attrs_define
class FileUploadResponse:
    """
    Attributes:
        code (int): Body status code (success is judged by this, not the HTTP status): 200 success; 400 bad request; 401
            unauthorized; 402 insufficient credits; 404 not found; 408 upstream timeout (download-url); 422 validation
            failed (also "recordInfo is null" for an unknown task id, and content moderation); 429 rate limited (20
            createTask per 10 s per account); 433 sub-key usage limit exceeded; 455 service unavailable (maintenance); 500
            server error; 501 generation failed; 505 feature disabled.
        msg (str):
        success (bool | Unset):
        data (None | Unset | UploadedFile):
    """

    code: int
    msg: str
    success: bool | Unset = UNSET
    data: None | Unset | UploadedFile = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.uploaded_file import UploadedFile

        code = self.code

        msg = self.msg

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, UploadedFile):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.uploaded_file import UploadedFile

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        success = d.pop("success", UNSET)

        def _parse_data(data: object) -> None | Unset | UploadedFile:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UploadedFile.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UploadedFile, data)

        data = _parse_data(d.pop("data", UNSET))

        file_upload_response = cls(
            code=code,
            msg=msg,
            success=success,
            data=data,
        )

        file_upload_response.additional_properties = d
        return file_upload_response

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
