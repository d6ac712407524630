"""``kie``: a typed Python client for kie.ai's image-to-video models.

Hailuo 02 (standard, pro), Kling 2.6 and Wan 2.5 through one jobs API, on
api.kie.ai, the api.apikley.ru mirror, the bundled emulator or any host that
speaks the same API::

    import kie

    with kie.Client(provider="emulator") as client:
        info = client.generate("wan/2-5-image-to-video", prompt="a cat surfing",
                               image="https://example.com/cat.png", duration=5, resolution="720p")
        client.download(info, "cat.mp4")

The models, their fields and limits come from the bundled OpenAPI spec
(``kie.MODELS``); the low-level generated client is ``kie_api``.
"""

from __future__ import annotations

import typing as _typing

from ._async.client import AsyncClient
from ._batch import JobFailure, JobResult, JobSuccess
from ._models import MODELS, FieldInfo, ModelInfo, TypedInput
from ._providers import PROVIDERS, Provider
from ._registration import register_model_spec
from ._sync.client import Client
from ._tasks import Task, TaskInfo, TaskState
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CallbackVerificationError,
    ConfigurationError,
    DownloadError,
    FeatureDisabledError,
    GenerationFailedError,
    InputValidationError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidRequestError,
    KieError,
    NotFoundError,
    PermissionDeniedError,
    ProgressCallbackError,
    RateLimitError,
    ServiceUnavailableError,
    SubmitUncertainError,
    TaskFailedError,
    TaskNotFoundError,
    UpstreamTimeoutError,
    WaitTimeoutError,
)

if _typing.TYPE_CHECKING:
    from kie_api.model_ids import ModelId
else:  # at run time ``kie.ModelId`` (the generated Literal of ids) is imported on first use: `import kie` stays light

    def __getattr__(name: str) -> object:
        if name == "ModelId":
            from kie_api.model_ids import ModelId

            return ModelId
        raise AttributeError(f"module 'kie' has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted([*globals(), "ModelId"])


__all__ = [
    "MODELS",
    "PROVIDERS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "CallbackVerificationError",
    "Client",
    "ConfigurationError",
    "DownloadError",
    "FeatureDisabledError",
    "FieldInfo",
    "GenerationFailedError",
    "InputValidationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidRequestError",
    "JobFailure",
    "JobResult",
    "JobSuccess",
    "KieError",
    "ModelId",
    "ModelInfo",
    "NotFoundError",
    "PermissionDeniedError",
    "ProgressCallbackError",
    "Provider",
    "RateLimitError",
    "ServiceUnavailableError",
    "SubmitUncertainError",
    "Task",
    "TaskFailedError",
    "TaskInfo",
    "TaskNotFoundError",
    "TaskState",
    "TypedInput",
    "UpstreamTimeoutError",
    "WaitTimeoutError",
    "__version__",
    "register_model_spec",
]
