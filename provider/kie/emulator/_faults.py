"""The emulator's fault queue: errors and misbehaviour injected on request.

Every kind mirrors something the real API (or the network in front of it) does,
per ``API-FACTS.md``: HTTP 429 bursts with ``Retry-After`` (20 createTask per
10 s per account), 433 sub-key usage limits, 455 maintenance, 500 server
errors, dropped connections, slow answers, non-JSON bodies (Cloudflare pages),
and tasks that end in ``fail``. A createTask fault can strike *after* the task
was created, which is the ambiguous submit that must never be resent blindly
(credits are charged at creation). Only what can happen once a task exists may
strike then (``AFTER_KINDS``: a 500, a dropped connection, a slow or a garbled
answer): per the vendor's docs a 429 request "will not enter the queue", and
429, 433 and 455 are the answers the client relies on to resend createTask.

``FaultQueue.inject`` is the one definition of a fault's options and their
checks: ``EmulatorState.inject`` and ``Emulator.inject`` are that same bound
method, and ``POST /_emulator/faults`` calls it. The answers a striking fault
gives are the request middleware's (``_middleware.InjectFaults``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any, Literal

import attrs

__all__ = ["AFTER_KINDS", "FAULT_KINDS", "Fault", "FaultQueue", "When"]

FAULT_KINDS: tuple[str, ...] = ("429", "433", "455", "500", "drop", "slow", "malformed", "fail_task")
"""Every fault kind ``inject`` accepts."""

AFTER_KINDS: tuple[str, ...] = ("500", "drop", "slow", "malformed")
"""The kinds that may strike ``when="after"`` createTask created the task (the others mean "not created")."""

When = Literal["before", "after"]
"""When a fault strikes: ``"before"`` a request is handled, or ``"after"`` createTask created the task."""


@attrs.define
class Fault:
    """One injected fault and how many more requests it strikes.

    Attributes:
        kind: one of ``FAULT_KINDS``.
        remaining: how many more times it strikes (removed at 0).
        paths: request paths it applies to (exact, or a prefix ending in ``/``),
            or ``None`` for every API and ``/files/`` path.
        when: ``"before"`` (answer instead of handling the request) or ``"after"``
            (createTask only: the task IS created, then the fault answers).
        retry_after: ``Retry-After`` header of a ``"429"``, in seconds.
        seconds: delay of a ``"slow"`` answer, in seconds.
        http_status: HTTP status to answer with (default: the fault's own code,
            200 for ``"malformed"``); the body code stays the fault's code.

    """

    kind: str
    remaining: int = 1
    paths: frozenset[str] | None = None
    when: When = "before"
    retry_after: float = 1.0
    seconds: float = 1.0
    http_status: int | None = None

    def matches(self, path: str) -> bool:
        """Whether this fault applies to a request path.

        Args:
            path: the request's URL path (``"/api/v1/jobs/createTask"``).

        Returns:
            True when no paths filter is set or one entry equals the path (or is
            a ``/``-terminated prefix of it).

        """
        if self.paths is None:
            return True
        return any(path == p or (p.endswith("/") and path.startswith(p)) for p in self.paths)

    def describe(self) -> dict[str, Any]:
        """Return a JSON-ready description (for ``/_emulator/stats`` and the admin API)."""
        return {
            "fault": self.kind,
            "remaining": self.remaining,
            "paths": sorted(self.paths) if self.paths is not None else None,
            "when": self.when,
            "retry_after": self.retry_after,
            "seconds": self.seconds,
            "http_status": self.http_status,
        }


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{name} must be a number >= 0, got {value!r}")
    return float(value)


def _check_when(fault: str, when: Any) -> None:
    if when not in ("before", "after"):
        raise ValueError(f"when must be 'before' or 'after', got {when!r}")
    if when == "after" and fault == "fail_task":
        raise ValueError("when='after' does not apply to 'fail_task': it fails the task itself, not an answer")
    if when == "after" and fault not in AFTER_KINDS:
        raise ValueError(
            f"when='after' is refused for {fault!r}: a createTask answered {fault} created no task (the vendor's "
            f"docs: such a request does not enter the queue); only {', '.join(AFTER_KINDS)} can strike after"
        )


class FaultQueue:
    """A thread-safe FIFO of injected faults (tests inject from their thread, uvicorn consumes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def inject(
        self,
        fault: str,
        count: int = 1,
        *,
        paths: Iterable[str] | str | None = None,
        when: When = "before",
        retry_after: float = 1.0,
        seconds: float = 1.0,
        http_status: int | None = None,
    ) -> Fault:
        """Queue a fault for the next ``count`` matching requests (or created tasks).

        Args:
            fault: ``"429"``, ``"433"``, ``"455"``, ``"500"``, ``"drop"``, ``"slow"``,
                ``"malformed"`` or ``"fail_task"`` (the next created task ends in
                state ``fail``, failCode ``"500"``).
            count: how many requests (tasks, for ``"fail_task"``) it strikes; >= 1.
            paths: only requests to these paths (e.g. ``"/api/v1/jobs/createTask"``;
                a prefix ending in ``/`` such as ``"/files/"`` matches below it).
            when: ``"after"`` applies to createTask only: the task is created and
                charged, then the fault answers (an ambiguous submit); only for
                ``AFTER_KINDS`` (``"500"``, ``"drop"``, ``"slow"``, ``"malformed"``).
            retry_after: the ``Retry-After`` header of a ``"429"``, seconds.
            seconds: how long a ``"slow"`` answer waits before answering, seconds.
            http_status: HTTP status to use instead of the default (e.g. 200 for a
                429 body code over HTTP 200, as the real API sometimes answers).

        Returns:
            The queued ``Fault``.

        Raises:
            ValueError: unknown kind, count < 1, bad ``when`` (``"after"`` for a
                kind that means "not created": 429, 433, 455, or ``fail_task``)
                or a negative number.

        """
        if fault not in FAULT_KINDS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {', '.join(FAULT_KINDS)}")
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"count must be an int >= 1, got {count!r}")
        _check_when(fault, when)
        if http_status is not None and (
            isinstance(http_status, bool) or not isinstance(http_status, int) or not 200 <= http_status <= 599
        ):
            raise ValueError(f"http_status must be an int in 200..599, got {http_status!r}")
        if isinstance(paths, str):
            paths = [paths]
        item = Fault(
            kind=fault,
            remaining=count,
            paths=frozenset(paths) if paths is not None else None,
            when=when,
            retry_after=_number("retry_after", retry_after),
            seconds=_number("seconds", seconds),
            http_status=http_status,
        )
        with self._lock:
            self._faults.append(item)
        return item

    def take(self, path: str, phase: When, *, create_path: str) -> Fault | None:
        """Consume one strike of the first fault that applies to this request.

        Args:
            path: the request's URL path.
            phase: ``"before"`` handling, or ``"after"`` a task was created.
            create_path: the createTask path (``"after"`` faults only strike there).

        Returns:
            A copy of the fault that strikes (``remaining`` = strikes left), or ``None``.

        """
        with self._lock:
            for item in self._faults:
                if item.kind == "fail_task" or item.when != phase or not item.matches(path):
                    continue
                if phase == "after" and path != create_path:
                    continue
                return self._consume(item)
        return None

    def take_task_failure(self) -> bool:
        """Consume one ``"fail_task"`` strike; True when the task being created must fail."""
        with self._lock:
            for item in self._faults:
                if item.kind == "fail_task":
                    self._consume(item)
                    return True
        return False

    def _consume(self, item: Fault) -> Fault:
        item.remaining -= 1
        if item.remaining <= 0:
            self._faults.remove(item)
        return attrs.evolve(item)

    def pending(self) -> list[Fault]:
        """Return copies of the queued faults, oldest first."""
        with self._lock:
            return [attrs.evolve(item) for item in self._faults]

    def clear(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._faults.clear()
