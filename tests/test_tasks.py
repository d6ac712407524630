"""recordInfo decoding: one test per quirk of the real API (API-FACTS.md, "recordInfo")."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

import kie
from kie import TaskInfo, TaskState
from tests.fakes import record


def test_param_is_decoded_from_a_json_string() -> None:
    """``param`` arrives as a JSON string; ``TaskInfo.param`` is the decoded request."""
    info = TaskInfo.from_data(record(param=json.dumps({"model": "m", "input": {"prompt": "p"}})))
    assert info.param == {"model": "m", "input": {"prompt": "p"}}


def test_double_encoded_input_is_decoded() -> None:
    """An ``input`` that is itself a JSON string inside ``param`` is decoded too."""
    param = json.dumps({"model": "m", "input": json.dumps({"prompt": "p", "seed": 42})})
    info = TaskInfo.from_data(record(param=param))
    assert info.input == {"prompt": "p", "seed": 42}


def test_empty_result_json_means_no_results() -> None:
    """``resultJson`` is ``""`` until success: no result URLs, no crash."""
    info = TaskInfo.from_data(record(state="generating"))
    assert info.result_urls == []
    assert info.state is TaskState.GENERATING


def test_result_urls_are_decoded_on_success() -> None:
    """On success ``resultJson`` is a JSON string holding ``resultUrls``."""
    info = TaskInfo.from_data(record(state="success"))
    assert info.result_urls == ["https://files.example/r.mp4"]
    assert info.is_done


def test_cost_time_in_seconds_as_observed() -> None:
    """``costTime`` 274 with a 273,896 ms gap between the timestamps is read as seconds."""
    info = TaskInfo.from_data(record(costTime=274, createTime=1757584164490, completeTime=1757584438386))
    assert info.cost_time == dt.timedelta(seconds=274)


def test_cost_time_in_milliseconds_as_documented() -> None:
    """When the timestamps show ``costTime`` is milliseconds (as documented), it is read so."""
    info = TaskInfo.from_data(record(costTime=273896, createTime=1757584164490, completeTime=1757584438386))
    assert info.cost_time == dt.timedelta(milliseconds=273896)


def test_cost_time_without_timestamps_is_seconds() -> None:
    """Without both timestamps ``costTime`` is taken as seconds, the observed unit."""
    info = TaskInfo.from_data(record(costTime=12, completeTime=None))
    assert info.cost_time == dt.timedelta(seconds=12)


def test_timestamps_are_utc_datetimes_from_epoch_milliseconds() -> None:
    """``createTime``/``completeTime``/``updateTime`` are epoch ms -> timezone-aware UTC datetimes."""
    info = TaskInfo.from_data(record())
    assert info.create_time == dt.datetime(2025, 9, 11, 9, 49, 24, 490000, tzinfo=dt.UTC)
    assert info.complete_time is not None
    assert info.complete_time.tzinfo is dt.UTC
    assert info.update_time == info.complete_time


def test_unknown_state_is_kept_raw() -> None:
    """A state this version does not know becomes ``UNKNOWN`` with the raw string kept."""
    info = TaskInfo.from_data(record(state="pondering"))
    assert info.state is TaskState.UNKNOWN
    assert info.state_raw == "pondering"
    assert not info.is_done


def test_all_five_states_are_known() -> None:
    """waiting, queuing, generating, success and fail all map to a named state."""
    for raw in ("waiting", "queuing", "generating", "success", "fail"):
        assert TaskState.parse(raw).value == raw


def test_extra_fields_are_kept_and_missing_ones_tolerated() -> None:
    """Unknown fields stay in ``raw``; a record with only taskId and state still decodes."""
    info = TaskInfo.from_data({"taskId": "t9", "state": "waiting", "sora2Only": 1, "progress": 40})
    assert info.raw["sora2Only"] == 1
    assert info.progress == 40
    assert info.model == ""
    assert info.param == {}
    assert info.cost_time is None
    assert info.create_time is None


def test_credits_and_failure_fields() -> None:
    """``creditsConsumed`` (or a callback's ``consumeCredits``) and fail fields are decoded."""
    info = TaskInfo.from_data(record(state="fail", failCode=500, failMsg="boom", consumeCredits=12.5))
    assert info.credits_consumed == 12.5
    assert (info.fail_code, info.fail_msg) == ("500", "boom")
    assert info.state is TaskState.FAIL


def test_model_falls_back_to_param() -> None:
    """A record without ``model`` takes the model id from ``param``."""
    data = record()
    del data["model"]
    assert TaskInfo.from_data(data).model == "wan/2-5-image-to-video"


def test_undecodable_param_does_not_crash() -> None:
    """A ``param`` that is not JSON leaves ``param`` empty and keeps the raw string."""
    info = TaskInfo.from_data(record(param="{not json"))
    assert info.param == {}
    assert info.raw["param"] == "{not json"


def test_record_without_task_id_is_an_error() -> None:
    """A record with no task id is refused with ValueError naming what it had."""
    with pytest.raises(ValueError, match="taskId"):
        TaskInfo.from_data({"state": "success"})


def test_task_state_values_are_strings() -> None:
    """``TaskState`` members compare equal to the API's strings."""
    assert str(kie.TaskState.SUCCESS) == "success"
    assert kie.TaskState("success") is kie.TaskState.SUCCESS


def test_param_reads_like_the_decoded_dict_however_it_is_used() -> None:
    """``param`` (decoded on first use, so polls that never read it skip two ``json.loads``) is the decoded dict."""
    decoded = {"model": "m", "input": {"prompt": "p"}}
    info = TaskInfo.from_data(record(param=json.dumps({"model": "m", "input": json.dumps({"prompt": "p"})})))
    assert dict(info.param) == decoded
    assert info.param == decoded
    assert info.param["input"] == {"prompt": "p"}
    assert info.input == {"prompt": "p"}
    assert json.loads(json.dumps(dict(info.param))) == decoded
    assert repr(info.param) == repr(decoded)
    assert info == TaskInfo.from_data(record(param=json.dumps({"model": "m", "input": json.dumps({"prompt": "p"})})))


def test_the_model_comes_from_param_when_the_record_has_none() -> None:
    """A record without ``model`` takes it from the decoded ``param``."""
    info = TaskInfo.from_data(record(model=None, param=json.dumps({"model": "kling-2.6/image-to-video"})))
    assert info.model == "kling-2.6/image-to-video"


def test_a_record_reads_the_same_however_it_is_copied() -> None:
    """A decoded record prints field by field, each holding its own value, and pickles and compares whole."""
    info = TaskInfo.from_data(record(progress=100, creditsConsumed=10.5, updateTime=1757584440000))
    assert repr(info) == (
        "TaskInfo(task_id='t1', model='wan/2-5-image-to-video', state=<TaskState.SUCCESS: 'success'>, "
        "state_raw='success', result_urls=['https://files.example/r.mp4'], fail_code=None, fail_msg=None, "
        "cost_time=datetime.timedelta(seconds=274), "
        "create_time=datetime.datetime(2025, 9, 11, 9, 49, 24, 490000, tzinfo=datetime.timezone.utc), "
        "complete_time=datetime.datetime(2025, 9, 11, 9, 53, 58, 386000, tzinfo=datetime.timezone.utc), "
        "update_time=datetime.datetime(2025, 9, 11, 9, 54, tzinfo=datetime.timezone.utc), "
        "credits_consumed=10.5, progress=100)"
    )
    copy = pickle.loads(pickle.dumps(info))  # noqa: S301 - our own bytes
    assert copy == info
    assert repr(copy) == repr(info)
    assert copy.param == info.param == {"model": "wan/2-5-image-to-video", "input": {"prompt": "p"}}
    assert copy != TaskInfo.from_data(record(progress=99, creditsConsumed=10.5, updateTime=1757584440000))


@pytest.mark.parametrize(
    ("result_json", "urls"),
    [
        ('{"resultUrls": ["https://a/1.mp4", "", "https://a/2.mp4"]}', ["https://a/1.mp4", "https://a/2.mp4"]),
        (' {"resultUrls": ["https://a/1.mp4"]}\n', ["https://a/1.mp4"]),
        ('{"resultUrls": "https://a/1.mp4"}', ["https://a/1.mp4"]),
        ('{"resultUrls": ["https://a/1.mp4"]} {"resultUrls": ["https://a/2.mp4"]}', []),
        ('{"resultUrls": ["https://a/1.mp4"]}x}', []),
        ('{"resultUrls": [}', []),
        ("[1]", []),
        ({"resultUrls": ["https://a/1.mp4"]}, ["https://a/1.mp4"]),
        (None, []),
    ],
    ids=["list", "spaced", "one-string", "two-objects", "trailing-junk", "broken", "not-an-object", "object", "none"],
)
def test_result_json_is_read_exactly_as_json_reads_it(result_json: object, urls: list[str]) -> None:
    """``resultJson`` counts only when it is one whole JSON object: junk after it, or broken JSON, is no result."""
    assert TaskInfo.from_data(record(resultJson=result_json)).result_urls == urls


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1757584164490, dt.datetime(2025, 9, 11, 9, 49, 24, 490000, tzinfo=dt.UTC)),
        (1757584164490.0, dt.datetime(2025, 9, 11, 9, 49, 24, 490000, tzinfo=dt.UTC)),
        ("1757584164490", dt.datetime(2025, 9, 11, 9, 49, 24, 490000, tzinfo=dt.UTC)),
        (253402300799000, dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)),
        (253402300800000, None),
        (0, None),
        (-5, None),
        (True, None),
        (10**30, None),
        ("soon", None),
    ],
)
def test_timestamps_of_every_shape(value: object, expected: dt.datetime | None) -> None:
    """Epoch ms as an int, a float or a string decode alike; 0, negatives, booleans, junk, past 9999: ``None``."""
    assert TaskInfo.from_data(record(createTime=value)).create_time == expected
