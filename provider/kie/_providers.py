"""Providers: where the API lives. Data, not client subclasses.

``kie`` is api.kie.ai (uploads on kieai.redpandaai.co), ``apikley`` the
api.apikley.ru mirror (seed 004; its upload host is unknown, so uploads need an
explicit ``upload_base_url``), ``emulator`` the local emulator this library
ships (started in-process on first use). Hosts: API-FACTS.md, "Hosts".
"""

from __future__ import annotations

import ipaddress
from types import MappingProxyType
from urllib.parse import urlsplit

import attrs

__all__ = ["PROVIDERS", "Provider", "is_loopback_host", "is_loopback_url"]


@attrs.frozen
class Provider:
    """Where an API lives and which env var holds its key.

    Attributes:
        name: short name (``"kie"``).
        base_url: the jobs API host, e.g. ``"https://api.kie.ai"``; ``None`` for the
            emulator, whose URL is known once it runs.
        upload_base_url: the file-upload API host, or ``None`` when unknown.
        api_key_env: the env var read for the API key when none is passed.

    """

    name: str
    base_url: str | None
    upload_base_url: str | None
    api_key_env: str


PROVIDERS: MappingProxyType[str, Provider] = MappingProxyType(
    {
        "kie": Provider("kie", "https://api.kie.ai", "https://kieai.redpandaai.co", "KIE_API_KEY"),
        "apikley": Provider("apikley", "https://api.apikley.ru", None, "APIKLEY_API_KEY"),
        "emulator": Provider("emulator", None, None, "KIE_EMULATOR_API_KEY"),
    }
)
"""The known providers by name: ``kie``, ``apikley``, ``emulator``."""


def is_loopback_host(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ``::1``); never resolves DNS."""
    if not host:
        return False
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """True when ``url``'s host is ``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    return is_loopback_host(urlsplit(url).hostname)
