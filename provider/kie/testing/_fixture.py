"""The fixture decorators of each side: ``async_fixture`` works under pytest-asyncio's strict mode too.

Hand-written; ``scripts/unasync`` turns ``async_fixture`` in ``_async_fixtures``
into ``sync_fixture`` in ``_sync_fixtures``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import pytest

__all__ = ["async_fixture", "sync_fixture"]

sync_fixture = pytest.fixture
"""The plain pytest fixture decorator."""

F = TypeVar("F", bound=Callable[..., Any])


def async_fixture(function: F) -> F:
    """Register an async fixture: with pytest-asyncio's decorator (strict and auto modes), else pytest's."""
    try:
        import pytest_asyncio
    except ImportError:  # without pytest-asyncio an async fixture cannot run anyway
        return cast(F, pytest.fixture(function))
    return cast(F, pytest_asyncio.fixture(function))
