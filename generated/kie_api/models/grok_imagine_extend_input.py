from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_imagine_extend_input_extend_times import (
    GrokImagineExtendInputExtendTimes,
    check_grok_imagine_extend_input_extend_times,
)

T = TypeVar("T", bound="GrokImagineExtendInput")


@_attrs_define
class GrokImagineExtendInput:
    """Input parameters for the video upscaling task

    Attributes:
        task_id (str): Task ID from a previously successful video generation task. Required field.

            - Must be from a Kie AI video generation model (e.g., grok-imagine/text-to-video)
            - The original video generation must have completed successfully
            - Only Kie AI–generated task IDs are supported Example: task_grok_12345678.
        prompt (str): Text instructions describing the required movement of the video. Required field.
            - Provide a detailed description of how you would like the video to expand and continue.
            - You can specify camera movements, scene changes, object actions, etc.
            - The more specific the prompt words are, the more likely the generated effect will match your expectations.
            - Supports input in both Chinese and English. Example: The camera slowly pans forward, showing the protagonist
            walking deeper into the forest, with the sunlight filtering through the leaves and casting dappled shadows..
        extend_at (int | str): The starting position of the video extension. Optional field. Example: 0.
        extend_times (GrokImagineExtendInputExtendTimes): Duration of video extension (in seconds). Required field.
            - `6`: Expand 6 seconds of video content
            - `10`: Expand 10 seconds of video content
            - The longer the extension duration, the longer the time required for generation
            - Select the appropriate duration based on the complexity of the scene Example: 6.
    """

    task_id: str
    prompt: str
    extend_at: int | str
    extend_times: GrokImagineExtendInputExtendTimes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        prompt = self.prompt

        extend_at: int | str
        extend_at = self.extend_at

        extend_times: str = self.extend_times

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "prompt": prompt,
                "extend_at": extend_at,
                "extend_times": extend_times,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        prompt = d.pop("prompt")

        def _parse_extend_at(data: object) -> int | str:
            return cast(int | str, data)

        extend_at = _parse_extend_at(d.pop("extend_at"))

        extend_times = check_grok_imagine_extend_input_extend_times(
            d.pop("extend_times")
        )

        grok_imagine_extend_input = cls(
            task_id=task_id,
            prompt=prompt,
            extend_at=extend_at,
            extend_times=extend_times,
        )

        grok_imagine_extend_input.additional_properties = d
        return grok_imagine_extend_input

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
