"""Reflectiejournaal, the learner's handlers and view: drafts, versions, submission, feedback, bad input."""
import json
import re

import pytest

from tests.assets import loaded_text
from weerbaarxblock.store.models import ReflectionEntry, ReflectionVersion

XML = """
<weerbaar_reflection display_name="Reflectie" review="instructor" grading="complete"
    may_edit_after_submit="false" may_revise_after_feedback="true">
  <prompt id="a" required="true" min_words="3" max_words="8"><question>Kwaliteiten?</question></prompt>
  <prompt id="b" required="false"><question>Meenemen?</question></prompt>
</weerbaar_reflection>
"""
JOURNAL = XML.replace('display_name="Reflectie"', 'display_name="Dagboek" mode="journal"')
GOOD = {"a": "Ik ben geduldig en eerlijk", "b": ""}
SHORT_TRICKY = '<script>x</script> "><img onerror=y> 🙂\n\n\u200fשלום\u200f'  # 7 words
TRICKY = '<script>alert("x")</script>\n\n"><img src=x onerror=alert(1)> 🙂🎉 \u200fשלום עולם\u200f & co'


def draft(workbench, block, answers, version=0, entry=1):
    return workbench.call(block, "save_draft", {"entry": entry, "version": version, "answers": answers})


def submit(workbench, block, answers=None, version=0, entry=1):
    return workbench.call(block, "submit", {"entry": entry, "version": version, "answers": answers or GOOD})


def state_of(workbench, block):
    body = workbench.render(block).body_html()
    match = re.search(r'<script type="application/json" data-state>(.*?)</script>', body, re.S)
    return json.loads(match.group(1)), body


def reload(workbench, block, student="leerling_a"):
    return workbench.as_student(block, student)


# ---- drafts ---------------------------------------------------------------------------------------------------


def test_a_draft_is_saved_versioned_and_listed_for_staff(workbench):
    block = workbench.load(XML)
    status, data = draft(workbench, block, {"a": "Eerste zin"})
    assert status == 200
    assert data["version"] == 1 and data["word_counts"] == {"a": 2, "b": 0} and data["saved_at"]
    block = reload(workbench, block)
    assert block.draft_answers == {"a": "Eerste zin", "b": ""} and block.draft_version == 1
    row = ReflectionEntry.objects.get()
    assert (row.status, row.word_count, row.learner_name, row.version) == ("draft", 2, "Samira de Vries", 0)
    assert row.answers == {}  # draft text stays in the learner's own state
    assert workbench.events_named("weerbaar.reflection.draft_saved") == [{"entry": 1, "version": 1, "word_count": 2}]


def test_text_comes_back_exactly_and_is_escaped_in_the_page(workbench):
    block = workbench.load(XML)
    assert draft(workbench, block, {"a": TRICKY})[0] == 200
    state, body = state_of(workbench, reload(workbench, block))
    assert state["answers"]["a"] == TRICKY
    assert "<script>alert" not in body and "<img" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body  # the textarea holds the escaped text


def test_a_stale_version_is_refused_with_409_and_changes_nothing(workbench):
    block = workbench.load(XML)
    assert draft(workbench, block, {"a": "tab een"})[0] == 200
    status, data = draft(workbench, reload(workbench, block), {"a": "tab twee, oud"}, version=0)
    assert status == 409
    assert data["conflict"] is True and data["version"] == 1 and data["field"] == "version"
    assert data["error"].startswith("Je tekst is in een ander tabblad of venster opgeslagen")
    block = reload(workbench, block)
    assert block.draft_answers["a"] == "tab een" and block.draft_version == 1
    status, data = submit(workbench, block, version=0)
    assert status == 409
    assert "niet ingediend" in data["error"] and "opgeslagen." not in data["error"]  # a submit is not a save
    assert not ReflectionVersion.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"entry": 1, "version": 0, "answers": {"a": "nul\x00teken"}}, "answers.a"),
        ({"entry": 1, "version": 0, "answers": {"a": "x" * 20_001}}, "answers.a"),
        ({"entry": 1, "version": 0, "answers": {"a": "🙂" * 20_001}}, "answers.a"),
        ({"entry": 1, "version": 0, "answers": {"a": "\u200fש" * 10_001}}, "answers.a"),
        ({"entry": 1, "version": 0, "answers": {"onbekend": "x"}}, "answers"),
        ({"entry": 1, "version": 0, "answers": {"a": ["x"]}}, "answers.a"),
        ({"entry": 1, "version": 0, "answers": "tekst"}, "answers"),
        ({"entry": "1", "version": 0, "answers": {}}, "entry"),
        ({"entry": 1, "version": 1.5, "answers": {}}, "version"),
        ({"entry": 1, "version": True, "answers": {}}, "version"),
        ({"entry": 1, "answers": {}}, "version"),
        ({"entry": 2, "version": 0, "answers": {}}, "entry"),
    ],
)
@pytest.mark.parametrize("handler", ["save_draft", "submit"])
def test_bad_input_is_a_clear_400_and_changes_nothing(workbench, handler, payload, field):
    block = workbench.load(XML)
    status, data = workbench.call(block, handler, payload)
    assert status == 400
    assert data["error"]
    reported = [problem["field"] for problem in data.get("problems", [])] or [data.get("field")]
    assert field in reported
    block = reload(workbench, block)
    assert block.draft_version == 0 and block.draft_answers == {}
    assert not ReflectionEntry.objects.exists()
    assert workbench.events == []


