from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_imagine_text_to_video_input_aspect_ratio import (
    GrokImagineTextToVideoInputAspectRatio,
    check_grok_imagine_text_to_video_input_aspect_ratio,
)
from ..models.grok_imagine_text_to_video_input_mode import (
    GrokImagineTextToVideoInputMode,
    check_grok_imagine_text_to_video_input_mode,
)
from ..models.grok_imagine_text_to_video_input_resolution import (
    GrokImagineTextToVideoInputResolution,
    check_grok_imagine_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokImagineTextToVideoInput")


@_attrs_define
class GrokImagineTextToVideoInput:
    """Input parameters for the video generation task

    Attributes:
        prompt (str): Text prompt describing the desired video motion. Required field.

            - Should be detailed and specific about the desired visual motion
            - Describe movement, action sequences, camera work, and timing
            - Include details about subjects, environments, and motion dynamics
            - Maximum length: 5000 characters
            - Supports English language prompts Example: A couple of doors open to the right one by one randomly and stay
            open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little
            people living inside..
        aspect_ratio (GrokImagineTextToVideoInputAspectRatio | Unset): Specifies the width-to-height ratio of the
            generated video. Controls the aspect ratio of the output.

            - **2:3**: Portrait orientation (vertical)
            - **3:2**: Landscape orientation (horizontal)
            - **1:1**: Square format
            - **16:9**: Wide screen format
            - **9:16**: Tall screen format

            Default: 2:3 Example: 2:3.
        mode (GrokImagineTextToVideoInputMode | Unset): Specifies the generation mode affecting the style and intensity
            of motion.

            - **fun**: More creative and playful interpretation
            - **normal**: Balanced approach with good motion quality
            - **spicy**: More dynamic and intense motion effects

            Default: normal Example: normal.
        duration (float | str | Unset): The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum:
            30, Step: 1)
        resolution (GrokImagineTextToVideoInputResolution | Unset): The resolution of the generated video. Example:
            480p.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    prompt: str
    aspect_ratio: GrokImagineTextToVideoInputAspectRatio | Unset = UNSET
    mode: GrokImagineTextToVideoInputMode | Unset = UNSET
    duration: float | str | Unset = UNSET
    resolution: GrokImagineTextToVideoInputResolution | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration: float | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokImagineTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_imagine_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _mode = d.pop("mode", UNSET)
        mode: GrokImagineTextToVideoInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_grok_imagine_text_to_video_input_mode(_mode)

        def _parse_duration(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: GrokImagineTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_grok_imagine_text_to_video_input_resolution(_resolution)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        grok_imagine_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            mode=mode,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )

        grok_imagine_text_to_video_input.additional_properties = d
        return grok_imagine_text_to_video_input

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
