from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v21_pro_request_model import (
    KlingV21ProRequestModel,
    check_kling_v21_pro_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v21_pro_input import KlingV21ProInput


T = TypeVar("T", bound="KlingV21ProRequest")


@_attrs_define
class KlingV21ProRequest:
    """Kling V2.1 Pro

    Example:
        {'model': 'kling/v2-1-pro', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt': 'POV shot
            of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board
            hisses as it carves through thin mist, echoes rise with speed ', 'image_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png', 'duration': '5',
            'negative_prompt': 'blur, distort, and low quality', 'cfg_scale': 0.5, 'tail_image_url': ''}}

    Attributes:
        model (KlingV21ProRequestModel): The model id
        input_ (KlingV21ProInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: KlingV21ProRequestModel
    input_: KlingV21ProInput
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
        from ..models.kling_v21_pro_input import KlingV21ProInput

        d = dict(src_dict)
        model = check_kling_v21_pro_request_model(d.pop("model"))

        input_ = KlingV21ProInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        kling_v21_pro_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        kling_v21_pro_request.additional_properties = d
        return kling_v21_pro_request

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
