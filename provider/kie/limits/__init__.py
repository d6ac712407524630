"""``kie.limits``: createTask pacing shared by threads, processes and machines (one account limit).

kie.ai allows 20 createTask calls per 10 s per account and drops the rest with
HTTP 429 (API-FACTS.md, "Rate limits"). Each client paces itself in-process by
default (``Pacer``), so four worker processes would send 80 per 10 s; give them
one shared limiter instead::

    import kie, kie.limits

    limiter = kie.limits.RedisRateLimiter("redis://redis.internal:6379/0")  # 20 per 10.5 s
    client = kie.Client(rate_limiter=limiter)        # or env KIE_RATE_LIMIT_URL=redis://...

- ``RateLimiter``: the protocol ``rate_limiter=`` takes (``reserve()``, ``areserve()``).
- ``Pacer``: in-process, books slots ahead (the clients' default, 20 per 10 s).
- ``RedisRateLimiter``: any number of processes on any number of machines
  (pyrate-limiter's Redis bucket, the Redis server's clock; extra ``kie[redis]``).
- ``SqliteRateLimiter``: the processes of one machine (pyrate-limiter's SQLite
  bucket in one file, SQLite's write lock).
- ``from_url``: a limiter from ``redis://``, ``rediss://``, ``unix://``,
  ``sqlite:///PATH`` or a file path (the CLI's ``--rate-limit-url``), its limit
  in the query if not the account's: ``redis://host:6379/0?calls=10&period=2.1``.

Only createTask counts: status polls, uploads and downloads never take a permit.
The shared limiters keep an exact sliding log with a window of 10.5 s, not 10:
the margin absorbs the jitter between granting a permit and the request's
arrival at the API (``DEFAULT_PERIOD``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

from kie._pacing import Pacer
from kie.errors import ConfigurationError

from ._shared import DEFAULT_CALLS, DEFAULT_PERIOD, RateLimiter, RateLimiterError, SharedRateLimiter, redact_url

if TYPE_CHECKING:
    from ._redis import RedisRateLimiter
    from ._sqlite import SqliteRateLimiter

_BACKENDS = {"RedisRateLimiter": "._redis", "SqliteRateLimiter": "._sqlite"}
"""The backends, imported on first use."""

__all__ = [
    "DEFAULT_CALLS",
    "DEFAULT_PERIOD",
    "Pacer",
    "RateLimiter",
    "RateLimiterError",
    "RedisRateLimiter",
    "SharedRateLimiter",
    "SqliteRateLimiter",
    "from_url",
]

_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
_OURS = {"calls": int, "period": float, "key": str, "table": str}
"""The query parameters ``from_url`` reads itself (the others stay in the URL, for redis-py)."""


def _split_options(url: str) -> tuple[str, dict[str, Any]]:
    """``url`` without the query parameters of ``_OURS``, and their values."""
    base, _, query = url.partition("?")
    options: dict[str, Any] = {}
    rest = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in _OURS:
            rest.append((name, value))
            continue
        try:
            options[name] = _OURS[name](value)
        except ValueError:
            raise ConfigurationError(f"rate limit URL: {name}={value!r} is not a number") from None
    return (f"{base}?{urlencode(rest)}" if rest else base), options


def from_url(
    url: str | os.PathLike[str], *, calls: int = DEFAULT_CALLS, period: float = DEFAULT_PERIOD, **options: Any
) -> SharedRateLimiter:
    """Build the shared limiter a URL names (``--rate-limit-url``, env ``KIE_RATE_LIMIT_URL``).

    The query may carry the limiter's own options, for a limit other than the
    account's 20 per 10.5 s: ``calls``, ``period`` (seconds), ``key`` (Redis) and
    ``table`` (SQLite), e.g. ``redis://host:6379/0?calls=10&period=2.1&key=acct-2``;
    they win over the arguments. Other query parameters are redis-py's.

    Args:
        url: ``redis://[user:password@]host:port/db``, ``rediss://...`` or
            ``unix:///path.sock`` -> ``RedisRateLimiter``; ``sqlite:///PATH``
            (``sqlite:////abs/path``, as SQLAlchemy spells it) or a plain file path
            -> ``SqliteRateLimiter``.
        calls: permits per window (the account's 20).
        period: the window, seconds (10.5: the API's 10 s plus a margin).
        **options: passed to the limiter (``key=`` for Redis, ``table=`` for SQLite, ...).

    Returns:
        The limiter; nothing is opened until its first permit.

    Raises:
        ConfigurationError: an empty value, a URL scheme no limiter serves, or a missing
            package (``pip install 'kie[redis]'``); the message never shows a password.

    """
    text = os.fspath(url).strip()
    if text.startswith((*_REDIS_SCHEMES, "sqlite:///")):
        text, found = _split_options(text)
        options = {"calls": calls, "period": period, **options, **found}
    else:
        options = {"calls": calls, "period": period, **options}
    if text.startswith(_REDIS_SCHEMES):
        from ._redis import RedisRateLimiter

        return RedisRateLimiter(text, **options)
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")
    elif "://" in text:
        raise ConfigurationError(
            f"rate limit URL {redact_url(text)!r}: use redis://, rediss://, unix://, sqlite:///PATH or a file path"
        )
    if not text:
        raise ConfigurationError("rate limit URL is empty: use redis://host:6379/0 or a file path")
    from ._sqlite import SqliteRateLimiter

    return SqliteRateLimiter(text, **options)


def __getattr__(name: str) -> Any:
    """Load a backend on first use (PEP 562), so ``import kie`` does not pay for it."""
    if name in _BACKENDS:
        import importlib

        value = getattr(importlib.import_module(_BACKENDS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
