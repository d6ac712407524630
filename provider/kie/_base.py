"""Settings and request plumbing shared by ``Client`` and ``AsyncClient`` (no I/O here)."""

from __future__ import annotations

import logging
import os
import platform
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import _logging
from ._core import CREATE_TASK, Endpoint, Pacer, Waiter
from ._generate import build_generate_input
from ._models import ModelInfo
from ._providers import PROVIDERS, Provider
from ._tasks import Task, TaskInfo
from ._validation import build_create_body, get_model
from ._version import __version__
from .errors import APIConnectionError, APIError, ConfigurationError
from .urls import is_loopback_url

__all__ = ["BaseClient", "Timeout", "check_download_status"]

logger = logging.getLogger("kie")

Timeout = float | httpx.Timeout
USER_AGENT = f"kie-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"
EXPIRED_STATUSES = frozenset({403, 404, 410})  # a result URL answering these has expired


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


class BaseClient:
    """What both clients share: settings, headers, request bodies and policies."""

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
        poll_interval: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        _logging.configure_from_env()
        self.provider = _resolve_provider(provider)
        base = base_url or os.environ.get("KIE_BASE_URL") or self.provider.base_url
        upload = upload_base_url or os.environ.get("KIE_UPLOAD_BASE_URL") or self.provider.upload_base_url
        key = api_key or os.environ.get(self.provider.api_key_env)
        base = base or self.provider.launch()  # a provider without a fixed host starts its server
        if self.provider.uploads_on_api_host:
            upload = upload or base
        key = key or self.provider.default_api_key
        if not key:
            raise ConfigurationError(
                f"no API key: pass api_key=... or set {self.provider.api_key_env} (provider {self.provider.name!r})"
            )
        for url in (base, upload):
            if url is not None and urlsplit(url).scheme == "http" and not is_loopback_url(url):
                raise ConfigurationError(
                    f"refusing to send the API key over plain http to {url}; use https "
                    "(plain http is allowed only for loopback hosts)"
                )
            if url is not None and urlsplit(url).scheme not in ("http", "https"):
                raise ConfigurationError(f"base URL {url!r} must start with https:// (or http:// for loopback)")
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
        self.base_url = base.rstrip("/")
        self.upload_base_url = upload.rstrip("/") if upload else None
        self._api_key = key
        self.timeout = timeout
        self.max_retries = max_retries
        self.poll_interval = poll_interval
        self._clock = clock
        self._pacer = Pacer(*rate_limit, clock=clock) if rate_limit else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider.name!r}, base_url={self.base_url!r})"

    # -- requests ---------------------------------------------------------------------------------

    def _pacing_delay(self, endpoint: Endpoint) -> float:
        """Seconds to wait before sending ``endpoint`` (createTask only, when pacing is on)."""
        return self._pacer.reserve() if self._pacer is not None and endpoint is CREATE_TASK else 0.0

    def _url(self, endpoint: Endpoint) -> str:
        if endpoint.host == "upload":
            if self.upload_base_url is None:
                raise ConfigurationError(
                    f"provider {self.provider.name!r} has no known upload host: pass upload_base_url=... "
                    "or set KIE_UPLOAD_BASE_URL"
                )
            return self.upload_base_url + endpoint.path
        return self.base_url + endpoint.path

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}", "User-Agent": USER_AGENT, "Accept": "application/json"}

    def _timeout(self, override: Timeout | None) -> httpx.Timeout:
        value = self.timeout if override is None else override
        return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)

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
        return http.build_request(
            endpoint.method,
            self._url(endpoint),
            params=params,
            json=json,
            files=files,
            data=data,
            headers=self._headers(),
            timeout=self._timeout(timeout),
        )

    # -- bodies and results -----------------------------------------------------------------------

    @staticmethod
    def _create_body(
        model: str, input: Any, callback_url: str | None, extra_input: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        if hasattr(input, "to_dict") and not isinstance(input, Mapping):  # a generated kie_api input class
            input = input.to_dict()
        return build_create_body(model, input, callback_url=callback_url, extra_input=extra_input)

    @staticmethod
    def _task(model: str, data: Any) -> Task:
        task_id = data.get("taskId") if isinstance(data, Mapping) else None
        if not task_id:
            raise APIConnectionError(f"createTask answered success without a taskId: {data!r}")
        logger.info("created task %s (%s)", task_id, model)
        return Task(task_id=str(task_id), model=model)

    @staticmethod
    def _task_info(task_id: str, data: Any) -> TaskInfo:
        if not isinstance(data, Mapping):
            raise APIConnectionError(f"recordInfo for {task_id} answered without a record: {data!r}")
        return TaskInfo.from_data(data)

    @staticmethod
    def _generate_input(
        model: str,
        prompt: str,
        image_url: str,
        end_image_url: str | None,
        duration: int | None,
        resolution: str | None,
        options: Mapping[str, Any],
    ) -> tuple[ModelInfo, dict[str, Any]]:
        info = get_model(model)
        return info, build_generate_input(
            info,
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            resolution=resolution,
            options=options,
        )

    def _waiter(
        self,
        task_id: str,
        timeout: float,
        on_progress: Callable[[TaskInfo], object] | None,
        poll_interval: float | None,
    ) -> Waiter:
        return Waiter(
            task_id,
            timeout=timeout,
            clock=self._clock,
            on_progress=on_progress,
            poll_interval=self.poll_interval if poll_interval is None else poll_interval,
        )

    @staticmethod
    def _download_target(source: TaskInfo | str, path: str | os.PathLike[str] | None) -> tuple[str, Path]:
        if isinstance(source, TaskInfo):
            if not source.result_urls:
                raise ConfigurationError(f"task {source.task_id} has no result URL (state {source.state_raw!r})")
            url, default_name = source.result_urls[0], f"{source.task_id}.mp4"
        else:
            url, default_name = source, Path(urlsplit(source).path).name or "result.mp4"
        target = Path(path) if path is not None else Path.cwd() / default_name
        if target.is_dir():
            target = target / default_name
        return url, target

    @staticmethod
    def _is_local(value: Any) -> bool:
        return not (isinstance(value, str) and urlsplit(value).scheme in ("http", "https"))


class _Expired(Exception):
    """A result URL answered 403/404/410: expired (API-FACTS.md, "Files")."""


class _Incomplete(Exception):
    """A transfer ended short of its Content-Length, or the file host answered 5xx (worth a retry)."""


def check_download_status(response: httpx.Response) -> None:
    """Sort a download answer: expired (403/404/410), retryable (5xx), refused (other 4xx) or fine.

    Raises:
        _Expired: the URL has expired; ask download-url for a fresh one.
        _Incomplete: the host failed (5xx).
        APIError: another 4xx.

    """
    status = response.status_code
    if status in EXPIRED_STATUSES:
        raise _Expired(str(response.url))
    if status >= 500:
        raise _Incomplete(f"HTTP {status}")
    if status >= 400:
        raise APIError.from_code(status, f"download of {response.url} refused", http_status=status)
