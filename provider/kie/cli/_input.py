"""Input of ``kie generate``: ``--option KEY=VALUE`` parsing and the request built from the flags.

:class:`GenerateRequest` gathers the ``generate`` vocabulary (prompt, images,
duration, resolution, vendor options) from ``--example``, the flags and
``--option``, checks it before anything is uploaded and builds the vendor input.
Needs neither typer nor rich.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kie import ModelInfo
from kie._generate import build_generate_input, end_image_field, start_image_field
from kie.errors import InputValidationError
from kie.spec import build_create_body
from kie.urls import is_http_url

__all__ = ["GenerateRequest", "parse_option"]

_PLACEHOLDER_URL = "https://placeholder.invalid/kie-cli-check.png"  # stands in for a local image before upload


def parse_option(text: str) -> tuple[str, Any]:
    """Parse one ``--option KEY=VALUE``: the value is JSON when it parses (``true``, ``42``, ``"x"``), else text.

    Args:
        text: the ``KEY=VALUE`` string.

    Returns:
        ``(key, value)``.

    Raises:
        InputValidationError: no ``=`` or an empty key.

    """
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise InputValidationError(
            f"--option {text!r} must look like KEY=VALUE (e.g. seed=42, sound=true)",
            field="option",
            value=text,
            limit="KEY=VALUE",
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return key, value


def _seconds(value: Any) -> Any:
    """Whole seconds as an int when ``value`` spells one (``"10"`` -> ``10``); otherwise unchanged."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


class GenerateRequest:
    """The ``generate`` vocabulary gathered from ``--example``, the flags and ``--option``."""

    def __init__(self, info: ModelInfo) -> None:
        self.info = info
        self.prompt: str | None = None
        self.image: str | None = None
        self.end_image: str | None = None
        self.duration: Any = None
        self.resolution: Any = None
        self.options: dict[str, Any] = {}

    def fill_from_example(self) -> None:
        """Take prompt, images, duration, resolution and options from the spec's request example."""
        example = self.info.example or {}
        values = example.get("input")
        if not isinstance(values, Mapping) or not values:
            raise InputValidationError(
                f"{self.info.id} has no request example in the spec; pass --prompt and --image",
                model=self.info.id,
                field="example",
                limit="a model with an example",
            )
        self.apply(dict(values))

    def apply(self, values: Mapping[str, Any]) -> None:
        """Set fields by vendor or vocabulary name (later calls override earlier ones)."""
        start = start_image_field(self.info)
        end = end_image_field(self.info)
        for key, value in values.items():
            if key == "prompt":
                self.prompt = value if isinstance(value, str) else json.dumps(value)
            elif key in (start.name, "image"):
                first = value[0] if isinstance(value, list) and value else value
                self.image = str(first) if first else None
            elif (end is not None and key == end.name) or key == "end_image":
                self.end_image = str(value) if value else None  # the hailuo pro example sends ""
            elif key == "duration":
                self.duration = _seconds(value)
            elif key == "resolution":
                self.resolution = value
            else:
                self.options[key] = value

    def check(self) -> None:
        """Fail early, before any upload, on a missing prompt or image or on input the model refuses."""
        if not self.prompt:
            raise InputValidationError(
                f"{self.info.id}: --prompt is required (or --example for the spec's example)",
                model=self.info.id,
                field="prompt",
                limit="required",
            )
        if not self.image:
            raise InputValidationError(
                f"{self.info.id}: --image is required (a path or an http(s) URL; or --example)",
                model=self.info.id,
                field="image",
                limit="required",
            )
        data = self.build(
            _PLACEHOLDER_URL if not is_http_url(self.image) else self.image, self._stand_in(self.end_image)
        )
        build_create_body(self.info.id, data, callback_url=None, extra_input=None)

    @staticmethod
    def _stand_in(value: str | None) -> str | None:
        return value if value is None or is_http_url(value) else _PLACEHOLDER_URL

    def build(self, image_url: str, end_image_url: str | None) -> dict[str, Any]:
        """The vendor input for these (already uploaded) image URLs."""
        assert self.prompt is not None  # noqa: S101 - check() ran first
        return build_generate_input(
            self.info,
            prompt=self.prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=self.duration,
            resolution=self.resolution,
            options=self.options,
        )
