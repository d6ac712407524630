from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bytedance_v1_pro_fast_image_to_video_request_model import (
    BytedanceV1ProFastImageToVideoRequestModel,
    check_bytedance_v1_pro_fast_image_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bytedance_v1_pro_fast_image_to_video_input import (
        BytedanceV1ProFastImageToVideoInput,
    )


T = TypeVar("T", bound="BytedanceV1ProFastImageToVideoRequest")


@_attrs_define
class BytedanceV1ProFastImageToVideoRequest:
    """Bytedance V1 Pro Fast Image to Video

    Example:
        {'model': 'bytedance/v1-pro-fast-image-to-video', 'callBackUrl': 'https://your-domain.com/api/callback',
            'input': {'prompt': 'A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a
            rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually
            filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with
            swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy
            surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field,
            photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw',
            'image_url': 'https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp',
            'resolution': '720p', 'duration': '5', 'nsfw_checker': True}}

    Attributes:
        model (BytedanceV1ProFastImageToVideoRequestModel): The model id
        input_ (BytedanceV1ProFastImageToVideoInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: BytedanceV1ProFastImageToVideoRequestModel
    input_: BytedanceV1ProFastImageToVideoInput
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
        from ..models.bytedance_v1_pro_fast_image_to_video_input import (
            BytedanceV1ProFastImageToVideoInput,
        )

        d = dict(src_dict)
        model = check_bytedance_v1_pro_fast_image_to_video_request_model(d.pop("model"))

        input_ = BytedanceV1ProFastImageToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        bytedance_v1_pro_fast_image_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        bytedance_v1_pro_fast_image_to_video_request.additional_properties = d
        return bytedance_v1_pro_fast_image_to_video_request

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
