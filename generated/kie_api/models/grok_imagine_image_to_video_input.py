from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_imagine_image_to_video_input_aspect_ratio import (
    GrokImagineImageToVideoInputAspectRatio,
    check_grok_imagine_image_to_video_input_aspect_ratio,
)
from ..models.grok_imagine_image_to_video_input_mode import (
    GrokImagineImageToVideoInputMode,
    check_grok_imagine_image_to_video_input_mode,
)
from ..models.grok_imagine_image_to_video_input_resolution import (
    GrokImagineImageToVideoInputResolution,
    check_grok_imagine_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokImagineImageToVideoInput")


@_attrs_define
class GrokImagineImageToVideoInput:
    """Input parameters for the video generation task

    Attributes:
        image_urls (list[str] | Unset): Provide an external image URL as a reference for video generation. Up to 7
            images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by
            typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
            - Supports JPEG, PNG, and WEBP formats
            - Maximum file size for each image: 10MB
            - The Spicy mode is not available when using external images
            - The array can contain a maximum of seven URLs Example: ['https://file.aiquickdraw.com/custom-page/akr/section-
            images/1762247692373tw5di116.png'].
        task_id (str | Unset): Task ID from a previously generated Grok image. Use with index to select a specific
            image. Do not use with image_urls.

            - Use task ID from grok-imagine/text-to-image generations
            - Supports all modes including Spicy
            - Maximum length: 100 characters Example: task_grok_12345678.
        index (int | Unset): When using task_id, specify which image to use (Grok generates 6 images per task). Only
            works with task_id.

            - 0-based index (0-5)
            - Ignored if image_urls is provided
            - Default: 0 Example: 0.
        prompt (str | Unset): Text prompt describing the desired video motion. Optional field.

            - Should be detailed and specific about the desired visual motion
            - Describe movement, action sequences, camera work, and timing
            - Include details about subjects, environments, and motion dynamics
            - Maximum length: 5000 characters
            - Supports English language prompts Example: POV hand comes into frame handing the girl a cup of take away
            coffee, the girl steps out of the screen looking tired, then takes it and she says happily: "thanks! Back to
            work" she exits the frame and walks right to a different part of the office..
        mode (GrokImagineImageToVideoInputMode | Unset): Specifies the generation mode affecting the style and intensity
            of motion. Note: Spicy mode is not available for external image inputs.

            - **fun**: More creative and playful interpretation
            - **normal**: Balanced approach with good motion quality
            - **spicy**: More dynamic and intense motion effects (not available for external images)

            Default: normal Example: normal.
        duration (str | Unset): The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step:
            1)
        resolution (GrokImagineImageToVideoInputResolution | Unset): The resolution of the generated video. Example:
            480p.
        aspect_ratio (GrokImagineImageToVideoInputAspectRatio | Unset): Image ratio selection only applies to multi-
            image generation mode. In single-image mode, the video width and height are referenced to the image width and
            height.
        nsfw_checker (bool | Unset): Defaults to false. You can set it to false based on your needs. If set to false,
            our content filtering will be disabled, and all results will be returned directly by the model itself.
    """

    image_urls: list[str] | Unset = UNSET
    task_id: str | Unset = UNSET
    index: int | Unset = UNSET
    prompt: str | Unset = UNSET
    mode: GrokImagineImageToVideoInputMode | Unset = UNSET
    duration: str | Unset = UNSET
    resolution: GrokImagineImageToVideoInputResolution | Unset = UNSET
    aspect_ratio: GrokImagineImageToVideoInputAspectRatio | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        task_id = self.task_id

        index = self.index

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if index is not UNSET:
            field_dict["index"] = index
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        task_id = d.pop("task_id", UNSET)

        index = d.pop("index", UNSET)

        prompt = d.pop("prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: GrokImagineImageToVideoInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_grok_imagine_image_to_video_input_mode(_mode)

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: GrokImagineImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_grok_imagine_image_to_video_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokImagineImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_imagine_image_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        grok_imagine_image_to_video_input = cls(
            image_urls=image_urls,
            task_id=task_id,
            index=index,
            prompt=prompt,
            mode=mode,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            nsfw_checker=nsfw_checker,
        )

        grok_imagine_image_to_video_input.additional_properties = d
        return grok_imagine_image_to_video_input

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
