"""Pseudonyms where the author chose them: a staff name search in each block looks only at the names staff see,
so a real name finds no pseudonymous learner, and the instructor's view of an entry with its case work names no
one."""
import json

import pytest

from tests.core.test_case_thread import ANSWERS, CASE, LINKED_REFLECTION, casus, kaart
from tests.network.helpers import small_map
from tests.scenario.test_learner import play
from weerbaarxblock.store.models import NetworkSubmission, ReflectionEntry, ScenarioAttempt


def reflection_done(workbench):
    block = workbench.load(LINKED_REFLECTION)
    learner = workbench.as_student(block, "leerling_a")
    status, data = workbench.call(learner, "submit", {"entry": 1, "version": 0,
                                                      "answers": {"terugblik": "Ik leerde veel.", "los": ""}})
    assert status == 200, data
    return block, ReflectionEntry


def scenario_done(workbench):
    block = casus(workbench)
    play(workbench, block, ANSWERS)
    return block, ScenarioAttempt


def network_done(workbench):
    block = kaart(workbench)
    status, data = workbench.call(block, "submit", {"map": small_map(), "version": 0})
    assert status == 200, data
    return block, NetworkSubmission


def found(workbench, kind, block, search):
    """How many rows the instructor's name search finds."""
    staff = workbench.as_student(block, "docent")
    handler = {"reflection": "review_list", "scenario": "staff_report", "network": "staff_learners"}[kind]
    status, data = workbench.call(staff, handler, {"search": search})
    assert status == 200, data
    return data["total"]


def shown_name(workbench, kind, block):
    staff = workbench.as_student(block, "docent")
    if kind == "reflection":
        return workbench.call(staff, "review_list", {})[1]["rows"][0]["name"]
    if kind == "scenario":
        return workbench.call(staff, "staff_report", {})[1]["attempts"][0]["learner_name"]
    return workbench.call(staff, "staff_learners", {})[1]["learners"][0]["name"]


@pytest.mark.parametrize("kind, done", [("reflection", reflection_done), ("scenario", scenario_done),
                                        ("network", network_done)])
def test_with_pseudonyms_a_real_name_finds_no_one_and_the_pseudonym_does(workbench, kind, done):
    block, model = done(workbench)
    real = model.objects.get().learner_name
    assert real and found(workbench, kind, block, real) == 1  # without pseudonyms: the name search as before
    block.show_pseudonyms = True
    block.save()
    pseudonym = shown_name(workbench, kind, block)
    assert real not in pseudonym
    code = pseudonym.split()[-1]
    assert found(workbench, kind, block, real) == 0
    assert found(workbench, kind, block, real[:4]) == 0
    assert found(workbench, kind, block, "leerling_a") == 0  # nor the learner's id
    assert found(workbench, kind, block, code.lower()) == 1
    assert found(workbench, kind, block, pseudonym) == 1


def test_the_entry_with_its_case_work_names_the_learner_by_pseudonym_only(workbench):
    play(workbench, casus(workbench), ANSWERS, justification="Mijn pad")
    block, _model = reflection_done(workbench)
    real = ReflectionEntry.objects.get().learner_name
    block.show_pseudonyms = True
    block.save()
    staff = workbench.as_student(block, "docent")
    rows = workbench.call(staff, "review_list", {})[1]["rows"]
    status, data = workbench.call(staff, "review_entry", {"entry_id": rows[0]["entry_id"]})
    assert status == 200 and data["entry"]["name"] == rows[0]["name"] and data["entry"]["case_work"][CASE]
    shown = json.dumps(data, ensure_ascii=False)
    assert real not in shown and "leerling_a" not in shown