@pytest.mark.parametrize("body", [b"{niet json", b"[]", b"null", b'"x"', b"\xff\xfe"])
@pytest.mark.parametrize("handler", ["save_draft", "submit", "mark_feedback_seen"])
def test_malformed_bodies_are_refused(workbench, handler, body):
    block = workbench.load(XML)
    status, data = workbench.call(block, handler, body=body)
    assert status == 400
    assert data["error"] in ("Het verzoek kon niet worden gelezen: het is geen geldige JSON.",
                             "Het verzoek moet een JSON-object zijn.")


def test_the_nul_message_is_dutch(workbench):
    block = workbench.load(XML)
    _status, data = draft(workbench, block, {"a": "a\x00"})
    assert data["problems"][0]["message"] == workbench_message(block, "nul_character", "answers.a")


def workbench_message(block, code, field):
    from weerbaarxblock.core.rules.problems import Problem

    return block.problem_message(Problem(code, field=field))


# ---- submission -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"a": "", "b": "x"}, "Deze vraag moet je beantwoorden."),
        ({"a": "   \n\t\u200f  ", "b": ""}, "Deze vraag moet je beantwoorden."),
        ({"a": "twee woorden", "b": ""}, "Dit antwoord heeft 2 woorden; schrijf er minstens 3."),
        ({"a": "🙂 een 🙂🙂 twee 🙂🙂🙂🙂🙂", "b": ""}, "Dit antwoord heeft 2 woorden; schrijf er minstens 3."),
        ({"a": "een twee drie vier vijf zes zeven acht negen", "b": ""},
         "Dit antwoord heeft 9 woorden; er zijn er hoogstens 8 toegestaan."),
        ({"a": "א ב ג ד ה ו ז ח ט", "b": ""}, "Dit antwoord heeft 9 woorden; er zijn er hoogstens 8 toegestaan."),
    ],
)
def test_submission_checks_limits_on_the_server(workbench, answers, message):
    block = workbench.load(XML)
    status, data = submit(workbench, block, answers)
    assert status == 400
    assert data["problems"] == [{"field": "answers.a", "message": message}]
    assert not ReflectionEntry.objects.exists()
    assert workbench.events == []


def test_submitting_completes_grades_and_locks_the_entry(workbench):
    block = workbench.load(XML)
    draft(workbench, block, {"a": "bijna"})
    status, data = submit(workbench, reload(workbench, block), {"a": SHORT_TRICKY, "b": ""}, version=1)
    assert status == 200
    state = data["state"]
    assert state["status"] == "submitted" and state["submitted_at"] and state["editable"] is False
    assert state["answers"]["a"] == SHORT_TRICKY and state["version"] == 2
    entry = ReflectionEntry.objects.get()
    assert (entry.status, entry.version, entry.answers["a"]) == ("submitted", 1, SHORT_TRICKY)
    assert entry.versions.get().answers["a"] == SHORT_TRICKY
    assert workbench.events_named("completion") == [{"completion": 1.0}]
    assert workbench.events_named("grade") == [{"value": 1, "max_value": 1}]
    assert workbench.events_named("weerbaar.reflection.submitted") == [
        {"entry": 1, "version": 1, "status": "submitted", "word_count": entry.word_count}
    ]
    # Neither a later draft nor a second submission may change it.
    status, data = draft(workbench, reload(workbench, block), {"a": "stiekem"}, version=2)
    assert status == 400 and data["error"] == "Deze bijdrage is ingediend en kan niet meer worden gewijzigd."
    assert submit(workbench, reload(workbench, block), version=2)[0] == 400
    assert ReflectionEntry.objects.get().version == 1


