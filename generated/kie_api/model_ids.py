"""Every bundled model id as a ``Literal`` (written by scripts/regenerate from the bundle)."""

from typing import Literal

__all__ = ["MODEL_IDS", "ModelId"]

ModelId = Literal[
    "hailuo/02-image-to-video-pro",
    "hailuo/02-image-to-video-standard",
    "kling-2.6/image-to-video",
    "wan/2-5-image-to-video",
]
"""A model id the bundled spec knows; ``kie.MODELS`` may hold more (registered at run time)."""

MODEL_IDS: tuple[ModelId, ...] = (
    "hailuo/02-image-to-video-pro",
    "hailuo/02-image-to-video-standard",
    "kling-2.6/image-to-video",
    "wan/2-5-image-to-video",
)
