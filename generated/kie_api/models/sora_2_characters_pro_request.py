from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_2_characters_pro_request_model import (
    Sora2CharactersProRequestModel,
    check_sora_2_characters_pro_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sora_2_characters_pro_input import Sora2CharactersProInput


T = TypeVar("T", bound="Sora2CharactersProRequest")


@_attrs_define
class Sora2CharactersProRequest:
    """Sora2 - Characters Pro

    Example:
        {'model': 'sora-2-characters-pro', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'origin_task_id': '7118f712c1f35c9b8bf2ad1af68ad482', 'timestamps': '3.55,5.55', 'character_user_name':
            'my_character_01', 'character_prompt': 'A friendly cartoon character with expressive eyes and fluid movements',
            'safety_instruction': 'Ensure the animation is family-friendly and contains no violent or inappropriate
            content'}}

    Attributes:
        model (Sora2CharactersProRequestModel): The model id
        input_ (Sora2CharactersProInput): Input parameters for the generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: Sora2CharactersProRequestModel
    input_: Sora2CharactersProInput
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
        from ..models.sora_2_characters_pro_input import Sora2CharactersProInput

        d = dict(src_dict)
        model = check_sora_2_characters_pro_request_model(d.pop("model"))

        input_ = Sora2CharactersProInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        sora_2_characters_pro_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        sora_2_characters_pro_request.additional_properties = d
        return sora_2_characters_pro_request

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
