"""Questions an author removes after learners began: their answers are kept, shown read-only and exported."""
import csv
import io
import json
import re

import webob

from weerbaarxblock.reflection.rules import removed
from weerbaarxblock.reflection.rules.config import Prompt

XML = """
<weerbaar_reflection display_name="Reflectie" review="instructor" grading="none">
  <prompt id="a" required="true"><question>Kwaliteiten?</question></prompt>
  <prompt id="b" required="false"><question>Meenemen?</question></prompt>
</weerbaar_reflection>
"""
NOTE = "This question was removed by the course team; your answer is kept."


def state_of(workbench, block, student="leerling_a"):
    body = workbench.render(workbench.as_student(block, student)).body_html()
    return json.loads(re.search(r"<script type=\"application/json\" data-state>(.*?)</script>", body, re.S)[1]), body


def without_b(workbench, block):
    """The author removes question b in the editor."""
    author = workbench.as_student(block, "docent")
    form = author.config.to_dict()
    form["prompts"] = [prompt for prompt in form["prompts"] if prompt["id"] != "b"]
    status, data = workbench.call(author, "studio_submit", form)
    assert status == 200, data


def csv_rows(workbench, block):
    staff = workbench.as_student(block, "docent")
    response = staff.runtime.handle(staff, "export_csv", webob.Request.blank("/", method="GET"))
    return list(csv.reader(io.StringIO(response.body.decode("utf-8")), delimiter=";"))


def test_a_draft_answer_to_a_removed_question_is_shown_read_only_and_survives_autosaves(workbench):
    block = workbench.load(XML)
    status, _ = workbench.call(block, "save_draft", {"entry": 1, "version": 0,
                                                     "answers": {"a": "Geduldig", "b": "Mijn <b>notitie</b>"}})
    assert status == 200
    without_b(workbench, block)
    learner = workbench.as_student(block, "leerling_a")
    state, html = state_of(workbench, block)
    assert state["answers"] == {"a": "Geduldig"}
    assert state["removed"] == [{"id": "b", "question": "Meenemen?", "answer": "Mijn <b>notitie</b>"}]
    section = html.split('data-removed-prompt="b"', 1)[1].split("data-feedback", 1)[0]
    assert "Mijn &lt;b&gt;notitie&lt;/b&gt;" in section and "Meenemen?" in section  # as text, never HTML
    assert "<textarea" not in section and 'name="b"' not in html  # read-only: the page never sends it

    status, data = workbench.call(learner, "save_draft", {"entry": 1, "version": 1, "answers": {"a": "Eerlijk"}})
    assert status == 200, data
    assert workbench.as_student(block, "leerling_a").draft_answers == {"a": "Eerlijk", "b": "Mijn <b>notitie</b>"}
    assert state_of(workbench, block)[0]["removed"][0]["answer"] == "Mijn <b>notitie</b>"


def test_the_page_shows_the_note_from_the_catalog(workbench):
    block = workbench.load(XML)
    workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": {"a": "x", "b": "bewaard"}})
    without_b(workbench, block)
    learner = workbench.as_student(block, "leerling_a")
    _state, html = state_of(workbench, block)
    assert learner.gettext(NOTE) in html


def test_a_submitted_answer_to_a_removed_question_stays_in_the_entry_and_the_csv(workbench):
    block = workbench.load(XML)
    status, _ = workbench.call(block, "submit", {"entry": 1, "version": 0,
                                                 "answers": {"a": "Geduldig", "b": "=1+1 bewaard"}})
    assert status == 200
    other = workbench.as_student(block, "leerling_b")
    status, _ = workbench.call(other, "submit", {"entry": 1, "version": 0, "answers": {"a": "Rustig"}})
    assert status == 200
    without_b(workbench, block)
    header, *rows = csv_rows(workbench, block)
    assert header.index("Meenemen?") == header.index("Kwaliteiten?") + 1
    column = header.index("Meenemen?")
    assert sorted(row[column] for row in rows) == ["", "'=1+1 bewaard"]  # a formula stays harmless


def test_resubmitting_after_the_removal_keeps_the_answer(workbench):
    block = workbench.load(XML.replace('grading="none"', 'grading="none" may_edit_after_submit="true"'))
    workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": "Geduldig", "b": "bewaard"}})
    without_b(workbench, block)
    learner = workbench.as_student(block, "leerling_a")
    status, data = workbench.call(learner, "submit", {"entry": 1, "version": 1, "answers": {"a": "Eerlijk"}})
    assert status == 200, data
    assert data["state"]["removed"] == [{"id": "b", "question": "Meenemen?", "answer": "bewaard"}]
    header, row = csv_rows(workbench, block)
    assert row[header.index("Meenemen?")] == "bewaard" and row[header.index("Kwaliteiten?")] == "Eerlijk"


def test_a_question_removed_by_an_olx_import_is_headed_by_its_id(workbench):
    block = workbench.load(XML)
    workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": "Geduldig", "b": "bewaard"}})
    author = workbench.as_student(block, "docent")
    author.prompts = [prompt for prompt in author.prompts if prompt["id"] != "b"]  # as a re-import would leave it
    author.save()
    header, row = csv_rows(workbench, block)
    assert row[header.index("b")] == "bewaard"


def test_a_question_that_comes_back_takes_its_answer_back_into_the_form(workbench):
    block = workbench.load(XML)
    workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": {"a": "x", "b": "bewaard"}})
    author = workbench.as_student(block, "docent")
    form = author.config.to_dict()
    without_b(workbench, block)
    status, _ = workbench.call(workbench.as_student(block, "docent"), "studio_submit", form)
    assert status == 200
    assert workbench.as_student(block, "docent").removed_prompts == {}
    state, _html = state_of(workbench, block)
    assert state["answers"] == {"a": "x", "b": "bewaard"} and state["removed"] == []


def test_before_anyone_began_a_removed_question_is_not_recorded(workbench):
    block = workbench.load(XML)
    without_b(workbench, block)
    assert workbench.as_student(block, "docent").removed_prompts == {}


def prompt(prompt_id, question="?"):
    return Prompt(id=prompt_id, question=question, guidance="", required=False, min_words=None, max_words=None)


def test_the_rules_keep_only_non_empty_answers_to_removed_questions():
    prompts = [prompt("a")]
    stored = {"a": "oud", "b": "bewaard", "c": "  ", "d": None}
    assert removed.kept_answers(prompts, stored) == {"b": "bewaard"}
    assert removed.with_kept(prompts, {"a": "nieuw"}, stored) == {"a": "nieuw", "b": "bewaard"}
    assert removed.remember([prompt("a", "A?"), prompt("b", "B?")], prompts, {"z": "Z?", "q": 3}) == {
        "z": "Z?", "b": "B?"}
    assert removed.export_columns(prompts, {"b": "B?"}, {"a", "b", "x"}) == [("b", "B?"), ("x", "x")]
