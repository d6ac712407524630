"""Polling: status requests per task, and how late its end is noticed, against the backing-off schedule.

A sync ``kie.Client`` waits for tasks on a driven clock (its injected ``clock``
and ``sleep``; no real waiting) against a canned server (its own process on
127.0.0.1) that reads the clock from each request. The client knows the
model's typical duration ``T`` (60, 180 or 600 s: fed to ``client.durations``
as a journal of finished tasks would); the tasks end near it, at ``T`` times
0.95, 0.96, ..., 1.05 (one round each). Side A is the default schedule (planned
around ``T``), side B today's backing-off one (``poll_interval=2``, what a
client without an estimate does). Figures: recordInfo requests per task (ratio
A / B), and in the notes the seconds between the task's end and the poll that
saw it (median and max), and for a task overrunning ``T`` threefold how late it
was noticed as a share of its duration.

    python scripts/bench/polling.py [--json]
"""

from __future__ import annotations

import statistics
from typing import Any

import httpx
from _common import canned_server, figure, parser, show

import kie

MODEL = "wan/2-5-image-to-video"
INPUT = {"prompt": "a cat surfing", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"}
TARGETS = {60: 6, 180: 10, 600: 15}


class Driven:
    """A driven clock shared by the client (clock, sleep) and, through a header, the server."""

    def __init__(self) -> None:
        self.now = 0.0
        self.task_seconds = 0.0
        self.polls = 0

    def sleep(self, seconds: float) -> None:
        """Advance the clock instead of sleeping."""
        self.now += seconds

    def stamp(self, request: httpx.Request) -> None:
        """Tell the server the time (and a new task's duration); count status requests."""
        request.headers["x-bench-now"] = repr(self.now)
        request.headers["x-bench-task-seconds"] = repr(self.task_seconds)
        self.polls += request.url.path.endswith("/recordInfo")


def follow(base: str, typical: float, seconds: float, planned: bool) -> tuple[int, float]:
    """One task that takes ``seconds``, waited for with or without the plan: (requests, seconds noticed late)."""
    driven = Driven()
    http = httpx.Client(event_hooks={"request": [driven.stamp]})
    options: dict[str, Any] = {} if planned else {"poll_interval": 2.0}
    with kie.Client(
        api_key="bench", base_url=base, http_client=http, clock=lambda: driven.now, sleep=driven.sleep, **options
    ) as client:
        for _ in range(3):  # what a journal of finished tasks would teach
            client.durations.observe(MODEL, typical)
        driven.task_seconds = seconds
        created = driven.now
        task = client.create_task(MODEL, INPUT)
        client.wait(task.task_id, timeout=100_000.0)
    http.close()
    return driven.polls, driven.now - created - seconds


def one_duration(base: str, typical: int) -> dict[str, Any]:
    """The figure of tasks near ``typical`` seconds."""
    runs: dict[bool, list[tuple[int, float]]] = {True: [], False: []}
    for offset in range(-5, 6):
        for planned in (True, False) if offset % 2 else (False, True):  # interleaved, neither side always first
            runs[planned].append(follow(base, typical, typical * (1 + offset / 100), planned))
    ours, theirs = runs[True], runs[False]
    late = [lateness for _, lateness in ours]
    _, overrun_late = follow(base, typical, 3 * typical, True)
    requests = statistics.median(n for n, _ in ours)
    met = requests <= TARGETS[typical] and statistics.median(late) <= 2.0 and overrun_late <= 0.3 * typical
    notes = (
        f"noticed late: kie median {statistics.median(late):.1f} s (max {max(late):.1f}), backing-off median "
        f"{statistics.median(lateness for _, lateness in theirs):.1f} s; a 3x overrun noticed "
        f"{overrun_late:.1f} s late ({overrun_late / (3 * typical):.1%} of its duration)"
    )
    return figure(
        f"polling a {typical} s task (requests)",
        "requests",
        [float(n) for n, _ in ours],
        [float(n) for n, _ in theirs],
        target=f"<= {TARGETS[typical]} requests, <= 2.0 s late (median); 3x overrun within 10 %",
        met=met,
        raw_name="backing off",
        notes=notes,
    )


def main() -> None:
    """Run the three figures and print them."""
    options = parser(__doc__, rounds=11).parse_args()
    with canned_server() as base:
        figures = [one_duration(base, typical) for typical in TARGETS]
    show(figures, options.json)


if __name__ == "__main__":
    main()
