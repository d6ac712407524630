"""Fixtures of the ``kie`` command tests: a fast emulator and clients that poll in milliseconds."""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator

import pytest

import kie
from kie import cli
from kie.emulator import Emulator, EmulatorConfig


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    """A fast emulator shared by the module (tasks end about 0.1 s after creation)."""
    with Emulator(config=EmulatorConfig(waiting_s=0.02, queuing_s=0.02, generating_s=0.05)) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def fast_client(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Make the CLI's clients poll and back off in milliseconds, and keep env settings out.

    The command's default journal goes to a fresh user data folder, never the real one.
    """
    names = (
        "KIE_PROVIDER",
        "KIE_BASE_URL",
        "KIE_UPLOAD_BASE_URL",
        "KIE_API_KEY",
        "KIE_EMULATOR_API_KEY",
        "KIE_JOURNAL",
    )
    for name in names:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))

    def short_sleep(seconds: float) -> None:
        time.sleep(min(seconds, 0.02))

    monkeypatch.setattr(cli, "Client", functools.partial(kie.Client, poll_interval=0.02, sleep=short_sleep))
