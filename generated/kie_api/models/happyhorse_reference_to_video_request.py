from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_reference_to_video_request_model import (
    HappyhorseReferenceToVideoRequestModel,
    check_happyhorse_reference_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.happyhorse_reference_to_video_input import (
        HappyhorseReferenceToVideoInput,
    )


T = TypeVar("T", bound="HappyhorseReferenceToVideoRequest")


@_attrs_define
class HappyhorseReferenceToVideoRequest:
    """HappyHorse - reference-to-video

    Example:
        {'model': 'happyhorse/reference-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit
            of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding
            fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera
            pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved
            charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern
            elegance.', 'reference_image': ['https://loremflickr.com/400/400?lock=8132663902229376',
            'https://loremflickr.com/400/400?lock=1716016437146867'], 'resolution': '1080p', 'aspect_ratio': '16:9',
            'duration': 5, 'seed': 1308038620}}

    Attributes:
        model (HappyhorseReferenceToVideoRequestModel): The model id
        input_ (HappyhorseReferenceToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: HappyhorseReferenceToVideoRequestModel
    input_: HappyhorseReferenceToVideoInput
    call_back_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        input_ = self.input_.to_dict()

        call_back_url = self.call_back_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if call_back_url is not UNSET:
            field_dict["callBackUrl"] = call_back_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.happyhorse_reference_to_video_input import (
            HappyhorseReferenceToVideoInput,
        )

        d = dict(src_dict)
        model = check_happyhorse_reference_to_video_request_model(d.pop("model"))

        input_ = HappyhorseReferenceToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        happyhorse_reference_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        happyhorse_reference_to_video_request.additional_properties = d
        return happyhorse_reference_to_video_request

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
