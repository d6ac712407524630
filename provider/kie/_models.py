"""The model registry, ``kie.MODELS``: derived from the bundled spec, never hand-written.

Each model of ``openapi/models/`` becomes a ``ModelInfo`` whose fields carry
the types, enums, limits and defaults of the vendor's spec (``x-kie-default``
is where ``scripts/regenerate`` keeps a field's vendor ``default``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, Protocol, Self, runtime_checkable

import attrs

from ._spec import load_bundle

__all__ = ["MODELS", "FieldInfo", "ModelInfo", "TypedInput"]

_SCHEMAS = "#/components/schemas/"


@runtime_checkable
class TypedInput(Protocol):
    """A generated typed input class of ``kie_api.models`` (``ModelInfo.input_class``), as ``create_task`` takes it."""

    def to_dict(self) -> dict[str, Any]:
        """The input as the vendor's field names and JSON values."""
        ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the typed input from the vendor's field names."""
        ...


@attrs.frozen
class FieldInfo:
    """One input field of a model, as the spec describes it.

    Attributes:
        name: the vendor's field name (``"image_url"``).
        type: JSON type: ``"string"``, ``"boolean"``, ``"number"``, ``"integer"`` or ``"array"``.
        required: whether the model requires it.
        description: the vendor's description.
        enum: the allowed values, or ``None``.
        default: the vendor's default (``None`` when ``has_default`` is false).
        has_default: whether the vendor documents a default.
        max_length: maximum length in characters, for strings.
        min_items: minimum number of items, for arrays.
        max_items: maximum number of items, for arrays.
        item_type: the JSON type of array items.
        accept: accepted MIME types, for file-URL fields (``("image/jpeg", ...)``).
        max_bytes: maximum file size in bytes, for file-URL fields.

    """

    name: str
    type: str
    required: bool
    description: str = ""
    enum: tuple[Any, ...] | None = None
    default: Any = None
    has_default: bool = False
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    item_type: str | None = None
    accept: tuple[str, ...] = ()
    max_bytes: int | None = None

    @property
    def is_file(self) -> bool:
        """True for fields that take file URLs (an image the model reads)."""
        return bool(self.accept)

    @classmethod
    def from_schema(cls, name: str, schema: Mapping[str, Any], required: bool) -> FieldInfo:
        """Build a ``FieldInfo`` from a property schema of the bundle."""
        items = schema.get("items") or {}
        file_info = items if schema.get("type") == "array" else schema
        enum = schema.get("enum")
        return cls(
            name=name,
            type=str(schema.get("type", "string")),
            required=required,
            description=str(schema.get("description", "")).strip(),
            enum=tuple(enum) if enum is not None else None,
            default=schema.get("x-kie-default"),
            has_default="x-kie-default" in schema,
            max_length=schema.get("maxLength"),
            min_items=schema.get("minItems"),
            max_items=schema.get("maxItems"),
            item_type=items.get("type") if items else None,
            accept=tuple(file_info.get("x-accept", ())),
            max_bytes=file_info.get("x-max-bytes"),
        )


@attrs.frozen
class ModelInfo:
    """One model of the bundled spec.

    Attributes:
        id: the model id exactly as the vendor spells it (``"wan/2-5-image-to-video"``).
        description: the vendor's summary line.
        fields: input fields by name, in the spec's order.
        input_schema: the JSON schema of ``input`` (read-only).
        example: the vendor's request example (``{"model", "input", ...}``), or ``None``.
        output: fixed output facts the spec states (``{"duration": 6, "resolution": "1080p"}``), else empty.
        input_class_name: the name of the generated typed input class in ``kie_api.models``.
        source: the vendor spec file it came from.

    """

    id: str
    description: str
    fields: Mapping[str, FieldInfo]
    input_schema: Mapping[str, Any] = attrs.field(repr=False)
    example: Mapping[str, Any] | None = attrs.field(repr=False)
    output: Mapping[str, Any]
    input_class_name: str
    source: str

    @property
    def required(self) -> tuple[str, ...]:
        """Names of the required input fields."""
        return tuple(name for name, f in self.fields.items() if f.required)

    @property
    def image_fields(self) -> tuple[FieldInfo, ...]:
        """The file-URL fields, in spec order (first frame first)."""
        return tuple(f for f in self.fields.values() if f.is_file)

    @property
    def input_class(self) -> type[TypedInput]:
        """The generated typed input class (``kie_api.models.<input_class_name>``)."""
        module = importlib.import_module("kie_api.models")
        klass: type[TypedInput] = getattr(module, self.input_class_name)
        return klass


def _ref_name(ref: str) -> str:
    if not ref.startswith(_SCHEMAS):
        raise ValueError(f"unsupported $ref {ref!r} in the bundle")
    return ref[len(_SCHEMAS) :]


def build_models(bundle: Mapping[str, Any]) -> dict[str, ModelInfo]:
    """Derive every ``ModelInfo`` from a bundle (the createTask discriminator lists the models).

    Args:
        bundle: the bundled OpenAPI document.

    Returns:
        Model id -> ``ModelInfo``, sorted by id.

    """
    schemas = bundle["components"]["schemas"]
    mapping = schemas["CreateTaskRequest"]["discriminator"]["mapping"]
    models: dict[str, ModelInfo] = {}
    for model_id, ref in sorted(mapping.items()):
        request = schemas[_ref_name(ref)]
        input_name = _ref_name(request["properties"]["input"]["$ref"])
        input_schema = schemas[input_name]
        required = set(input_schema.get("required", ()))
        fields = {
            name: FieldInfo.from_schema(name, prop, name in required)
            for name, prop in input_schema.get("properties", {}).items()
        }
        models[model_id] = ModelInfo(
            id=model_id,
            description=str(request.get("description", "")),
            fields=MappingProxyType(fields),
            input_schema=MappingProxyType(input_schema),
            example=request.get("example"),
            output=MappingProxyType(dict(input_schema.get("x-kie-output", {}))),
            input_class_name=input_name,
            source=str(request.get("x-kie-source", "")),
        )
    return models


class _Registry(Mapping[str, ModelInfo]):
    """A read-only mapping that reads the bundle on first use, not at import."""

    _models: dict[str, ModelInfo] | None = None

    def _load(self) -> dict[str, ModelInfo]:
        if self._models is None:
            self._models = build_models(load_bundle())
        return self._models

    def __getitem__(self, model_id: str) -> ModelInfo:
        return self._load()[model_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"MODELS({sorted(self._load())})"


MODELS: Mapping[str, ModelInfo] = _Registry()
"""Model id -> ``ModelInfo`` for every model of the bundled spec (``openapi/models/``)."""
