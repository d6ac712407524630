"""The model registry, ``kie.MODELS``: derived from the bundled spec, never hand-written.

Each model of ``openapi/models/`` becomes a ``ModelInfo`` whose fields carry
the types, enums, limits and defaults of the vendor's spec (``x-kie-default``
is where ``scripts/regenerate`` keeps a field's vendor ``default``). Models can
be added at run time from a vendor page (``kie.register_model_spec``, in
``_registration``): the mapping stays read-only to its readers.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, Protocol, Self, runtime_checkable

import attrs

from ._category import CATEGORIES, Category
from ._roles import ROLES
from ._spec import load_bundle

__all__ = ["MODELS", "FieldInfo", "ModelInfo", "TypedInput", "add_model", "build_models"]

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


def _json_type(declared: Any) -> str:
    """A field's JSON type; of a type list (a nullable field, or one widened to its example), the first non-null."""
    if isinstance(declared, list):
        return next((str(t) for t in declared if t != "null"), "null")
    return str(declared)


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
        role: the ``generate`` keyword that fills it (``"image"`` for ``image_url``, ``"duration"``...),
            or ``None``: the bundle's ``x-kie-role``, inferred from the vendor page or set in the spec
            file (``kie._roles``).

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
    role: str | None = None

    @property
    def is_file(self) -> bool:
        """True for fields that take file URLs (an image the model reads)."""
        return bool(self.accept)

    @classmethod
    def from_schema(cls, name: str, schema: Mapping[str, Any], required: bool) -> FieldInfo:
        """Build a ``FieldInfo`` from a property schema of the bundle."""
        items = schema.get("items") or {}
        file_info = items if schema.get("type") == "array" else schema
        enum = schema.get("enum", schema.get("x-kie-enum"))  # x-kie-enum: an enum the generator cannot take
        return cls(
            name=name,
            type=_json_type(schema.get("type", "string")),
            required=required,
            description=str(schema.get("description", "")).strip(),
            enum=tuple(enum) if enum is not None else None,
            default=schema.get("x-kie-default"),
            has_default="x-kie-default" in schema,
            max_length=schema.get("maxLength"),
            min_items=schema.get("minItems"),
            max_items=schema.get("maxItems"),
            item_type=_json_type(items["type"]) if items.get("type") else None,
            accept=tuple(file_info.get("x-accept", ())),
            max_bytes=file_info.get("x-max-bytes"),
            role=schema.get("x-kie-role"),
        )


