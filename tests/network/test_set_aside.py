"""Netwerkkaart: a relation whose type the author removed, with every other type between its actors taken.

It is set aside, never dropped: kept with its note in the stored map across saves and the submit (from the
stored map only, never from a request), listed read-only for the learner, shown to staff and exported, outside
the comparison; the learner puts it back by adding it again with the same note.
"""
import csv
import io
import json

from tests.network.fixtures import authoring, config
from weerbaarxblock.network.rules.model import validate_map
from weerbaarxblock.network.rules.reconcile import kept_aside, reconcile_map

from .helpers import configured_block, get, view_state

TYPES = ("samenwerking", "informatie", "geld", "afhankelijkheid", "druk", "zorgrelatie")


def two_actors_every_type():
    """Two list actors and one relation of every type between them, each with its own note."""
    actors = [
        {"id": "a0", "palette": "client", "label": "Cliënt", "type": "persoon", "ring": "huishouden",
         "sector": None, "x": 0.1, "y": 0.1, "flags": []},
        {"id": "a1", "palette": "z", "label": "Zorgaanbieder Z", "type": "ondermijnend", "ring": "op-afstand",
         "sector": None, "x": -0.8, "y": 0.3, "flags": []},
    ]
    relations = [
        {"id": f"r{index}", "source": "a0", "target": "a1", "type": kind, "direction": "none",
         "strength": "normal", "note": f"over {kind}", "flags": []}
        for index, kind in enumerate(TYPES)
    ]
    return {"actors": actors, "relations": relations}


def without_druk(data):
    data["relation_types"] = [kind for kind in data["relation_types"] if kind["id"] != "druk"]
    return data


# ---- pure -----------------------------------------------------------------------------------------------------
def test_a_relation_without_a_free_type_is_set_aside_with_its_note():
    stored = validate_map(two_actors_every_type(), config())
    reconciled, report = reconcile_map(stored, without_druk(config()))
    assert report == {"flagged": 0, "set_aside": 1}
    assert [item["id"] for item in reconciled["relations"]] == ["r0", "r1", "r2", "r3", "r5"]
    assert reconciled["set_aside"] == [{
        "id": "r4", "source": "a0", "target": "a1", "source_label": "Cliënt", "target_label": "Zorgaanbieder Z",
        "type": "druk", "direction": "none", "strength": "normal", "note": "over druk",
    }]
    assert reconcile_map(reconciled, without_druk(config()))[0] == reconciled  # stable when read again


def test_the_relation_with_the_removed_type_is_the_one_set_aside_wherever_it_stands():
    data = two_actors_every_type()
    data["relations"].reverse()
    reconciled, _report = reconcile_map(validate_map(data, config()), without_druk(config()))
    assert [item["id"] for item in reconciled["set_aside"]] == ["r4"]


def test_a_set_aside_relation_keeps_its_actors_names_when_they_leave_the_map():
    reconciled, _report = reconcile_map(validate_map(two_actors_every_type(), config()), without_druk(config()))
    reconciled["actors"] = reconciled["actors"][:1]
    again, report = reconcile_map(reconciled, without_druk(config()))
    assert again["set_aside"][0]["target_label"] == "Zorgaanbieder Z" and report["set_aside"] == 1


def test_only_a_new_relation_with_the_same_actors_and_note_takes_one_out_of_the_list():
    stored, _report = reconcile_map(validate_map(two_actors_every_type(), config()), without_druk(config()))
    same = dict(stored, relations=list(stored["relations"]))
    assert kept_aside(stored, same) == stored["set_aside"]
    edited = dict(stored, relations=[dict(stored["relations"][0], note="over druk")] + stored["relations"][1:])
    assert kept_aside(stored, edited) == stored["set_aside"]  # an existing relation's note changed: still kept
    again = dict(stored["set_aside"][0], id="r9", type="geld", source="a1", target="a0", note=" over druk ")
    added = dict(stored, relations=[item for item in stored["relations"] if item["type"] != "geld"] + [again])
    assert kept_aside(stored, added) == []


