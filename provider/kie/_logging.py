"""The ``kie`` logger and ``KIE_LOG`` (``debug`` | ``info``), read when a client is built."""

from __future__ import annotations

import logging
import os

__all__ = ["configure_from_env"]

_configured = False


def configure_from_env() -> None:
    """If ``KIE_LOG`` is ``debug`` or ``info``, log ``kie`` at that level to stderr (once per process)."""
    global _configured
    level = os.environ.get("KIE_LOG", "").strip().upper()
    if _configured or level not in ("DEBUG", "INFO"):
        return
    logger = logging.getLogger("kie")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True