@attrs.frozen
class ModelInfo:
    """One model of the bundled spec.

    Attributes:
        id: the model id exactly as the vendor spells it (``"wan/2-5-image-to-video"``).
        description: the vendor's summary line.
        fields: input fields by name, in the spec's order.
        input_schema: the JSON schema of ``input`` (read-only).
        example: the vendor's request example (``{"model", "input", ...}``); for a page
            without one, one built from its fields' examples and defaults; ``None`` if neither.
        output: fixed output facts the spec states (``{"duration": 6, "resolution": "1080p"}``), else empty.
        input_class_name: the name of the generated typed input class in ``kie_api.models``
            (``""`` for a model registered at run time: no generated class describes its page).
        source: the vendor spec file it came from (its path under ``openapi/models/``), or
            for a model registered at run time the file name or ``"<text>"``.
        typical_seconds: how long a task usually takes from creation to success, seconds
            (the spec's ``x-kie-typical-seconds``), or ``None``; waiting plans its polls around it.
        category: what its tasks produce: ``"video"`` (MP4), ``"image"`` (PNG/JPEG/WebP) or
            ``"audio"`` (MP3/WAV); the bundle's ``x-kie-category``, read from the vendor page's
            ``x-apidog-folder`` (``Video Models``, ``Image Models``, ``Music Models``) or set
            by an ``x-kie-category`` in the spec file.

    """

    id: str
    description: str
    fields: Mapping[str, FieldInfo]
    input_schema: Mapping[str, Any] = attrs.field(repr=False)
    example: Mapping[str, Any] | None = attrs.field(repr=False)
    output: Mapping[str, Any]
    input_class_name: str
    source: str
    typical_seconds: float | None = None
    category: Category = "video"

    @property
    def required(self) -> tuple[str, ...]:
        """Names of the required input fields."""
        return tuple(name for name, f in self.fields.items() if f.required)

    @property
    def roles(self) -> Mapping[str, str]:
        """The ``generate`` vocabulary this model takes: role -> its own field (``{"image": "image_urls", ...}``).

        In ``generate``'s order (prompt, image, end_image, images, video, audio,
        duration, resolution, aspect_ratio); a role the model lacks is absent. A
        model with a list of images and no single image field takes ``image`` too,
        as a one-item list (Kling 2.6's ``image_urls``).
        """
        given = {f.role: f.name for f in self.fields.values() if f.role is not None}
        if "image" not in given and "images" in given:
            given["image"] = given["images"]
        return MappingProxyType({role: given[role] for role in ROLES if role in given})

    @property
    def image_fields(self) -> tuple[FieldInfo, ...]:
        """The file-URL fields, in spec order (first frame first)."""
        return tuple(f for f in self.fields.values() if f.is_file)

    @property
    def input_class(self) -> type[TypedInput]:
        """The generated typed input class (``kie_api.models.<input_class_name>``)."""
        module = importlib.import_module("kie_api.models")
        klass: type[TypedInput] | None = getattr(module, self.input_class_name, None) if self.input_class_name else None
        if klass is None:
            raise AttributeError(
                f"{self.id} has no generated input class (registered at run time from {self.source}); "
                "pass its input as a dict"
            )
        return klass


def _ref_name(ref: str) -> str:
    if not ref.startswith(_SCHEMAS):
        raise ValueError(f"unsupported $ref {ref!r} in the bundle")
    return ref[len(_SCHEMAS) :]


def _seconds(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else None


def _category(value: Any) -> Category:
    """The bundle's ``x-kie-category`` (a bundle written before categories existed: video, the seeds')."""
    return next((c for c in CATEGORIES if c == value), "video")


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
            typical_seconds=_seconds(input_schema.get("x-kie-typical-seconds")),
            category=_category(request.get("x-kie-category")),
        )
    return models


class _Registry(Mapping[str, ModelInfo]):
    """A read-only mapping that reads the bundle on first use (not at import) and takes registrations.

    Thread-safe: the bundle is read once under a lock, and each registration
    publishes a new dict (copy on write), so a reader never sees one half-made.
    """

    def __init__(self) -> None:
        self._models: dict[str, ModelInfo] | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[str, ModelInfo]:
        models = self._models
        if models is None:
            with self._lock:
                if self._models is None:
                    self._models = build_models(load_bundle())
                models = self._models
        return models

    def _register(self, info: ModelInfo) -> ModelInfo | None:
        """Add or replace one model (``kie.register_model_spec``); returns the model it replaced, if any."""
        loaded = self._load()
        with self._lock:
            current = self._models or loaded
            self._models = dict(sorted({**current, info.id: info}.items()))
        return current.get(info.id)

    def __getitem__(self, model_id: str) -> ModelInfo:
        return self._load()[model_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"MODELS({sorted(self._load())})"


_REGISTRY = _Registry()

MODELS: Mapping[str, ModelInfo] = _REGISTRY
"""Model id -> ``ModelInfo`` for every model of the bundled spec (``openapi/models/``),
and those registered at run time (``kie.register_model_spec``, env ``KIE_MODEL_SPECS``)."""


def add_model(info: ModelInfo) -> ModelInfo | None:
    """Add ``info`` to ``kie.MODELS``, or replace the model of the same id (thread-safe).

    Args:
        info: the model (``kie.register_model_spec`` builds it from a vendor page).

    Returns:
        The model it replaced, or ``None`` for a new id.

    """
    return _REGISTRY._register(info)