def test_garbage_in_the_set_aside_list_is_left_out():
    reconciled, report = reconcile_map({"actors": [], "relations": [], "set_aside": [None, {"id": "x y"}, 5]},
                                       config())
    assert reconciled["set_aside"] == [] and report["set_aside"] == 0


# ---- the block --------------------------------------------------------------------------------------------------
def learner_with_a_relation_set_aside(workbench):
    block = configured_block(workbench)
    status, answer = workbench.call(block, "save_map", {"map": two_actors_every_type(), "version": 0})
    assert status == 200, answer
    status, answer = workbench.call(workbench.as_student(block, "docent"), "studio_submit",
                                    without_druk(authoring()))
    assert status == 200, answer
    return workbench.as_student(block, "leerling_a")


def browser_map(state):
    """The map as the learner's browser sends it: actors and relations only."""
    return {"actors": state["map"]["actors"], "relations": state["map"]["relations"]}


def test_the_learner_sees_it_read_only_and_every_save_keeps_it(workbench):
    block = learner_with_a_relation_set_aside(workbench)
    state, html = view_state(workbench, block)
    assert state["report"]["set_aside"] == 1 and "over druk" in html and "data-set-aside" in html
    version = state["version"]
    for request_map in (browser_map(state), dict(browser_map(state), set_aside=[]),
                        dict(browser_map(state), set_aside=[{"id": "r4", "source": "a0", "target": "a1",
                                                             "note": "vervalst"}])):
        status, answer = workbench.call(block, "save_map", {"map": request_map, "version": version})
        assert status == 200, answer
        version = answer["version"]
        assert [item["note"] for item in block.learner_map["set_aside"]] == ["over druk"]
    assert len(block.learner_map["relations"]) == 5


def test_adding_it_again_with_its_note_puts_it_back(workbench):
    block = learner_with_a_relation_set_aside(workbench)
    state, _html = view_state(workbench, block)
    request_map = browser_map(state)
    request_map["relations"] = [item for item in request_map["relations"] if item["type"] != "geld"] + [
        {"id": "r9", "source": "a0", "target": "a1", "type": "geld", "direction": "none", "strength": "normal",
         "note": "over druk", "flags": []}]
    status, answer = workbench.call(block, "save_map", {"map": request_map, "version": state["version"]})
    assert status == 200, answer
    assert block.learner_map["set_aside"] == []
    assert "r9" in {item["id"] for item in block.learner_map["relations"]}


def test_submit_staff_view_and_exports_keep_it_outside_the_comparison(workbench):
    block = learner_with_a_relation_set_aside(workbench)
    state, _html = view_state(workbench, block)
    status, answer = workbench.call(block, "submit", {"map": browser_map(state), "version": state["version"]})
    assert status == 200, answer
    assert [item["note"] for item in block.learner_map["set_aside"]] == ["over druk"]
    staff = workbench.as_student(block, "docent")
    status, seen = workbench.call(staff, "staff_learner_map", {"learner_id": "leerling_a"})
    assert status == 200, seen
    assert [(item["id"], item["note"]) for item in seen["map"]["set_aside"]] == [("r4", "over druk")]
    status, overview = workbench.call(staff, "staff_overview", {})
    assert status == 200 and overview["learners"][0]["relations"] == 5
    counted = overview["learners"][0]["summary"]
    assert sum(counted[key] for key in ("relations_correct", "relations_wrong_type", "relations_wrong_direction",
                                        "relations_extra")) == 5  # the comparison leaves it out

    status, response = get(staff, "export", "?format=csv")
    assert status == 200
    rows = list(csv.reader(io.StringIO(response.body.decode("utf-8")), delimiter=";"))
    aside = [row for row in rows if "over druk" in row]
    assert len(aside) == 1 and aside[0][-1] == "Opzijgezet" and aside[0][5] == "r4"
    assert {"Cliënt", "Zorgaanbieder Z"} <= set(aside[0])
    status, response = get(staff, "export", "?format=json")
    assert status == 200
    learner = json.loads(response.body.decode("utf-8"))["learners"][0]
    assert [item["note"] for item in learner["map"]["set_aside"]] == ["over druk"]
