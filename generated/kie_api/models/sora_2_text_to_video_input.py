from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_2_text_to_video_input_aspect_ratio import (
    Sora2TextToVideoInputAspectRatio,
    check_sora_2_text_to_video_input_aspect_ratio,
)
from ..models.sora_2_text_to_video_input_n_frames import (
    Sora2TextToVideoInputNFrames,
    check_sora_2_text_to_video_input_n_frames,
)
from ..models.sora_2_text_to_video_input_upload_method import (
    Sora2TextToVideoInputUploadMethod,
    check_sora_2_text_to_video_input_upload_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2TextToVideoInput")


@_attrs_define
class Sora2TextToVideoInput:
    """Input parameters for the generation task

    Attributes:
        prompt (str): The text prompt describing the desired video motion (Max length: 10000 characters) Example: A
            professor stands at the front of a lively classroom, enthusiastically giving a lecture. On the blackboard behind
            him are colorful chalk diagrams. With an animated gesture, he declares to the students: “Sora 2 is now available
            on Kie AI, making it easier than ever to create stunning videos.” The students listen attentively, some smiling
            and taking notes..
        upload_method (Sora2TextToVideoInputUploadMethod): Upload destination. Defaults to s3; choose oss for Aliyun
            storage (better access within China).
        aspect_ratio (Sora2TextToVideoInputAspectRatio | Unset): This parameter defines the aspect ratio of the image.
            Example: landscape.
        n_frames (Sora2TextToVideoInputNFrames | Unset): The number of frames to be generated. Example: 10.
        remove_watermark (bool | Unset): When enabled, removes watermarks from the generated video. (Boolean value
            (true/false)) Example: True.
        character_id_list (list[str] | Unset): Optional array of character IDs from Sora-2-characters model to
            incorporate character animations into the video generation. Maximum 5 character IDs allowed. Leave empty if not
            using character animations. Example: ['example_123456789', 'example_987654321'].
    """

    prompt: str
    upload_method: Sora2TextToVideoInputUploadMethod
    aspect_ratio: Sora2TextToVideoInputAspectRatio | Unset = UNSET
    n_frames: Sora2TextToVideoInputNFrames | Unset = UNSET
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
        if remove_watermark is not UNSET:
            field_dict["remove_watermark"] = remove_watermark
        if character_id_list is not UNSET:
            field_dict["character_id_list"] = character_id_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        upload_method = check_sora_2_text_to_video_input_upload_method(
            d.pop("upload_method")
        )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_text_to_video_input_aspect_ratio(_aspect_ratio)

        _n_frames = d.pop("n_frames", UNSET)
        n_frames: Sora2TextToVideoInputNFrames | Unset
        if isinstance(_n_frames, Unset):
            n_frames = UNSET
        else:
            n_frames = check_sora_2_text_to_video_input_n_frames(_n_frames)

        remove_watermark = d.pop("remove_watermark", UNSET)

        character_id_list = cast(list[str], d.pop("character_id_list", UNSET))

        sora_2_text_to_video_input = cls(
            prompt=prompt,
            upload_method=upload_method,
            aspect_ratio=aspect_ratio,
            n_frames=n_frames,
            remove_watermark=remove_watermark,
            character_id_list=character_id_list,
        )

        sora_2_text_to_video_input.additional_properties = d
        return sora_2_text_to_video_input

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
