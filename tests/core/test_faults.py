"""A database error in the middle of a write: nothing half written, a 503 the page may retry, never a 500.

``failing_write(n)`` makes the n-th write to the package's tables fail. For every n up to the number of writes
a handler makes, the learner (or instructor) gets a 503 with a message, and afterwards the rows, the learner's
fields, the events and the grades are exactly as before.
"""
import pytest

from tests.network.helpers import configured_block, full_map
from tests.reflection.test_learner import GOOD
from tests.reflection.test_staff import XML as SCORED_XML
from tests.scenario.data import KEY_ANSWERS
from tests.scenario.olx_fixtures import linear_olx
from tests.store.races import failing_write, fields, tables
from weerbaarxblock.demo.services import DemoGradesService
from weerbaarxblock.store.models import ReflectionEntry


def assert_nothing_changed(workbench, block, call, student="leerling_a"):
    """``call()`` with each of its store writes failing in turn; the number of writes it makes."""
    rows, events, scores = tables(), list(workbench.events), dict(DemoGradesService.scores)
    with failing_write(0) as counted:  # never fails: counts the writes of a run that would succeed
        status, data = call_then_undo(call)
    assert status == 200, data
    assert tables() == rows and counted["writes"] >= 1
    workbench.events[:] = events  # what the counting run sent outside the database
    DemoGradesService.scores.clear()
    DemoGradesService.scores.update(scores)
    for number in range(1, counted["writes"] + 1):
        before, rows, events = fields(workbench, block, student), tables(), list(workbench.events)
        scores = dict(DemoGradesService.scores)
        with failing_write(number):
            status, data = call()
        assert status == 503 and data["retry"] is True and data["error"], (number, data)
        assert fields(workbench, block, student) == before, number
        assert tables() == rows and workbench.events == events and DemoGradesService.scores == scores, number
    return counted["writes"]


def call_then_undo(call):
    """Run ``call`` in a transaction that is rolled back: how many writes a success makes, with no trace."""
    from django.db import transaction  # noqa: PLC0415

    class Undo(Exception):
        pass

    try:
        with transaction.atomic():
            answer = call()
            raise Undo(answer)
    except Undo as undone:
        return undone.args[0]


def test_a_reflection_submit_that_fails_midway_leaves_nothing(workbench):
    block = workbench.load(SCORED_XML.replace('grading="scored"', 'grading="complete"'))
    submit = {"entry": 1, "version": 0, "answers": {"a": GOOD["a"]}}
    assert assert_nothing_changed(workbench, block, lambda: workbench.call(
        workbench.as_student(block, "leerling_a"), "submit", submit)) >= 3
    assert not ReflectionEntry.objects.exists()


def test_a_draft_save_that_fails_leaves_nothing(workbench):
    block = workbench.load(SCORED_XML)
    payload = {"entry": 1, "version": 0, "answers": {"a": "Half af"}}
    assert_nothing_changed(workbench, block, lambda: workbench.call(
        workbench.as_student(block, "leerling_a"), "save_draft", payload))


def test_a_review_that_fails_midway_leaves_nothing_and_sends_no_grade(workbench):
    block = workbench.load(SCORED_XML)
    assert workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": GOOD["a"]}})[0] == 200
    entry = ReflectionEntry.objects.get()
    review = {"entry_id": entry.id, "version": 1, "feedback": "Goed", "levels": {"z": "z2", "p": "p3"}}
    DemoGradesService.scores.clear()
    assert assert_nothing_changed(workbench, block, lambda: workbench.call(
        workbench.as_student(block, "docent"), "save_review", review), student="docent") >= 2
    assert ReflectionEntry.objects.get().status == "submitted" and not DemoGradesService.scores


def test_a_netwerkkaart_submit_that_fails_midway_leaves_nothing(workbench):
    block = configured_block(workbench, scored=True)
    assert assert_nothing_changed(workbench, block, lambda: workbench.call(
        workbench.as_student(block, "leerling_a"), "submit", {"map": full_map(), "version": 0})) >= 2


@pytest.mark.parametrize("last", [False, True])
def test_a_casus_answer_that_fails_midway_leaves_nothing(workbench, last):
    block = workbench.load(linear_olx())
    version = workbench.call(block, "start_attempt", {"version": 0})[1]["state"]["version"]
    steps = list(KEY_ANSWERS.items())
    for situation, answer in steps[:-1] if last else []:
        version = workbench.call(block, "answer", {"situation": situation, "answer": answer, "version": version})[
            1]["state"]["version"]
        version = workbench.call(block, "advance", {"version": version})[1]["state"]["version"]
    situation, answer = steps[-1] if last else steps[0]
    payload = {"situation": situation, "answer": answer, "version": version}
    assert_nothing_changed(workbench, block, lambda: workbench.call(
        workbench.as_student(block, "leerling_a"), "answer", payload))
