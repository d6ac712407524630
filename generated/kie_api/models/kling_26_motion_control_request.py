from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_26_motion_control_request_model import (
    Kling26MotionControlRequestModel,
    check_kling_26_motion_control_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_26_motion_control_input import Kling26MotionControlInput


T = TypeVar("T", bound="Kling26MotionControlRequest")


@_attrs_define
class Kling26MotionControlRequest:
    """Kling 2.6 motion-control

    Example:
        {'model': 'kling-2.6/motion-control', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'prompt':
            'The cartoon character is dancing.', 'input_urls':
            ['https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png'], 'video_urls':
            ['https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4'], 'mode': '720p',
            'character_orientation': 'image'}}

    Attributes:
        model (Kling26MotionControlRequestModel): The model id
        input_ (Kling26MotionControlInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Kling26MotionControlRequestModel
    input_: Kling26MotionControlInput
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
        from ..models.kling_26_motion_control_input import Kling26MotionControlInput

        d = dict(src_dict)
        model = check_kling_26_motion_control_request_model(d.pop("model"))

        input_ = Kling26MotionControlInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        kling_26_motion_control_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        kling_26_motion_control_request.additional_properties = d
        return kling_26_motion_control_request

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
