"""Test doubles: a scripted fake API over ``httpx.MockTransport``, a fake clock, envelopes."""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from kie.emulator import Emulator, ManualClock

T = TypeVar("T")
Handler = Callable[[httpx.Request], httpx.Response]
MakeEmulator = Callable[..., tuple[Emulator, httpx.Client, ManualClock]]
"""The ``make_emulator`` fixture: reset the session emulator to a config and a manual clock."""


def mp4(payload: bytes = b"\0" * 64) -> bytes:
    """A minimal whole MP4 as file hosts serve one: ``ftyp``, ``moov`` and ``mdat`` boxes spanning the file."""

    def box(kind: bytes, body: bytes) -> bytes:
        return (8 + len(body)).to_bytes(4, "big") + kind + body

    return box(b"ftyp", b"isom\0\0\0\0isommp41") + box(b"moov", b"") + box(b"mdat", payload)


def envelope(
    data: Any = None, code: int = 200, msg: str = "success", status: int = 200, **headers: str
) -> httpx.Response:
    """An API answer in the real envelope ``{"code", "msg", "data"}``."""
    return httpx.Response(status, json={"code": code, "msg": msg, "data": data}, headers=headers)


def record(task_id: str = "t1", state: str = "success", **extra: Any) -> dict[str, Any]:
    """A recordInfo ``data`` object shaped like the real API's (API-FACTS.md)."""
    data: dict[str, Any] = {
        "taskId": task_id,
        "model": "wan/2-5-image-to-video",
        "state": state,
        "param": json.dumps({"model": "wan/2-5-image-to-video", "input": json.dumps({"prompt": "p"})}),
        "resultJson": json.dumps({"resultUrls": ["https://files.example/r.mp4"]}) if state == "success" else "",
        "failCode": None,
        "failMsg": None,
        "costTime": 274 if state in ("success", "fail") else None,
        "createTime": 1757584164490,
        "completeTime": 1757584438386 if state in ("success", "fail") else None,
        "updateTime": 1757584438386,
    }
    data.update(extra)
    return data


class FakeAPI:
    """A scripted API: answers requests from a queue (or a default), recording every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.queue: list[httpx.Response | Exception | Handler] = []
        self.default: Handler | None = None

    def push(self, *answers: httpx.Response | Exception | Handler) -> FakeAPI:
        """Queue answers, used in order; an exception is raised as a transport failure."""
        self.queue.extend(answers)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the MockTransport handler)."""
        request.read()
        self.requests.append(request)
        answer: httpx.Response | Exception | Handler | None = self.queue.pop(0) if self.queue else self.default
        if answer is None:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):  # a copy: one scripted answer may serve both client kinds
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.read())
        return answer(request)

    def paths(self) -> list[str]:
        """The paths requested, in order."""
        return [r.url.path for r in self.requests]


class Sleeps:
    """An injectable sleep that records the delays instead of sleeping; advances a fake clock."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.now = 1000.0

    def clock(self) -> float:
        """The fake monotonic time, seconds."""
        return self.now

    def sync(self, seconds: float) -> None:
        """Record a sleep and advance the clock."""
        self.delays.append(seconds)
        self.now += seconds

    async def asynchronous(self, seconds: float) -> None:
        """The async flavour of ``sync``."""
        self.sync(seconds)


async def call(value: Awaitable[T] | T) -> T:
    """Await ``value`` if the client was async; return it as is otherwise (typed: mypy checks both clients' calls)."""
    if inspect.isawaitable(value):
        return await value
    return value
