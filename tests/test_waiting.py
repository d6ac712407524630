"""The wait policy (``kie._waiting``): polls planned around a model's typical duration, learned durations."""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics

import pytest

import kie
from kie._async.io import Gate
from kie._waiting import DENSE, Durations, Waiter, planned_delay
from tests.fakes import record

WAN = "wan/2-5-image-to-video"


def _follow(estimate_model: str, durations: Durations | None, ends_at: float) -> tuple[int, float]:
    """Drive a ``Waiter`` on a fake clock for a task created at 0 that succeeds at ``ends_at``: (polls, lateness)."""
    now = [0.0]
    waiter = Waiter(
        "t1", timeout=100_000.0, clock=lambda: now[0], model=estimate_model, created=0.0, durations=durations
    )
    now[0] += waiter.first_delay()
    while True:
        state = "success" if now[0] >= ends_at else "generating"
        times = {"createTime": 1_000, "completeTime": 1_000 + int(ends_at * 1000) if state == "success" else None}
        if waiter.observe(kie.TaskInfo.from_data(record("t1", state, model=estimate_model, **times))):
            return waiter.polls, now[0] - ends_at
        now[0] += waiter.next_delay()


def _model_of(seconds: float) -> tuple[str, Durations]:
    """A model ``"m"`` whose tasks have taken ``seconds`` so far."""
    durations = Durations()
    durations.observe("m", seconds)
    return "m", durations


@pytest.mark.parametrize(("seconds", "most"), [(60, 6), (180, 10), (600, 15)])
def test_tasks_ending_near_their_typical_duration_cost_few_polls_and_are_noticed_soon(seconds: int, most: int) -> None:
    """A task ending within 5 % of its model's typical duration: at most 6/10/15 polls, noticed ~2 s late on median."""
    runs = [_follow(*_model_of(seconds), ends_at=seconds * (1 + d / 100)) for d in range(-5, 6)]
    assert statistics.median(polls for polls, _ in runs) <= most
    assert statistics.median(late for _, late in runs) <= 2.0
    assert max(late for _, late in runs) <= DENSE


@pytest.mark.parametrize("seconds", [60, 180, 600])
def test_a_task_overrunning_its_estimate_threefold_is_noticed_within_a_tenth_of_its_duration(seconds: int) -> None:
    """Past the expected end the polls back off in proportion to the task's age: a 3x overrun is noticed within 10 %."""
    _, late = _follow(*_model_of(seconds), ends_at=3 * seconds)
    assert late <= 0.1 * 3 * seconds


def test_a_fast_failure_is_caught_by_an_early_poll() -> None:
    """A long model's task is still polled early (2 s and 10 s after creation), for tasks that fail at once."""
    assert planned_delay(2.0, 600.0) == pytest.approx(8.0)
    assert planned_delay(10.0, 600.0) > 60.0


def test_without_an_estimate_the_backing_off_schedule_stays() -> None:
    """No durations (or a model nothing knows): 2 s, then x1.5, capped at 5 s while generating; first poll at once."""
    now = [0.0]
    waiter = Waiter(
        "t1", timeout=900.0, clock=lambda: now[0], model="unknown/model", created=0.0, durations=Durations()
    )
    assert waiter.first_delay() == 0.0
    waiter.observe(kie.TaskInfo.from_data(record("t1", "waiting", model="unknown/model")))
    assert [waiter.next_delay() for _ in range(3)] == [2.0, 3.0, 4.5]


def test_an_explicit_poll_interval_keeps_the_backing_off_schedule() -> None:
    """``poll_interval=...`` is the user's schedule: no planning, first poll at once."""
    waiter = Waiter(
        "t1", timeout=900.0, clock=lambda: 0.0, poll_interval=1.0, model=WAN, created=0.0, durations=Durations()
    )
    assert waiter.first_delay() == 0.0
    waiter.observe(kie.TaskInfo.from_data(record("t1", "waiting")))
    assert waiter.next_delay() == 1.0


def test_durations_learn_from_successes_and_vote_with_the_spec() -> None:
    """The estimate is the median of the model's recent durations and the spec's typical seconds."""
    durations = Durations()
    assert durations.estimate(WAN) == kie.MODELS[WAN].typical_seconds
    for seconds in (30.0, 31.0, 32.0):
        durations.observe(WAN, seconds)
    assert durations.estimate(WAN) == 31.5
    assert durations.estimate("unknown/model") is None
    now = [0.0]
    waiter = Waiter("t1", timeout=900.0, clock=lambda: now[0], durations=durations)
    waiter.observe(kie.TaskInfo.from_data(record("t1", "success", model="m2", createTime=1_000, completeTime=41_000)))
    assert durations.estimate("m2") == 40.0


def test_a_recent_create_time_gives_a_resumed_task_its_age() -> None:
    """A task not created here is planned from its record's ``createTime`` when recent (not when a year old)."""
    created = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=50)
    data = record("t1", "generating", createTime=int(created.timestamp() * 1000))
    waiter = Waiter("t1", timeout=900.0, clock=lambda: 0.0, durations=Durations())
    waiter.observe(kie.TaskInfo.from_data(data))  # wan: 60 s typical, 50 s old: approaching the end
    assert waiter.next_delay() == pytest.approx(planned_delay(50.0, 60.0), abs=1.0)
    stale = Waiter("t1", timeout=900.0, clock=lambda: 0.0, durations=Durations())
    stale.observe(kie.TaskInfo.from_data(record("t1", "waiting")))  # createTime in 2025
    assert stale.next_delay() == 2.0


async def test_the_gate_lets_at_most_its_size_through_at_once() -> None:
    """``Gate(n)`` bounds the requests in flight; the others wait, with no timeout running."""
    gate, inside, most = Gate(3), [0], [0]

    async def request() -> None:
        async with gate:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
            await asyncio.sleep(0)
            inside[0] -= 1

    await asyncio.gather(*(request() for _ in range(20)))
    assert most[0] == 3