def test_editing_after_submission_when_the_author_allows_it(workbench):
    block = workbench.load(XML.replace('may_edit_after_submit="false"', 'may_edit_after_submit="true"'))
    submit(workbench, block)
    block = reload(workbench, block)
    assert draft(workbench, block, {"a": "Ik ben geduldig, eerlijk en nieuwsgierig"}, version=1)[0] == 200
    assert ReflectionEntry.objects.get().answers == GOOD  # what staff see stays the submitted text until resubmitted
    status, data = submit(workbench, reload(workbench, block), {"a": "Ik ben geduldig, eerlijk en nieuwsgierig"},
                          version=2)
    assert status == 200 and data["state"]["status"] == "submitted"
    assert ReflectionEntry.objects.get().versions.count() == 2


def test_no_grade_when_the_author_chose_none(workbench):
    block = workbench.load(XML.replace('grading="complete"', 'grading="none"'))
    assert submit(workbench, block)[0] == 200
    assert workbench.events_named("grade") == []
    assert workbench.events_named("completion") == [{"completion": 1.0}]


# ---- journal mode -----------------------------------------------------------------------------------------------


def test_journal_entries_follow_each_other_with_their_history(workbench):
    block = workbench.load(JOURNAL)
    assert submit(workbench, block)[0] == 200
    block = reload(workbench, block)
    state, _body = state_of(workbench, block)
    assert state["can_start_new"] and state["entry"] == 1
    assert draft(workbench, block, {"a": "Tweede"}, version=1, entry=3)[0] == 400
    assert draft(workbench, block, {"a": "Tweede invoer"}, version=1, entry=2)[0] == 200
    state, _body = state_of(workbench, reload(workbench, block))
    assert state["entry"] == 2 and state["status"] == "draft" and state["answers"]["a"] == "Tweede invoer"
    assert [item["number"] for item in state["history"]] == [1]
    assert state["history"][0]["answers"] == GOOD
    assert submit(workbench, reload(workbench, block), {"a": "Tweede invoer is nu af", "b": ""},
                  version=2, entry=2)[0] == 200
    assert list(ReflectionEntry.objects.order_by("number").values_list("number", "status")) == [
        (1, "submitted"), (2, "submitted")
    ]


def test_the_state_a_submission_answers_is_the_state_the_page_reads(workbench):
    """The submit builds its answer from the entries it read in its transaction: the same as reading them anew."""
    block = workbench.load(JOURNAL)

    def submitted_state(answers, version, entry):
        status, data = submit(workbench, reload(workbench, block), answers, version=version, entry=entry)
        assert status == 200
        page, _body = state_of(workbench, reload(workbench, block))
        assert data["state"] == page
        return data["state"]

    submitted_state(GOOD, 0, 1)
    staff = workbench.as_student(block, "docent")
    row = ReflectionEntry.objects.get()
    assert workbench.call(staff, "save_review", {"entry_id": row.id, "version": 1, "feedback": "Goed zo."})[0] == 200
    state = submitted_state({"a": "Ik ben nu geduldiger en eerlijk"}, 1, 1)  # revised after the feedback
    assert state["reviews"] and state["reviews"][0]["feedback"] == "Goed zo." and state["status"] == "changed"
    state = submitted_state({"a": "Tweede invoer is nu af"}, 2, 2)
    assert [item["number"] for item in state["history"]] == [1] and state["history"][0]["reviews"]


# ---- view and mobile data ------------------------------------------------------------------------------------


def test_the_learner_view_is_dutch_and_shows_limits_before_they_are_hit(workbench):
    block = workbench.load(XML)
    body = workbench.render(block).body_html()
    assert "Schrijf 3 tot 8 woorden." in body
    assert "(verplicht)" in body and "Indienen" in body
    assert "Bijdragen beoordelen" not in body  # no staff panel for learners


def test_staff_get_the_review_panel_below_their_view(workbench):
    block = workbench.as_student(workbench.load(XML), "docent")
    fragment = workbench.render(block)
    assert "Bijdragen beoordelen" in fragment.body_html()
    assert "WeerbaarReflectionStaff" in loaded_text(fragment)


def test_student_view_data_has_prompts_and_limits_only(workbench):
    block = workbench.load(XML)
    submit(workbench, block)
    data = reload(workbench, block).student_view_data()
    assert data["prompts"][0] == {"id": "a", "question": "Kwaliteiten?", "guidance": "", "required": True,
                                  "min_words": 3, "max_words": 8, "case_key": ""}
    assert data["max_characters"] == 20_000
    assert "Ik ben geduldig" not in json.dumps(data)
    assert set(data) == {"display_name", "introduction", "privacy_note", "mode", "max_characters", "prompts"}
    assert block.has_support(block.student_view, "multi_device")


def test_anonymous_visitors_see_the_questions_but_no_form(workbench):
    block = workbench.load(XML, student="none")
    body = workbench.render(block).body_html()
    assert "Log in om je reflectie te schrijven." in body and "<textarea" not in body
    assert draft(workbench, block, {"a": "x"})[0] == 403
