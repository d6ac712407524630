from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_imagine_image_to_video_request_model import (
    GrokImagineImageToVideoRequestModel,
    check_grok_imagine_image_to_video_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grok_imagine_image_to_video_input import GrokImagineImageToVideoInput


T = TypeVar("T", bound="GrokImagineImageToVideoRequest")


@_attrs_define
class GrokImagineImageToVideoRequest:
    """Grok Imagine Image to Video

    Example:
        {'model': 'grok-imagine/image-to-video', 'callBackUrl': 'https://your-domain.com/api/callback', 'input':
            {'task_id': 'task_grok_12345678', 'image_urls': ['https://file.aiquickdraw.com/custom-page/akr/section-
            images/1762247692373tw5di116.png'], 'prompt': 'POV hand comes into frame handing the girl a cup of take away
            coffee, the girl steps out of the screen looking tired, then takes it and she says happily: "thanks! Back to
            work" she exits the frame and walks right to a different part of the office.', 'mode': 'normal', 'duration':
            '6', 'resolution': '480p', 'aspect_ratio': '16:9'}}

    Attributes:
        model (GrokImagineImageToVideoRequestModel): The model id
        input_ (GrokImagineImageToVideoInput): Input parameters for the video generation task
        call_back_url (str | Unset): URL the API POSTs to once the task ends (success or fail)
    """

    model: GrokImagineImageToVideoRequestModel
    input_: GrokImagineImageToVideoInput
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
        from ..models.grok_imagine_image_to_video_input import (
            GrokImagineImageToVideoInput,
        )

        d = dict(src_dict)
        model = check_grok_imagine_image_to_video_request_model(d.pop("model"))

        input_ = GrokImagineImageToVideoInput.from_dict(d.pop("input"))

        call_back_url = d.pop("callBackUrl", UNSET)

        grok_imagine_image_to_video_request = cls(
            model=model,
            input_=input_,
            call_back_url=call_back_url,
        )

        grok_imagine_image_to_video_request.additional_properties = d
        return grok_imagine_image_to_video_request

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
