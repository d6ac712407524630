"""URL predicates shared by the clients, the CLI and the emulator (pure, no I/O, no DNS).

One spelling of each question: "is this an http(s) URL?" and "is this host
loopback?". The API key travels over plain ``http://`` only to a loopback host
(DESIGN.md, "Requests"); the emulator delivers callbacks to loopback only.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

__all__ = ["has_url_scheme", "is_http_url", "is_loopback_host", "is_loopback_url"]


def is_http_url(value: object) -> bool:
    """True when ``value`` is a string holding an absolute ``http://`` or ``https://`` URL with a host.

    Args:
        value: anything; only a ``str`` can be a URL (paths, bytes and files are not).

    Returns:
        Whether it names a remote resource a model (or the API) can fetch.

    """
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def has_url_scheme(value: str) -> bool:
    """True when ``value`` starts with a URL scheme (``ftp://``, ``s3://``, ``data:``), not a local path.

    One-letter schemes are Windows drive letters (``C:`` paths), so they do not count.
    """
    scheme = urlsplit(value).scheme
    return len(scheme) > 1 and value[len(scheme) : len(scheme) + 1] == ":"


def is_loopback_host(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ``::1``); never resolves DNS.

    Args:
        host: a host name or address, brackets allowed (``"[::1]"``), or ``None``.

    """
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
    """True when ``url``'s host is ``localhost`` or a loopback address (127.0.0.0/8, ``::1``)."""
    return is_loopback_host(urlsplit(url).hostname)
