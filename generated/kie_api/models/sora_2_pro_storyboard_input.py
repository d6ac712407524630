from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_2_pro_storyboard_input_aspect_ratio import (
    Sora2ProStoryboardInputAspectRatio,
    check_sora_2_pro_storyboard_input_aspect_ratio,
)
from ..models.sora_2_pro_storyboard_input_n_frames import (
    Sora2ProStoryboardInputNFrames,
    check_sora_2_pro_storyboard_input_n_frames,
)
from ..models.sora_2_pro_storyboard_input_upload_method import (
    Sora2ProStoryboardInputUploadMethod,
    check_sora_2_pro_storyboard_input_upload_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sora_2_pro_storyboard_input_shots_item import (
        Sora2ProStoryboardInputShotsItem,
    )


T = TypeVar("T", bound="Sora2ProStoryboardInput")


@_attrs_define
class Sora2ProStoryboardInput:
    """Input parameters for the generation task

    Attributes:
        upload_method (Sora2ProStoryboardInputUploadMethod): Upload destination. Defaults to s3; choose oss for Aliyun
            storage (better access within China).
        shots (list[Sora2ProStoryboardInputShotsItem] | Unset): Array of shot descriptions with durations. Total
            duration of all shots cannot exceed the selected n_frames value. Example: [{'Scene': 'A cute fluffy orange-and-
            white kitten wearing orange headphones, sitting at a cozy indoor table with a small slice of cake on a plate, a
            toy fish and a silver microphone nearby, warm soft lighting, cinematic close-up, shallow depth of field, gentle
            ASMR atmosphere.', 'duration': 7.5}, {'Scene': 'The same cute fluffy orange-and-white kitten wearing orange
            headphones, in the same cozy indoor ASMR setup with the toy fish and microphone, the cake now finished, the
            kitten gently licks its lips with a satisfied smile, warm ambient lighting, cinematic close-up, shallow depth of
            field, calm and content mood.', 'duration': 7.5}].
        n_frames (Sora2ProStoryboardInputNFrames | Unset): Total length of the video Example: 15.
        image_urls (list[str] | Unset): Upload an image file to use as input for the API (File URL after upload, not
            file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). Limited to exactly 1 image.
            Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/1760776438785hyue5ogz.png'].
        aspect_ratio (Sora2ProStoryboardInputAspectRatio | Unset): This parameter defines the aspect ratio of the image.
            Example: landscape.
    """

    upload_method: Sora2ProStoryboardInputUploadMethod
    shots: list[Sora2ProStoryboardInputShotsItem] | Unset = UNSET
    n_frames: Sora2ProStoryboardInputNFrames | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    aspect_ratio: Sora2ProStoryboardInputAspectRatio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_method: str = self.upload_method

        shots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shots, Unset):
            shots = []
            for shots_item_data in self.shots:
                shots_item = shots_item_data.to_dict()
                shots.append(shots_item)

        n_frames: str | Unset = UNSET
        if not isinstance(self.n_frames, Unset):
            n_frames = self.n_frames

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_method": upload_method,
            }
        )
        if shots is not UNSET:
            field_dict["shots"] = shots
        if n_frames is not UNSET:
            field_dict["n_frames"] = n_frames
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sora_2_pro_storyboard_input_shots_item import (
            Sora2ProStoryboardInputShotsItem,
        )

        d = dict(src_dict)
        upload_method = check_sora_2_pro_storyboard_input_upload_method(
            d.pop("upload_method")
        )

        _shots = d.pop("shots", UNSET)
        shots: list[Sora2ProStoryboardInputShotsItem] | Unset = UNSET
        if _shots is not UNSET:
            shots = []
            for shots_item_data in _shots:
                shots_item = Sora2ProStoryboardInputShotsItem.from_dict(shots_item_data)

                shots.append(shots_item)

        _n_frames = d.pop("n_frames", UNSET)
        n_frames: Sora2ProStoryboardInputNFrames | Unset
        if isinstance(_n_frames, Unset):
            n_frames = UNSET
        else:
            n_frames = check_sora_2_pro_storyboard_input_n_frames(_n_frames)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2ProStoryboardInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_pro_storyboard_input_aspect_ratio(_aspect_ratio)

        sora_2_pro_storyboard_input = cls(
            upload_method=upload_method,
            shots=shots,
            n_frames=n_frames,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
        )

        sora_2_pro_storyboard_input.additional_properties = d
        return sora_2_pro_storyboard_input

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
