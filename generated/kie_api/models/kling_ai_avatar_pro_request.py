from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_ai_avatar_pro_request_model import (
    KlingAiAvatarProRequestModel,
    check_kling_ai_avatar_pro_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_ai_avatar_pro_input import KlingAiAvatarProInput


T = TypeVar("T", bound="KlingAiAvatarProRequest")


@_attrs_define
class KlingAiAvatarProRequest:
    """Kling AI Avatar Pro

    Example:
        {'model': 'kling/ai-avatar-pro', 'callBackUrl': 'https://your-domain.com/api/callback', 'input': {'image_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png', 'audio_url':
            'https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3', 'prompt': ''}}

    Attributes:
        model (KlingAiAvatarProRequestModel): The model id
        input_ (KlingAiAvatarProInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: KlingAiAvatarProRequestModel
    input_: KlingAiAvatarProInput
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
        from ..models.kling_ai_avatar_pro_input import KlingAiAvatarProInput

        d = dict(src_dict)
        model = check_kling_ai_avatar_pro_request_model(d.pop("model"))

        input_ = KlingAiAvatarProInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        kling_ai_avatar_pro_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        kling_ai_avatar_pro_request.additional_properties = d
        return kling_ai_avatar_pro_request

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
