from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hailuo_02_text_to_video_standard_request_model import (
    Hailuo02TextToVideoStandardRequestModel,
    check_hailuo_02_text_to_video_standard_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hailuo_02_text_to_video_standard_input import (
        Hailuo02TextToVideoStandardInput,
    )


T = TypeVar("T", bound="Hailuo02TextToVideoStandardRequest")


@_attrs_define
class Hailuo02TextToVideoStandardRequest:
    """Hailuo Standard Text to Video

    Example:
        {'model': 'hailuo/02-text-to-video-standard', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic
            stadium. Slow-mo, wild angles, full comedy mode.', 'duration': '6', 'prompt_optimizer': True}}

    Attributes:
        model (Hailuo02TextToVideoStandardRequestModel): The model id
        input_ (Hailuo02TextToVideoStandardInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Hailuo02TextToVideoStandardRequestModel
    input_: Hailuo02TextToVideoStandardInput
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
        from ..models.hailuo_02_text_to_video_standard_input import (
            Hailuo02TextToVideoStandardInput,
        )

        d = dict(src_dict)
        model = check_hailuo_02_text_to_video_standard_request_model(d.pop("model"))

        input_ = Hailuo02TextToVideoStandardInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        hailuo_02_text_to_video_standard_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        hailuo_02_text_to_video_standard_request.additional_properties = d
        return hailuo_02_text_to_video_standard_request

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
