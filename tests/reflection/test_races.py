"""Reflectiejournaal: two requests of one learner made from the same version (two tabs, a double click).

Exactly one is confirmed; the other gets a 409 and changes nothing: no field, no row, no event, no grade.
``same_moment`` gives a request that read the learner's state before the first one wrote, as a second worker
would: the version in ``user_state`` cannot tell them apart, the version row does.
"""
from tests.store.races import fields, same_moment, tables

from .test_learner import GOOD, XML

OTHER = {"a": "Ik ben rustig en duidelijk", "b": "iets"}


def body(answers, version=0):
    return {"entry": 1, "version": version, "answers": answers}


def test_two_draft_saves_from_one_version_keep_the_first_and_refuse_the_second(workbench):
    block = workbench.load(XML)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "save_draft", body(GOOD))[0] == 200
    before, rows, events = fields(workbench, block), tables(), list(workbench.events)
    status, data = workbench.call(twin, "save_draft", body(OTHER))
    assert status == 409 and data["conflict"] and data["version"] == 1 and data["saved_at"]
    assert fields(workbench, block) == before and before["draft_answers"] == GOOD
    assert tables() == rows and workbench.events == events


def test_the_same_draft_save_twice_is_refused_the_second_time(workbench):
    block = workbench.load(XML)
    assert workbench.call(block, "save_draft", body(GOOD))[0] == 200
    before, rows = fields(workbench, block), tables()
    assert workbench.call(workbench.as_student(block, "leerling_a"), "save_draft", body(OTHER))[0] == 409
    assert fields(workbench, block) == before and tables() == rows


def test_two_submits_from_one_version_give_one_submission_and_one_grade(workbench):
    block = workbench.load(XML)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "submit", body(GOOD))[0] == 200
    before, rows, events = fields(workbench, block), tables(), list(workbench.events)
    status, data = workbench.call(twin, "submit", body(OTHER))
    assert status == 409 and data["version"] == 1
    assert fields(workbench, block) == before and tables() == rows and workbench.events == events
    assert len(rows["weerbaarxblock.ReflectionVersion"]) == 1
    assert len(workbench.events_named("grade")) == 1
    assert len(workbench.events_named("weerbaar.reflection.submitted")) == 1


def test_a_draft_save_and_a_submit_from_one_version_let_only_the_first_through(workbench):
    block = workbench.load(XML)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "save_draft", body(OTHER))[0] == 200
    rows = tables()
    assert workbench.call(twin, "submit", body(GOOD))[0] == 409
    assert tables() == rows and not workbench.events_named("grade")
    assert workbench.call(workbench.as_student(block, "leerling_a"), "submit", body(GOOD, 1))[0] == 200


def test_the_next_save_from_the_new_version_goes_through(workbench):
    block = workbench.load(XML)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "save_draft", body(GOOD))[0] == 200
    assert workbench.call(twin, "save_draft", body(OTHER))[0] == 409
    status, data = workbench.call(workbench.as_student(block, "leerling_a"), "save_draft", body(OTHER, 1))
    assert status == 200 and data["version"] == 2
