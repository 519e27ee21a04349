"""Casus: every move of a learner names the attempt version it was made on; of two from one version, one wins.

A second request that read the learner's state before the first one wrote (another tab, a double click) gets a
409 and changes nothing: not the attempt, not the rows the report and the peers' totals read, no event, no grade.
"""
from tests.store.races import fields, same_moment, tables

from .data import KEY_ANSWERS
from .olx_fixtures import linear_olx

FIRST = ("s1", KEY_ANSWERS["s1"])


def moved(workbench, block, handler, payload):
    status, data = workbench.call(block, handler, payload)
    assert status == 200, data
    return data["state"]


def started(workbench, **settings):
    block = workbench.load(linear_olx(**settings))
    state = moved(workbench, block, "start_attempt", {"version": 0})
    return workbench.as_student(block, "leerling_a"), state["version"]


def answered(workbench, **settings):
    block, version = started(workbench, **settings)
    state = moved(workbench, block, "answer", {"situation": FIRST[0], "answer": FIRST[1], "version": version})
    return workbench.as_student(block, "leerling_a"), state["version"]


def assert_refused(workbench, block, handler, payload):
    """``handler`` run twice at the same moment: the first goes through, the second changes nothing."""
    twin = same_moment(workbench, block)
    moved(workbench, block, handler, payload)
    before, rows, events = fields(workbench, block), tables(), list(workbench.events)
    status, data = workbench.call(twin, handler, payload)
    assert status == 409 and data["conflict"] and data["version"] == before["attempt_version"], data
    assert fields(workbench, block) == before and tables() == rows and workbench.events == events


def test_starting_twice_at_once_starts_one_attempt(workbench):
    block = workbench.load(linear_olx())
    assert_refused(workbench, block, "start_attempt", {"version": 0})
    assert len(tables()["weerbaarxblock.ScenarioAttempt"]) == 1


def test_answering_twice_at_once_keeps_one_answer(workbench):
    block, version = started(workbench)
    assert_refused(workbench, block, "answer", {"situation": FIRST[0], "answer": FIRST[1], "version": version})
    assert len(tables()["weerbaarxblock.ScenarioAnswer"]) == 1


def test_moving_on_twice_at_once_moves_once(workbench):
    block, version = answered(workbench)
    assert_refused(workbench, block, "advance", {"version": version})


def test_going_back_twice_at_once_goes_back_once(workbench):
    block, version = answered(workbench, allow_back=True)
    version = moved(workbench, block, "advance", {"version": version})["version"]
    assert_refused(workbench, workbench.as_student(block, "leerling_a"), "go_back", {"version": version})
    assert [answer["withdrawn"] for answer in tables()["weerbaarxblock.ScenarioAnswer"]] == [True]


def test_retrying_twice_at_once_starts_one_new_attempt(workbench):
    block, version = started(workbench)
    for situation, answer in KEY_ANSWERS.items():
        version = moved(workbench, block, "answer", {"situation": situation, "answer": answer, "version": version})[
            "version"]
        version = moved(workbench, block, "advance", {"version": version})["version"]
    block = workbench.as_student(block, "leerling_a")
    assert_refused(workbench, block, "retry", {"version": version})
    assert len(tables()["weerbaarxblock.ScenarioAttempt"]) == 2
    assert len(workbench.events_named("grade")) == 1


def test_the_page_is_told_the_version_and_a_move_without_one_counts_from_the_stored_copy(workbench):
    block, version = started(workbench)
    assert version == 1
    state = moved(workbench, block, "answer", {"situation": FIRST[0], "answer": FIRST[1]})
    assert state["version"] == 2
    assert workbench.call(workbench.as_student(block, "leerling_a"), "advance", {"version": 1})[0] == 409
