"""Casus for instructors: the report (distribution, mean score, divergence, attempts) and the CSV export."""
import csv
import io
import re

import pytest

from .data import KEY_ANSWERS
from .olx_fixtures import branching_olx, linear_olx
from .test_learner import WRONG, play


def test_staff_report_is_staff_only(workbench):
    block = workbench.load(linear_olx())
    status, data = workbench.call(block, "staff_report", {})
    assert (status, data["error"]) == (403, "Alleen het cursusteam mag dit doen.")


@pytest.mark.parametrize("student", ["leerling_a", "none"])
def test_csv_export_is_staff_only(workbench, student):
    block = workbench.load(linear_olx(), student=student)
    status, data = workbench.call(block, "export_csv", body=b"", method="GET")
    assert status == 403 and "Alleen het cursusteam" in data["error"]


def test_csv_export_is_get_only(workbench):
    block = workbench.load(linear_olx(), student="docent")
    status, _data = workbench.call(block, "export_csv", {})
    assert status == 405


def test_report_shows_distribution_mean_score_divergence_paths_and_justifications(workbench):
    block = workbench.load(linear_olx(allow_back=True))
    play(workbench, block, list(KEY_ANSWERS.items()), "Eerst het gesprek")
    learner_b = workbench.as_student(block, "leerling_b")
    play(workbench, learner_b, [("s1", {"choice": "c"})])
    workbench.call(learner_b, "go_back", {})
    workbench.call(learner_b, "answer", {"situation": "s1", "answer": {"choice": "a"}, "justification": "Toch niet"})

    status, report = workbench.call(workbench.as_student(block, "docent"), "staff_report", {})
    assert status == 200
    assert report["learners"] == 2
    first = report["situations"][0]  # the largest divergence from the key comes first
    assert first["situation"] == "s1" and first["count"] == 2
    # Each learner's FIRST answer counts (given before the key was seen): Joost's c, not the a he went back for.
    assert first["mean_score"] == pytest.approx(0.75)
    assert [row["chosen"] for row in first["options"]] == [0, 50, 50]
    assert first["most_divergent"] == "c"
    attempts = {item["learner_name"]: item for item in report["attempts"]}
    assert set(attempts) == {"Samira de Vries", "Joost Bakker"}
    assert attempts["Samira de Vries"]["path"] == ["s1", "s2", "s3", "s4"]
    assert attempts["Samira de Vries"]["answers"][0]["justification"] == "Eerst het gesprek"
    joost = attempts["Joost Bakker"]["answers"]
    assert [(a["answer"], a["withdrawn"]) for a in joost] == [({"choice": "c"}, True), ({"choice": "a"}, False)]
    assert joost[1]["title"] == "Situatie s1" and joost[1]["text"] == "Optie a"  # the option's text, not its id


def test_csv_has_one_row_per_answer_and_cannot_run_formulas(workbench):
    block = workbench.load(linear_olx())
    play(workbench, block, [("s1", {"choice": "b"})], '=HYPERLINK("http://evil.example","klik")')
    status, body = workbench.call(workbench.as_student(block, "docent"), "export_csv", body=b"", method="GET")
    assert status == 200
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Id van de deelnemer", "Deelnemer", "Poging"]
    assert len(rows) == 2
    assert rows[1][1] == "Samira de Vries" and rows[1][4] == "s1"
    assert rows[1][9] == '\'=HYPERLINK("http://evil.example","klik")'
    # what a Dutch trainer reads: the format and the option in words, a local time, a decimal comma
    assert rows[1][6:8] == ["Kies de beste reactie", "Optie b"]
    assert re.fullmatch(r"\d\d-\d\d-20\d\d \d\d:\d\d", rows[1][11])
    assert "." not in rows[1][8] + rows[1][12]


def test_report_and_csv_say_which_ending_each_attempt_reached(workbench):
    block = workbench.load(branching_olx())
    play(workbench, block, [("s1", {"choice": "c"})])  # option c ends at once in "Verwaterd"
    other = workbench.as_student(block, "leerling_b")
    play(workbench, other, [("s1", {"choice": "a"}), ("s2", {"order": ["a", "b", "c"]})])
    staff = workbench.as_student(block, "docent")
    _status, report = workbench.call(staff, "staff_report", {})
    assert {item["learner_name"]: item["ending_title"] for item in report["attempts"]} == {
        "Samira de Vries": "Verwaterd", "Joost Bakker": "Goed afgelopen"}
    _status, body = workbench.call(staff, "export_csv", body=b"", method="GET")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert [row[-1] for row in rows[1:]] == ["Goed afgelopen", "Goed afgelopen", "Verwaterd"]


