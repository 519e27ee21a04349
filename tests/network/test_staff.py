"""Netwerkkaart staff handlers: class overlay, learners' maps, CSV/JSON export — and 403 for learners."""
import csv
import io
import json
import re

import pytest

from .helpers import configured_block, full_map, get, small_map, with_change


def submitted_class(workbench):
    block = configured_block(workbench)
    workbench.call(block, "submit", {"map": full_map(), "version": 0})
    evil = with_change(small_map(), lambda m: m["actors"].append(
        {"id": "x", "palette": None, "label": "=HYPERLINK(\"http://evil\")<b>", "type": "persoon", "ring": "informeel",
         "sector": None, "x": 0.2, "y": 0.5, "flags": []}))
    workbench.call(workbench.as_student(block, "leerling_b"), "submit", {"map": evil, "version": 0})
    return workbench.as_student(block, "docent")


@pytest.mark.parametrize("handler", ["staff_overview", "staff_learner_map"])
def test_learners_get_403_from_staff_handlers(workbench, handler):
    block = submitted_class(workbench)
    learner = workbench.as_student(block, "leerling_a")
    status, answer = workbench.call(learner, handler, {"learner_id": "leerling_b"})
    assert status == 403 and answer["error"] == "Alleen het cursusteam mag dit doen."


def test_learners_get_403_from_the_export(workbench):
    block = submitted_class(workbench)
    for query in ("", "?format=json"):
        status, response = get(workbench.as_student(block, "leerling_a"), "export", query)
        assert status == 403
        assert "HYPERLINK" not in response.body.decode("utf-8")


def test_the_export_is_get_only(workbench):
    block = submitted_class(workbench)
    status, _answer = workbench.call(block, "export", {})
    assert status == 405


def test_the_overlay_counts_learners(workbench):
    block = submitted_class(workbench)
    status, answer = workbench.call(block, "staff_overview", {})
    assert status == 200
    overlay = answer["overlay"]
    assert overlay["learners"] == 2
    assert answer["report_above"] == 5000  # the staff view says when to use the LMS's report instead
    counts = {entry["key"]: entry["count"] for entry in overlay["actors"]}
    assert counts["p:client"] == 2 and counts["p:toezicht"] == 1 and counts["p:inkoop"] == 1
    assert counts["f:hyperlink http evil b"] == 1
    assert {learner["learner_id"] for learner in answer["learners"]} == {"leerling_a", "leerling_b"}
    names = {learner["learner_id"]: learner["name"] for learner in answer["learners"]}
    assert names["leerling_a"] == "Samira de Vries"
    by_id = {learner["learner_id"]: learner["summary"] for learner in answer["learners"]}
    assert by_id["leerling_a"]["score"] == 1 and by_id["leerling_b"]["actors_extra"] == 1


def test_staff_see_one_learners_map_with_its_comparison(workbench):
    block = submitted_class(workbench)
    status, answer = workbench.call(block, "staff_learner_map", {"learner_id": "leerling_b"})
    assert status == 200
    assert answer["name"] == "Joost Bakker" and len(answer["map"]["actors"]) == 4
    assert answer["feedback"]["actors"]["extra"][0]["reason"] == "unrecognised"
    status, answer = workbench.call(block, "staff_learner_map", {"learner_id": "niemand"})
    assert status == 400 and answer["error"] == "Deze deelnemer heeft geen kaart ingeleverd."


def test_csv_export_neutralises_formulas(workbench):
    block = submitted_class(workbench)
    status, response = get(block, "export")
    assert status == 200
    assert response.content_type == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.body.decode("utf-8").lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Id van de deelnemer", "Deelnemer", "Ingediend"]
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"http://evil\")<b>" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert len(rows) == 1 + (6 + 5) + (4 + 1)
    # what a Dutch trainer reads: local time, a decimal comma, words for kinds, directions, strengths and verdicts
    assert response.headers["Content-Disposition"] == 'attachment; filename="netwerkkaart.csv"'
    assert all(re.fullmatch(r"\d\d-\d\d-20\d\d \d\d:\d\d", row[2]) and "." not in row[3] for row in rows[1:])
    assert not {"matched", "one-way", "strong", "correct", "extra", "set_aside"} & set(cells)
    assert {row[4] for row in rows[1:]} == {"Actor", "Relatie"}
    relation = next(row for row in rows[1:] if row[4] == "Relatie")
    assert relation[10] in ("Eén kant op", "Beide kanten op", "Geen richting")
    assert relation[11] in ("Zwak", "Normaal", "Sterk")


def test_json_export(workbench):
    block = submitted_class(workbench)
    status, response = get(block, "export", "?format=json")
    assert status == 200 and response.content_type == "application/json"
    data = json.loads(response.body)
    assert sorted(entry["learner_id"] for entry in data["learners"]) == ["leerling_a", "leerling_b"]
    assert all("comparison" in entry and "map" in entry for entry in data["learners"])
    assert "palette" in data["config"]


def test_no_submissions_yet(workbench):
    block = configured_block(workbench, student="docent")
    status, answer = workbench.call(block, "staff_overview", {})
    assert status == 200 and answer["learners"] == []
    assert all(entry["count"] == 0 for entry in answer["overlay"]["actors"])


def test_staff_see_the_instructor_panel_and_learners_do_not(workbench):
    block = configured_block(workbench)
    assert "data-staff" not in workbench.render(block).body_html()
    staff_html = workbench.render(workbench.as_student(block, "docent")).body_html()
    assert "data-staff" in staff_html and "Weergave voor docenten" in staff_html
