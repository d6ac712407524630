"""What ``Client`` and ``AsyncClient`` share: settings, request building and decoding (no I/O).

Settings follow one rule (STYLE.md, "Settings"): the argument, then the env
var, then the provider's default, resolved in the constructor and never at
import. The two clients (``kie._async.client`` and its generated twin
``kie._sync.client``) only send, sleep and read files.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

import attrs
import httpx

from . import _logging
from ._models import TypedInput
from ._pacing import Pacer
from ._providers import PROVIDERS, Provider
from ._registration import register_env_model_specs
from ._requests import USER_AGENT, Endpoint, Timeout
from ._tasks import Task, TaskInfo
from ._validation import build_create_body
from ._waiting import Durations, Waiter
from .errors import APIConnectionError, ConfigurationError
from .journal import Journal, open_journal
from .limits import RateLimiter, SharedRateLimiter, from_url
from .urls import is_loopback_url

__all__ = ["BaseClient", "Settings", "resolve_rate_limiter", "resolve_settings"]

logger = logging.getLogger("kie")


@attrs.frozen
class Settings:
    """A client's resolved hosts and key.

    Attributes:
        provider: the resolved provider.
        base_url: the jobs API host, without a trailing slash.
        upload_base_url: the file-upload host, or ``None`` when unknown.
        api_key: the Bearer key (kept out of ``repr``).

    """

    provider: Provider
    base_url: str
    upload_base_url: str | None
    api_key: str = attrs.field(repr=False)


def _resolve_provider(provider: str | Provider | None) -> Provider:
    value = provider if provider is not None else os.environ.get("KIE_PROVIDER") or "kie"
    if isinstance(value, Provider):
        return value
    try:
        return PROVIDERS[value]
    except KeyError:
        raise ConfigurationError(
            f"unknown provider {value!r}; known: {', '.join(PROVIDERS)} (or pass a kie.Provider)"
        ) from None


def _check_host(url: str) -> None:
    """Refuse a host the API key must not travel to: not http(s), or plain http off loopback."""
    scheme = urlsplit(url).scheme
    if scheme == "http" and not is_loopback_url(url):
        raise ConfigurationError(
            f"refusing to send the API key over plain http to {url}; use https "
            "(plain http is allowed only for loopback hosts)"
        )
    if scheme not in ("http", "https"):
        raise ConfigurationError(f"base URL {url!r} must start with https:// (or http:// for loopback)")


def _upload_host(provider: Provider, base: str, given_base: str | None) -> str | None:
    """The upload host when none was given: a local server (the emulator, a test double) serves its own."""
    if provider.uploads_on_api_host or (given_base and is_loopback_url(given_base)):
        return base
    return provider.upload_base_url


def resolve_settings(
    api_key: str | None, provider: str | Provider | None, base_url: str | None, upload_base_url: str | None
) -> Settings:
    """Resolve the hosts and key: argument, then env var, then the provider's default.

    A provider without a host starts its server (``Provider.launch``). A loopback
    ``base_url`` given without an upload host serves uploads too: local files never
    go to the provider's production upload host behind a local server's back.

    Raises:
        ConfigurationError: unknown provider, no API key, or a host the key must not travel to.

    """
    chosen = _resolve_provider(provider)
    given_base = base_url or os.environ.get("KIE_BASE_URL")
    given_upload = upload_base_url or os.environ.get("KIE_UPLOAD_BASE_URL")
    key = api_key or os.environ.get(chosen.api_key_env) or chosen.default_api_key
    base = given_base or chosen.base_url or chosen.launch()
    upload = given_upload or _upload_host(chosen, base, given_base)
    if not key:
        raise ConfigurationError(f"no API key: pass api_key=... or set {chosen.api_key_env} (provider {chosen.name!r})")
    for url in (base, upload):
        if url is not None:
            _check_host(url)
    return Settings(chosen, base.rstrip("/"), upload.rstrip("/") if upload else None, key)


def resolve_rate_limiter(
    rate_limiter: RateLimiter | str | os.PathLike[str] | None,
    rate_limit: tuple[int, float] | None,
    clock: Callable[[], float],
) -> tuple[RateLimiter | None, SharedRateLimiter | None]:
    """The createTask limiter: the argument, then env ``KIE_RATE_LIMIT_URL``, then an in-process ``Pacer``.

    Args:
        rate_limiter: a ``kie.limits.RateLimiter``, or a URL or path for ``kie.limits.from_url``.
        rate_limit: ``(calls, seconds)`` of the in-process ``Pacer`` used without one; ``None``: no pacing.
        clock: the ``Pacer``'s monotonic clock.

    Returns:
        ``(limiter, owned)``: ``owned`` is the limiter built here from a URL (the client closes it), else ``None``.

    Raises:
        ConfigurationError: a URL no limiter serves, or a missing package (``kie[redis]``).

    """
    value = rate_limiter if rate_limiter is not None else os.environ.get("KIE_RATE_LIMIT_URL") or None
    if value is None:
        return (Pacer(*rate_limit, clock=clock) if rate_limit else None), None
    if isinstance(value, str | os.PathLike):
        built = from_url(value)
        return built, built
    return value, None


class BaseClient:
    """What both clients share: settings, headers, request bodies and policies."""

    MAX_CONNECTIONS = 100
    """Connections of the HTTP client a client builds itself (httpx's default), all kept alive; at most this
    many requests are in flight at once, the others wait their turn without a timeout running."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        provider: str | Provider | None = None,
        base_url: str | None = None,
        upload_base_url: str | None = None,
        timeout: Timeout = 30.0,
        max_retries: int = 2,
        rate_limit: tuple[int, float] | None = (20, 10.0),
        poll_interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        journal: Journal | str | os.PathLike[str] | None = None,
        rate_limiter: RateLimiter | str | None = None,
    ) -> None:
        _logging.configure_from_env()
        register_env_model_specs()  # env KIE_MODEL_SPECS: vendor pages added to kie.MODELS
        settings = resolve_settings(api_key, provider, base_url, upload_base_url)
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
        self.provider = settings.provider
        self.base_url = settings.base_url
        self.upload_base_url = settings.upload_base_url
        self._api_key = settings.api_key
        self.timeout = timeout
        self.max_retries = max_retries
        self.poll_interval = poll_interval
        self._clock = clock
        # createTask only (status polls and other calls never count); env KIE_RATE_LIMIT_URL
        self.rate_limiter, self._owned_limiter = resolve_rate_limiter(rate_limiter, rate_limit, clock)
        self._header_values = {
            "Authorization": f"Bearer {self._api_key}",
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }
        self._request_headers = self._header_values  # what each API request adds to the HTTP client's own
        self._last_timeout: tuple[float, httpx.Timeout] | None = None
        self._merged_headers: tuple[list[tuple[bytes, bytes]], Mapping[str, str], httpx.Headers] | None = None
        self.durations = Durations()
        self._created: dict[str, tuple[str, float]] = {}  # task id -> (model, clock at creation), the latest only
        self.journal = open_journal(journal)  # env KIE_JOURNAL; nothing is opened before the first write
        self._owned_journal = None if isinstance(journal, Journal) else self.journal  # closed by close()
        self._journal_read = False  # the journal's durations are fed to ``durations`` on first use

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider.name!r}, base_url={self.base_url!r})"

    # -- requests ---------------------------------------------------------------------------------

    def _url(self, endpoint: Endpoint) -> str:
        if endpoint.host == "upload":
            if self.upload_base_url is None:
                raise ConfigurationError(
                    f"provider {self.provider.name!r} has no known upload host: pass upload_base_url=... "
                    "or set KIE_UPLOAD_BASE_URL"
                )
            return self.upload_base_url + endpoint.path
        return self.base_url + endpoint.path

    def _http_options(self) -> dict[str, Any]:
        """How a client builds its own HTTP client: every connection kept alive, the agent set once.

        Only the key is then added to each API request (merging headers that the
        HTTP client already has costs httpx a lookup and a removal each); the key
        is never a default header, so downloads from file hosts never carry it.
        """
        self._request_headers = {"Authorization": self._header_values["Authorization"]}
        return {
            "follow_redirects": True,
            "limits": httpx.Limits(
                max_connections=self.MAX_CONNECTIONS, max_keepalive_connections=self.MAX_CONNECTIONS
            ),
            "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
        }

    def _headers(self) -> dict[str, str]:
        return self._header_values  # built once; httpx copies it into each request

    def _timeout(self, override: Timeout | None) -> httpx.Timeout:
        value = self.timeout if override is None else override
        if isinstance(value, httpx.Timeout):
            return value
        last = self._last_timeout  # the same seconds call after call: one Timeout, not one per request
        if last is None or last[0] != value:
            # No pool timeout: waiting for a free connection is not the request being slow.
            last = self._last_timeout = (value, httpx.Timeout(value, pool=None))
        return last[1]

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        files: Any = None,
        data: Any = None,
        timeout: Timeout | None = None,
    ) -> httpx.Request:
        # httpx parses a URL a second time to merge ``params`` into it, and copies the client's
        # headers twice to merge a request's: a poll writes its query into the URL and, having no
        # body whose headers could come first, adds the key to the built request (half its CPU).
        url = self._url(endpoint)
        if params:
            url = f"{url}?{urlencode(params)}"
        extra = self._request_headers
        if json is not None and files is None and data is None and not http.cookies and not http.params:
            # What build_request does here, less merging the same headers again for each request.
            headers = self._json_headers(http)
            return httpx.Request(
                endpoint.method,
                url,
                json=json,
                headers=headers,
                extensions={"timeout": self._timeout(timeout).as_dict()},
            )
        after = json is None and files is None and data is None and all(v.isascii() for v in extra.values())
        request = http.build_request(
            endpoint.method,
            url,
            json=json,
            files=files,
            data=data,
            headers=None if after else extra,
            timeout=self._timeout(timeout),
        )
        if after:
            for name, value in extra.items():
                request.headers[name] = value
        return request

    def _json_headers(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """The HTTP client's headers then this client's, merged once (again only if either changes): same order."""
        raw, extra = http.headers.raw, self._request_headers
        merged = self._merged_headers
        if merged is None or merged[0] != raw or merged[1] is not extra:
            headers = httpx.Headers(http.headers)
            headers.update(extra)  # httpx's own merge: the result is what build_request would send
            merged = self._merged_headers = (raw, extra, headers)
        return merged[2]  # httpx.Request copies it: never changed by a request

    def _log_answer(self, endpoint: Endpoint, outcome: httpx.Response | Exception, started: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        if isinstance(outcome, Exception):
            logger.debug("%s -> %s: %s", endpoint.where, type(outcome).__name__, outcome)
        else:
            ms = (time.monotonic() - started) * 1000
            logger.debug("%s -> HTTP %s in %.0f ms", endpoint.where, outcome.status_code, ms)

    # -- bodies and results -----------------------------------------------------------------------

    @staticmethod
    def _create_body(
        model: str,
        input: Mapping[str, Any] | TypedInput,
        callback_url: str | None,
        extra_input: Mapping[str, Any] | None,
    ) -> dict[str, Any]:
        if not isinstance(input, Mapping) and isinstance(input, TypedInput):  # a generated kie_api input class
            input = input.to_dict()
        return build_create_body(model, input, callback_url=callback_url, extra_input=extra_input)

    CREATED_KEPT = 10_000
    """Tasks created by this client whose creation time ``wait`` remembers (the oldest are forgotten)."""

    def _task(self, model: str, data: Any) -> Task:
        task_id = data.get("taskId") if isinstance(data, Mapping) else None
        if not task_id:
            raise APIConnectionError(f"createTask answered success without a taskId: {data!r}")
        logger.info("created task %s (%s)", task_id, model)
        if len(self._created) >= self.CREATED_KEPT:
            del self._created[next(iter(self._created))]
        self._created[str(task_id)] = (model, self._clock())
        return Task(task_id=str(task_id), model=model)

    @staticmethod
    def _task_info(task_id: str, data: Any) -> TaskInfo:
        if not isinstance(data, Mapping):
            raise APIConnectionError(f"recordInfo for {task_id} answered without a record: {data!r}")
        if not (data.get("taskId") or data.get("task_id")):  # the record is the one asked for
            data = {**data, "taskId": task_id}
        return TaskInfo.from_data(data)

    @staticmethod
    def _upload_url(data: Any) -> str:
        url = data.get("downloadUrl") if isinstance(data, Mapping) else None
        if not url:
            raise APIConnectionError(f"upload answered without a downloadUrl: {data!r}")
        return str(url)

    def _waiter(
        self,
        task_id: str,
        timeout: float,
        on_progress: Callable[[TaskInfo], object] | None,
        poll_interval: float | None,
    ) -> Waiter:
        model, created = self._created.get(task_id, (None, None))
        return Waiter(
            task_id,
            timeout=timeout,
            clock=self._clock,
            on_progress=on_progress,
            poll_interval=self.poll_interval if poll_interval is None else poll_interval,
            model=model,
            created=created,
            durations=self.durations,
        )
