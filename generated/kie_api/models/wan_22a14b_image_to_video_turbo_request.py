from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_22a14b_image_to_video_turbo_request_model import (
    Wan22A14BImageToVideoTurboRequestModel,
    check_wan_22a14b_image_to_video_turbo_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_22a14b_image_to_video_turbo_input import (
        Wan22A14BImageToVideoTurboInput,
    )


T = TypeVar("T", bound="Wan22A14BImageToVideoTurboRequest")


@_attrs_define
class Wan22A14BImageToVideoTurboRequest:
    """Wan - Image to Video

    Example:
        {'model': 'wan/2-2-a14b-image-to-video-turbo', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'image_url': 'https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png', 'prompt':
            'Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot,
            desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures
            a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white
            shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms,
            its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black
            object on the right side of the frame drifts back and forth, partially obscuring the view against a dark,
            nighttime background.', 'resolution': '720p', 'enable_prompt_expansion': False, 'seed': 0, 'acceleration':
            'none', 'nsfw_checker': False}}

    Attributes:
        model (Wan22A14BImageToVideoTurboRequestModel): The model id
        input_ (Wan22A14BImageToVideoTurboInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Wan22A14BImageToVideoTurboRequestModel
    input_: Wan22A14BImageToVideoTurboInput
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
        from ..models.wan_22a14b_image_to_video_turbo_input import (
            Wan22A14BImageToVideoTurboInput,
        )

        d = dict(src_dict)
        model = check_wan_22a14b_image_to_video_turbo_request_model(d.pop("model"))

        input_ = Wan22A14BImageToVideoTurboInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        wan_22a14b_image_to_video_turbo_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        wan_22a14b_image_to_video_turbo_request.additional_properties = d
        return wan_22a14b_image_to_video_turbo_request

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
