"""The emulator as a fleet's test bed: one rate limit for every client and key, and what it created, listed."""

from __future__ import annotations

from typing import Any

import httpx

from kie.emulator import EmulatorConfig
from tests.fakes import MakeEmulator

CREATE = "/api/v1/jobs/createTask"
BODY: dict[str, Any] = {
    "model": "wan/2-5-image-to-video",
    "input": {"prompt": "a cat", "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "720p"},
}


def test_the_rate_limit_is_one_window_for_every_client_and_key(make_emulator: MakeEmulator) -> None:
    """Two clients with different keys share the account's window; each refusal counts in ``rate_limited_count``."""
    emulator, client, clock = make_emulator(rate_limit=(3, 10.0))
    with httpx.Client(base_url=emulator.url, headers={"Authorization": "Bearer other-key"}, trust_env=False) as other:
        assert client.post(CREATE, json=BODY).json()["code"] == 200
        assert other.post(CREATE, json=BODY).json()["code"] == 200
        assert client.post(CREATE, json=BODY).json()["code"] == 200
        assert other.post(CREATE, json=BODY).status_code == 429
        assert client.post(CREATE, json=BODY).status_code == 429
    stats = client.get("/_emulator/stats").json()["data"]
    assert stats["created_count"] == 3
    assert stats["rate_limited_count"] == 2
    clock.advance(10)
    assert client.post(CREATE, json=BODY).json()["code"] == 200
    assert client.get("/_emulator/stats").json()["data"]["rate_limited_count"] == 2


def test_injected_429_faults_are_not_rate_limited_count(make_emulator: MakeEmulator) -> None:
    """``rate_limited_count`` counts the limit's refusals only, not a ``"429"`` fault injected for a test."""
    emulator, client, _ = make_emulator()
    emulator.inject("429", 2)
    assert [client.post(CREATE, json=BODY).status_code for _ in range(3)] == [429, 429, 200]
    assert client.get("/_emulator/stats").json()["data"]["rate_limited_count"] == 0


def test_tasks_lists_every_task_with_model_state_and_create_time(make_emulator: MakeEmulator) -> None:
    """``GET /_emulator/tasks`` gives each task's id, model, state now and recordInfo's createTime, oldest first."""
    emulator, client, clock = make_emulator()
    ids = [client.post(CREATE, json=BODY).json()["data"]["taskId"] for _ in range(3)]
    clock.advance(60)
    emulator.state.wait_idle()
    listed = client.get("/_emulator/tasks").json()["data"]
    assert listed["total"] == 3
    assert [task["taskId"] for task in listed["tasks"]] == ids
    for task in listed["tasks"]:
        record = client.get("/api/v1/jobs/recordInfo", params={"taskId": task["taskId"]}).json()["data"]
        assert task == {
            "taskId": record["taskId"],
            "model": "wan/2-5-image-to-video",
            "state": "success",
            "createTime": record["createTime"],
        }
        assert isinstance(task["createTime"], int)
    page = client.get("/_emulator/tasks", params={"offset": 1, "limit": 1}).json()["data"]
    assert page == {"total": 3, "offset": 1, "tasks": [listed["tasks"][1]]}
    assert client.get("/_emulator/tasks", params={"limit": "-1"}).status_code == 400
    client.post("/_emulator/reset")
    assert client.get("/_emulator/tasks").json()["data"] == {"total": 0, "offset": 0, "tasks": []}


def test_tasks_lists_ten_thousand_tasks(make_emulator: MakeEmulator) -> None:
    """A fleet's worth of tasks (10,000) is listed whole in one answer, each id once, in creation order."""
    emulator, client, _ = make_emulator(credits=1e6)
    store = emulator.state.tasks
    created = [store.create(BODY, emulator.url, frames=[], fails=lambda: True) for _ in range(10_000)]
    listed = client.get("/_emulator/tasks").json()["data"]
    assert listed["total"] == 10_000
    assert [task["taskId"] for task in listed["tasks"]] == [task.task_id for task in created if task is not None]
    assert {task["state"] for task in listed["tasks"]} == {"waiting"}


def test_reset_forgets_the_rate_limited_count(make_emulator: MakeEmulator) -> None:
    """``POST /_emulator/reset`` starts a new trial: no tasks, no refusals."""
    assert EmulatorConfig(rate_limit="1/10").rate_limit == (1, 10.0)
    _, client, _ = make_emulator(rate_limit="1/10")
    client.post(CREATE, json=BODY)
    assert client.post(CREATE, json=BODY).status_code == 429
    assert client.get("/_emulator/stats").json()["data"]["rate_limited_count"] == 1
    client.post("/_emulator/reset")
    assert client.get("/_emulator/stats").json()["data"]["rate_limited_count"] == 0
