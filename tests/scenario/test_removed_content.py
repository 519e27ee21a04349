"""Casus content removed after learners answered: the CSV export still holds every answer and justification."""
import csv
import io

from .data import linear
from .olx_fixtures import linear_olx

WRONG = [("s1", {"choice": "a"}), ("s2", {"best": "c", "worst": "a"}), ("s3", {"ratings": {"a": 1, "b": 5, "c": 3}}),
         ("s4", {"order": ["c", "a", "b"]})]


def play(workbench, block):
    status, data = workbench.call(block, "start_attempt", {"version": 0})
    assert status == 200, data
    for situation, answer in WRONG:
        version = data["state"].get("version", 0)
        status, data = workbench.call(block, "answer", {"situation": situation, "answer": answer,
                                                        "justification": f"waarom {situation}", "version": version})
        assert status == 200, data
        status, data = workbench.call(block, "advance", {"version": data["state"].get("version", 0)})
        assert status == 200, data


def test_answers_to_removed_options_and_situations_stay_in_the_csv(workbench):
    block = workbench.load(linear_olx())
    play(workbench, block)
    data = linear()
    data["situations"][0]["options"].pop(0)  # option a, which the learner chose, is removed
    data["situations"][0]["key"]["points"] = {"b": 2, "c": 1}
    del data["situations"][1]  # and situation s2 with it
    staff = workbench.as_student(block, "docent")
    status, answer = workbench.call(staff, "studio_submit", {"display_name": "Casus", "settings": {}, "scenario": data})
    assert status == 200, answer
    status, body = workbench.call(workbench.as_student(block, "docent"), "export_csv", body=b"", method="GET")
    assert status == 200
    header, *rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    by_situation = {row[4]: row for row in rows}
    assert set(by_situation) == {"s1", "s2", "s3", "s4"}
    # a removed option keeps its id, a removed situation its options' ids: nothing else is left to name them by
    assert by_situation["s1"][7] == "a" and by_situation["s2"][7] == "beste: c / slechtste: a"
    assert [by_situation[key][9] for key in ("s1", "s2", "s3", "s4")] == [
        "waarom s1", "waarom s2", "waarom s3", "waarom s4"]
