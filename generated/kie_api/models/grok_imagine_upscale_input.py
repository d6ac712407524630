from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GrokImagineUpscaleInput")


@_attrs_define
class GrokImagineUpscaleInput:
    """Input parameters for the video upscaling task

    Attributes:
        task_id (str): Task ID from a previously successful video generation task. Required field.

            - Must be from a Kie AI video generation model (e.g., grok-imagine/text-to-video)
            - The original video generation must have completed successfully
            - Only Kie AI–generated task IDs are supported Example: task_grok_12345678.
    """

    task_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        grok_imagine_upscale_input = cls(
            task_id=task_id,
        )

        grok_imagine_upscale_input.additional_properties = d
        return grok_imagine_upscale_input

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
