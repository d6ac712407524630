"""Providers: where the API lives. Data, not client subclasses.

``kie`` is api.kie.ai (uploads on kieai.redpandaai.co), ``apikley`` the
api.apikley.ru mirror (seed 004; its upload host is unknown, so uploads need an
explicit ``upload_base_url``), ``emulator`` the local emulator this library
ships. Hosts: API-FACTS.md, "Hosts".

A provider without a fixed host names a *launcher*, ``"module:function"``,
which a client imports and calls when it is built and no ``base_url`` was
given; the function starts (or reuses) a server and returns its base URL. The
emulator provider launches the shared in-process emulator this way, so the
clients never import the emulator package themselves.
"""

from __future__ import annotations

import importlib
from types import MappingProxyType

import attrs

from .errors import ConfigurationError

__all__ = ["PROVIDERS", "Provider"]


@attrs.frozen
class Provider:
    """Where an API lives and which env var holds its key.

    Attributes:
        name: short name (``"kie"``).
        base_url: the jobs API host, e.g. ``"https://api.kie.ai"``; ``None`` for the
            emulator, whose URL is known once it runs.
        upload_base_url: the file-upload API host, or ``None`` when unknown.
        api_key_env: the env var read for the API key when none is passed.
        launcher: ``"module:function"`` called when the provider has no ``base_url``
            and none was given: it starts (or reuses) a server and returns its base URL.
        default_api_key: the key used when none is given or set (a local server
            that takes any key), or ``None`` to require one.
        uploads_on_api_host: file uploads go to the jobs API host when no
            ``upload_base_url`` is known (the emulator serves both).

    """

    name: str
    base_url: str | None
    upload_base_url: str | None
    api_key_env: str
    launcher: str | None = None
    default_api_key: str | None = None
    uploads_on_api_host: bool = False

    def launch(self) -> str:
        """Start (or reuse) the provider's server through its ``launcher``; return its base URL.

        Raises:
            ConfigurationError: the provider has no launcher, or the launcher's
                module is not installed (the message names the extra to install).

        """
        if self.launcher is None:
            raise ConfigurationError(f"provider {self.name!r} has no base URL: pass base_url=...")
        module_name, _, function = self.launcher.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise ConfigurationError(
                f"provider {self.name!r} needs the {self.name} extra: pip install 'kie[{self.name}]' ({exc})"
            ) from None
        url: str = getattr(module, function)()
        return url


PROVIDERS: MappingProxyType[str, Provider] = MappingProxyType(
    {
        "kie": Provider("kie", "https://api.kie.ai", "https://kieai.redpandaai.co", "KIE_API_KEY"),
        "apikley": Provider("apikley", "https://api.apikley.ru", None, "APIKLEY_API_KEY"),
        "emulator": Provider(
            "emulator",
            None,
            None,
            "KIE_EMULATOR_API_KEY",
            launcher="kie.emulator:shared_emulator_url",
            default_api_key="emulator-key",
            uploads_on_api_host=True,
        ),
    }
)
"""The known providers by name: ``kie``, ``apikley``, ``emulator``."""
