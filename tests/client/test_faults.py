"""Batches under every injected fault kind, over loopback, on both clients.

What must hold (DESIGN.md "Retries"): every job ends in its correct terminal
state, no job creates more than one task (createTask is never resent after an
ambiguous failure), and every created task's id reaches the caller unless the
API's answer itself was lost.
"""

from __future__ import annotations

import collections
from typing import Any, Literal

import pytest

import kie
from kie.emulator import Emulator, EmulatorConfig, ManualClock
from tests.fakes import call

JOBS = 12
CREATE = "/api/v1/jobs/createTask"
IDEMPOTENT_PATHS = ["/api/v1/jobs/recordInfo", "/files/"]


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, kie_emulator: Emulator) -> Any:
    """A client of either kind with fast retries and no pacing, bound to the test emulator."""
    kie_emulator.config = EmulatorConfig(fps=2, credits=1e9)
    kie_emulator.state.reset()
    kind = kie.Client if request.param == "sync" else kie.AsyncClient
    return kind(
        api_key="test-key",
        base_url=kie_emulator.url,
        upload_base_url=kie_emulator.url,
        timeout=2.0,
        max_retries=4,
        rate_limit=None,
        poll_interval=0.05,
    )


async def _batch(client: Any, emulator: Emulator) -> tuple[list[kie.JobResult], dict[str, list[Any]]]:
    jobs = [
        {
            "model": "wan/2-5-image-to-video",
            "prompt": f"job-{i}",
            "image": "https://example.com/a.png",
            "resolution": "720p",
            "timeout": 60.0,
        }
        for i in range(JOBS)
    ]
    results = await call(client.generate_many(jobs, concurrency=6))
    created: dict[str, list[Any]] = collections.defaultdict(list)
    for task in emulator.state.tasks.values():
        created[task.body["input"]["prompt"]].append(task)
    return results, created


@pytest.mark.parametrize("kind", ["429", "455", "500", "drop", "slow", "malformed"])
async def test_faults_on_status_and_downloads_are_absorbed(client: Any, kie_emulator: Emulator, kind: str) -> None:
    """Faults on recordInfo and result files are retried: every job succeeds with exactly one task and its id."""
    kie_emulator.inject(kind, count=6, paths=IDEMPOTENT_PATHS, retry_after=0.05, seconds=0.2)
    results, created = await _batch(client, kie_emulator)
    assert [r.error for r in results] == [None] * JOBS
    for result in results:
        [task] = created[f"job-{result.index}"]
        assert result.task_id == task.task_id
    assert kie_emulator.state.stats()["faults"] == []


@pytest.mark.parametrize("kind", ["429", "455"])
async def test_provably_refused_submits_are_retried(client: Any, kie_emulator: Emulator, kind: str) -> None:
    """CreateTask answered 429 or 455 created nothing, so it is resent: every job succeeds with one task."""
    kie_emulator.inject(kind, count=6, paths=CREATE, retry_after=0.05)
    results, created = await _batch(client, kie_emulator)
    assert all(r.ok for r in results)
    assert sorted(len(v) for v in created.values()) == [1] * JOBS


@pytest.mark.parametrize(
    ("kind", "when"),
    [("500", "before"), ("drop", "before"), ("malformed", "before"), ("500", "after"), ("drop", "after")],
)
async def test_ambiguous_submits_are_never_resent(
    client: Any, kie_emulator: Emulator, kind: str, when: Literal["before", "after"]
) -> None:
    """A createTask answered by a 500, a dropped connection or garbage raises SubmitUncertainError, never resent."""
    kie_emulator.inject(kind, count=4, paths=CREATE, when=when)
    results, created = await _batch(client, kie_emulator)
    uncertain = [r for r in results if isinstance(r.error, kie.SubmitUncertainError)]
    assert len(uncertain) == 4
    assert all(r.ok for r in results if r not in uncertain)
    assert all(len(v) == 1 for v in created.values())
    assert len(created) == JOBS - (4 if when == "before" else 0)
    for result in uncertain:
        assert isinstance(result.error, kie.SubmitUncertainError)
        assert result.error.body["input"]["prompt"] == f"job-{result.index}"


async def test_failed_tasks_fail_and_keep_their_ids(client: Any, kie_emulator: Emulator) -> None:
    """Tasks the emulator fails end in TaskFailedError with their ids; the others succeed."""
    kie_emulator.inject("fail_task", count=3)
    results, created = await _batch(client, kie_emulator)
    failed = [r for r in results if isinstance(r.error, kie.TaskFailedError)]
    assert len(failed) == 3
    for result in results:
        [task] = created[f"job-{result.index}"]
        assert result.task_id == task.task_id
        assert task.fail == (result in failed)


def test_a_60_second_task_is_noticed_within_5_seconds(kie_emulator: Emulator) -> None:
    """On a driven clock, a 60 s task (5 s waiting, 5 s queuing, 50 s generating) is seen done within 5 s."""
    clock = ManualClock()
    kie_emulator.config = EmulatorConfig(waiting_s=5.0, queuing_s=5.0, generating_s=50.0, fps=1)
    kie_emulator.state.clock = clock

    def sleep(seconds: float) -> None:
        clock.advance(seconds)
        kie_emulator.state.wait_idle(5.0)

    with kie.Client(api_key="test-key", base_url=kie_emulator.url, clock=clock, sleep=sleep) as client:
        task = client.create_task("wan/2-5-image-to-video", {"prompt": "p", "image_url": "https://e.com/a.png"})
        info = client.wait(task.task_id)
    assert info.state is kie.TaskState.SUCCESS
    finished = kie_emulator.state.tasks[task.task_id].finished_at
    assert finished is not None
    assert 0 <= clock() - finished <= 5.0
    assert kie_emulator.state.stats()["requests"]["/api/v1/jobs/recordInfo"] <= 20
