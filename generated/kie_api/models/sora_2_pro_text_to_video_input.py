from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_2_pro_text_to_video_input_aspect_ratio import (
    Sora2ProTextToVideoInputAspectRatio,
    check_sora_2_pro_text_to_video_input_aspect_ratio,
)
from ..models.sora_2_pro_text_to_video_input_n_frames import (
    Sora2ProTextToVideoInputNFrames,
    check_sora_2_pro_text_to_video_input_n_frames,
)
from ..models.sora_2_pro_text_to_video_input_size import (
    Sora2ProTextToVideoInputSize,
    check_sora_2_pro_text_to_video_input_size,
)
from ..models.sora_2_pro_text_to_video_input_upload_method import (
    Sora2ProTextToVideoInputUploadMethod,
    check_sora_2_pro_text_to_video_input_upload_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2ProTextToVideoInput")


@_attrs_define
class Sora2ProTextToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt describing the desired video motion (Max length: 10000 characters) Example: a
            happy dog running in the garden.
        upload_method (Sora2ProTextToVideoInputUploadMethod): Upload destination. Defaults to s3; choose oss for Aliyun
            storage (better access within China).
        aspect_ratio (Sora2ProTextToVideoInputAspectRatio | Unset): This parameter defines the aspect ratio of the
            image. Example: landscape.
        n_frames (Sora2ProTextToVideoInputNFrames | Unset): The number of frames to be generated. Example: 10.
        size (Sora2ProTextToVideoInputSize | Unset): The quality or size of the generated image. Example: high.
        remove_watermark (bool | Unset): When enabled, removes watermarks from the generated video. (Boolean value
            (true/false)) Example: True.
        character_id_list (list[str] | Unset): Optional array of character IDs from Sora-2-characters model to
            incorporate character animations into the video generation. Maximum 5 character IDs allowed. Leave empty if not
            using character animations. Example: ['example_123456789', 'example_987654321'].
    """

    prompt: str
    upload_method: Sora2ProTextToVideoInputUploadMethod
    aspect_ratio: Sora2ProTextToVideoInputAspectRatio | Unset = UNSET
    n_frames: Sora2ProTextToVideoInputNFrames | Unset = UNSET
    size: Sora2ProTextToVideoInputSize | Unset = UNSET
    remove_watermark: bool | Unset = UNSET
    character_id_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        upload_method: str = self.upload_method

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        n_frames: str | Unset = UNSET
        if not isinstance(self.n_frames, Unset):
            n_frames = self.n_frames

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        remove_watermark = self.remove_watermark

        character_id_list: list[str] | Unset = UNSET
        if not isinstance(self.character_id_list, Unset):
            character_id_list = self.character_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "upload_method": upload_method,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if n_frames is not UNSET:
            field_dict["n_frames"] = n_frames
        if size is not UNSET:
            field_dict["size"] = size
        if remove_watermark is not UNSET:
            field_dict["remove_watermark"] = remove_watermark
        if character_id_list is not UNSET:
            field_dict["character_id_list"] = character_id_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        upload_method = check_sora_2_pro_text_to_video_input_upload_method(
            d.pop("upload_method")
        )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2ProTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_pro_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _n_frames = d.pop("n_frames", UNSET)
        n_frames: Sora2ProTextToVideoInputNFrames | Unset
        if isinstance(_n_frames, Unset):
            n_frames = UNSET
        else:
            n_frames = check_sora_2_pro_text_to_video_input_n_frames(_n_frames)

        _size = d.pop("size", UNSET)
        size: Sora2ProTextToVideoInputSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_sora_2_pro_text_to_video_input_size(_size)

        remove_watermark = d.pop("remove_watermark", UNSET)

        character_id_list = cast(list[str], d.pop("character_id_list", UNSET))

        sora_2_pro_text_to_video_input = cls(
            prompt=prompt,
            upload_method=upload_method,
            aspect_ratio=aspect_ratio,
            n_frames=n_frames,
            size=size,
            remove_watermark=remove_watermark,
            character_id_list=character_id_list,
        )

        sora_2_pro_text_to_video_input.additional_properties = d
        return sora_2_pro_text_to_video_input

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