def test_the_dashboard_report_names_the_ending_too(workbench):
    block = workbench.load(branching_olx())
    play(workbench, block, [("s1", {"choice": "c"})])  # option c ends at once in "Verwaterd"

    class UserState:
        username = "leerling_a"  # the workbench names learners by their id
        state = {}

    rows = list(block.generate_report_data(iter([UserState()])))
    assert rows[0][1]["ending"] == "Verwaterd"


def test_csv_response_headers(workbench):
    block = workbench.load(linear_olx(), student="docent")
    import webob

    request = webob.Request.blank("/", method="GET")
    response = block.runtime.handle(block, "export_csv", request)
    assert response.content_type == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="casus-test.csv"'  # "Casus test"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_report_survives_an_authors_edit(workbench):
    block = workbench.load(linear_olx())
    play(workbench, block, list(WRONG.items()))
    staff = workbench.as_student(block, "docent")
    from .data import linear

    data = linear()
    data["situations"][0]["options"].pop(0)  # option a, which the learner chose, is removed
    data["situations"][0]["key"]["points"] = {"b": 2, "c": 1}
    del data["situations"][1]  # and situation s2 with it
    status, _ = workbench.call(staff, "studio_submit", {"display_name": "Casus", "settings": {}, "scenario": data})
    assert status == 200
    status, report = workbench.call(workbench.as_student(block, "docent"), "staff_report", {})
    assert status == 200
    by_id = {item["situation"]: item for item in report["situations"]}
    assert by_id["s1"]["count"] == 0 and by_id["s1"]["outdated"] == 1
    answers = report["attempts"][0]["answers"]
    assert [a["removed"] for a in answers] == [False, True, False, False]
    status, body = workbench.call(workbench.as_student(block, "docent"), "export_csv", body=b"", method="GET")
    assert status == 200 and body.count("\r\n") == 5


def test_problem_responses_report_has_a_row_per_answer_as_the_csv_export(workbench):
    """The report is where a large class's answers go: each answer's text, justification, score, withdrawn."""
    block = workbench.load(linear_olx())
    play(workbench, block, list(KEY_ANSWERS.items()), justification="omdat")
    workbench.call(block, "retry", {})
    play(workbench, block, list(WRONG.items()))
    fresh = workbench.as_student(block, "leerling_a")

    class UserState:
        username = "leerling_a"
        state = {"attempt": fresh.attempt, "history": fresh.history}

    rows = list(fresh.generate_report_data(iter([UserState()])))
    assert [(name, row["attempt"], row["step"], row["situation_id"]) for name, row in rows] == [
        ("leerling_a", attempt, step, f"s{step}") for attempt in (1, 2) for step in range(1, 5)]
    first = rows[0][1]
    assert (first["score"], first["justification"], first["withdrawn"], first["attempt_score"]) == (1, "omdat", "", 1)
    assert first["answer"] and first["format"] and first["situation"] and first["answered_at"]
    assert len(list(fresh.generate_report_data(iter([UserState()]), limit_responses=1))) == 1


def test_the_demo_course_has_a_linear_and_a_branching_casus_with_all_formats(workbench):
    from weerbaarxblock.scenario.block import ScenarioBlock
    from weerbaarxblock.scenario.rules.paths import successors

    formats, branching = set(), False
    for _title, xml in ScenarioBlock.workbench_scenarios():
        block = workbench.load(xml)
        scenario = block.clean_scenario()
        assert scenario is not None
        formats |= {s["format"] for s in scenario["situations"]}
        branching |= any(len(successors(scenario, s)) > 1 for s in scenario["situations"])
    assert formats == {"pick_best", "best_worst", "rate", "rank"} and branching


def test_the_download_says_when_to_use_the_lms_report(workbench):
    block = workbench.load(linear_olx(), student="docent")
    body = workbench.render(block).body_html()
    note = re.search(r'<p class="wb-muted" id="([^"]+)-export-note">(.*?)</p>', body, re.S)
    assert note and "5000" in note.group(2)
    assert f'aria-describedby="{note.group(1)}-export-note"' in body
