from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_imagine_text_to_video_request_model import (
    GrokImagineTextToVideoRequestModel,
    check_grok_imagine_text_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grok_imagine_text_to_video_input import GrokImagineTextToVideoInput


T = TypeVar("T", bound="GrokImagineTextToVideoRequest")


@_attrs_define
class GrokImagineTextToVideoRequest:
    """Grok Imagine Text to Video

    Example:
        {'model': 'grok-imagine/text-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'prompt': 'A couple of doors open to the right one by one randomly and stay open, to show the inside, each is
            either a living room, or a kitchen, or a bedroom or an office, with little people living inside.',
            'aspect_ratio': '2:3', 'mode': 'normal', 'duration': '6', 'resolution': '480p'}}

    Attributes:
        model (GrokImagineTextToVideoRequestModel): The model id
        input_ (GrokImagineTextToVideoInput): Input parameters for the video generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: GrokImagineTextToVideoRequestModel
    input_: GrokImagineTextToVideoInput
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
        from ..models.grok_imagine_text_to_video_input import (
            GrokImagineTextToVideoInput,
        )

        d = dict(src_dict)
        model = check_grok_imagine_text_to_video_request_model(d.pop("model"))

        input_ = GrokImagineTextToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        grok_imagine_text_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        grok_imagine_text_to_video_request.additional_properties = d
        return grok_imagine_text_to_video_request

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
