"""Reflectiejournaal, the instructor's handlers: review list, entry, review with grade, CSV export, roles."""
import csv
import io
import re

import pytest

from weerbaarxblock.demo.services import DemoGradesService
from weerbaarxblock.reflection.rules.export import pseudonym
from weerbaarxblock.store.models import LearnerNameWord, ReflectionEntry, ReflectionReview, ReflectionTally

XML = """
<weerbaar_reflection display_name="Leerdagboek" mode="single" review="instructor" grading="scored"
    may_revise_after_feedback="true">
  <prompt id="a" required="true"><question>=Welke kwaliteiten?</question></prompt>
  <rubric>
    <criterion id="z"><label>Zelfinzicht</label>
      <level id="z0" points="0">Nog niet</level><level id="z2" points="2">Helder</level></criterion>
    <criterion id="p"><label>Praktijk</label>
      <level id="p0" points="0">Vaag</level><level id="p3" points="3">Concreet</level></criterion>
  </rubric>
</weerbaar_reflection>
"""
EVIL = '=HYPERLINK("http://x","klik")\n<script>alert(1)</script> "><img src=x onerror=alert(1)> 🙂 \u200fשלום'


@pytest.fixture
def course(workbench):
    """Learner A submitted, learner B has a draft; returns (A's block, the instructor's block)."""
    block = workbench.load(XML, student="leerling_a")
    assert workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": EVIL}})[0] == 200
    other = workbench.as_student(block, "leerling_b")
    assert workbench.call(other, "save_draft", {"entry": 1, "version": 0, "answers": {"a": "Half af"}})[0] == 200
    workbench.events.clear()
    DemoGradesService.scores.clear()
    return block, workbench.as_student(block, "docent")


def entry_id(name):
    return ReflectionEntry.objects.get(learner_name=name).id


def review(workbench, staff, **changes):
    payload = {"entry_id": entry_id("Samira de Vries"), "version": 1, "feedback": "Sterk: je benoemt je valkuil.",
               "levels": {"z": "z2", "p": "p0"}}
    payload.update(changes)
    return workbench.call(staff, "save_review", payload)


# ---- the list --------------------------------------------------------------------------------------------------


def test_the_list_shows_submissions_and_drafts_with_counts(workbench, course):
    _block, staff = course
    status, data = workbench.call(staff, "review_list", {})
    assert status == 200
    assert data["counts"] == {"draft": 1, "submitted": 1, "reviewed": 0, "changed": 0}
    assert {(row["name"], row["status"]) for row in data["rows"]} == {
        ("Samira de Vries", "submitted"), ("Joost Bakker", "draft")
    }
    assert (data["total"], data["page"], data["pages"], data["page_size"]) == (2, 1, 1, 50)
    draft_row = next(row for row in data["rows"] if row["status"] == "draft")
    assert draft_row["word_count"] == 2 and draft_row["updated_at"]
    assert "answers" not in draft_row


def test_filter_search_and_sort(workbench, course):
    _block, staff = course
    _, data = workbench.call(staff, "review_list", {"status": "draft"})
    assert [row["name"] for row in data["rows"]] == ["Joost Bakker"]
    assert data["counts"]["submitted"] == 1  # counts stay those of the whole activity
    _, data = workbench.call(staff, "review_list", {"search": "samira"})
    assert [row["name"] for row in data["rows"]] == ["Samira de Vries"]
    _, data = workbench.call(staff, "review_list", {"sort": "name"})
    assert [row["name"] for row in data["rows"]] == ["Joost Bakker", "Samira de Vries"]
    _, data = workbench.call(staff, "review_list", {"sort": "words_desc"})
    assert data["rows"][0]["name"] == "Samira de Vries"
    _, data = workbench.call(staff, "review_list", {"page": 2})
    assert data["rows"] == [] and data["pages"] == 1


def test_pages_of_fifty(workbench, course):
    block, staff = course
    from django.utils import timezone

    ReflectionEntry.objects.bulk_create(
        ReflectionEntry(course_key="workbench", usage_key=str(block.scope_ids.usage_id), learner_id=f"l{i}",
                        learner_name=f"Deelnemer {i:03}", status="draft", updated_at=timezone.now())
        for i in range(120)
    )
    ReflectionTally.recount(str(block.scope_ids.usage_id))  # rows loaded around the model: counted again
    LearnerNameWord.remember_rows(ReflectionEntry.objects.filter(learner_name__startswith="Deelnemer"))
    _, first = workbench.call(staff, "review_list", {"sort": "name"})
    _, third = workbench.call(staff, "review_list", {"sort": "name", "page": 3})
    assert len(first["rows"]) == 50 and first["pages"] == 3 and first["total"] == 122
    assert len(third["rows"]) == 22
    assert first["counts"]["draft"] == 121


def test_a_page_takes_the_same_queries_however_large_the_class_with_one_count(workbench, course):
    """At most one counting query per page (a search's); names come from the rows."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    block, staff = course
    queries = {"search": "Deeln", "status": "draft", "sort": "name", "page": 2}

    def page_queries():
        with CaptureQueriesContext(connection) as captured:
            status, data = workbench.call(staff, "review_list", queries)
        assert status == 200, data
        return [query["sql"] for query in captured.captured_queries], data

    def load(numbers):
        ReflectionEntry.objects.bulk_create(
            ReflectionEntry(course_key="workbench", usage_key=str(block.scope_ids.usage_id), learner_id=f"l{i}",
                            learner_name=f"Deelnemer {i:03}", status="draft", updated_at=timezone.now())
            for i in numbers
        )
        ReflectionTally.recount(str(block.scope_ids.usage_id))  # rows loaded around the model: counted again
        LearnerNameWord.remember_rows(ReflectionEntry.objects.filter(learner_name__startswith="Deelnemer"))

    load([0])  # a search that finds no one asks the database less: the small class has one learner to find
    page_queries()  # the workbench stores the instructor's field state on a first call
    small, _data = page_queries()
    load(range(1, 120))
    large, data = page_queries()
    assert len(large) == len(small)
    assert sum("COUNT(" in sql for sql in large) == 1  # the search's; the counts per status are kept, not counted
    assert data["total"] == 120 and len(data["rows"]) == 50
    assert data["counts"] == {"draft": 121, "submitted": 1, "reviewed": 0, "changed": 0}


def test_the_download_says_when_to_use_the_lms_report(workbench, course):
    _block, staff = course
    body = workbench.render(staff).body_html()
    note = re.search(r'<p class="wb-muted" id="([^"]+)-export-note">(.*?)</p>', body, re.S)
    assert note and "5000" in note.group(2)
    assert f'aria-describedby="{note.group(1)}-export-note"' in body


def test_pseudonyms_hide_names_everywhere(workbench, course):
    block, staff = course
    code = pseudonym("leerling_a", str(block.scope_ids.usage_id))
    _, data = workbench.call(staff, "review_list", {"hide_names": True, "search": code.lower()})
    assert [row["name"] for row in data["rows"]] == [code] and data["hide_names"] is True
    docent = workbench.as_student(staff, "docent")
    _, data = workbench.call(docent, "review_entry", {"entry_id": entry_id("Samira de Vries")})
    assert data["entry"]["name"] == code and "Samira" not in str(data)
    _, data = workbench.call(staff, "review_list", {"hide_names": False})
    assert "Samira de Vries" in [row["name"] for row in data["rows"]]


@pytest.mark.parametrize(
    "payload",
    [{"status": "weg"}, {"sort": "random"}, {"page": 0}, {"page": "2"}, {"search": 5}, {"hide_names": "ja"},
     {"search": "\x00"}],
)
def test_bad_list_queries_are_refused(workbench, course, payload):
    _block, staff = course
    status, data = workbench.call(staff, "review_list", payload)
    assert status == 400 and data["problems"]


# ---- one entry and its review --------------------------------------------------------------------------------


def test_the_entry_comes_back_exactly_with_its_history(workbench, course):
    _block, staff = course
    status, data = workbench.call(staff, "review_entry", {"entry_id": entry_id("Samira de Vries")})
    assert status == 200
    entry = data["entry"]
    assert entry["name"] == "Samira de Vries" and entry["status"] == "submitted"
    assert entry["answers"]["a"] == EVIL and entry["versions"][0]["answers"]["a"] == EVIL
    assert entry["reviews"] == [] and "learner_id" not in entry
    _, data = workbench.call(staff, "review_entry", {"entry_id": entry_id("Joost Bakker")})
    assert data["entry"]["status"] == "draft" and data["entry"]["versions"] == [] and data["entry"]["answers"] == {}


@pytest.mark.parametrize("payload", [{"entry_id": 99999}, {"entry_id": "1"}, {}, {"entry_id": -1}])
def test_unknown_or_malformed_entry_ids(workbench, course, payload):
    _block, staff = course
    status, data = workbench.call(staff, "review_entry", payload)
    assert status == 400 and data["error"]


def test_an_entry_of_another_activity_is_unknown(workbench, course):
    _block, _staff = course
    other = workbench.load(XML.replace("Leerdagboek", "Ander blok"), student="docent")
    status, data = workbench.call(other, "review_entry", {"entry_id": entry_id("Samira de Vries")})
    assert status == 400 and data["error"] == "Deze bijdrage bestaat niet in deze activiteit."
    status, _ = workbench.call(other, "save_review", {"entry_id": entry_id("Samira de Vries"), "version": 1,
                                                      "feedback": "x", "levels": {"z": "z0", "p": "p0"}})
    assert status == 400 and not ReflectionReview.objects.exists()


def test_a_review_marks_reviewed_and_grades_the_learner(workbench, course):
    block, staff = course
    status, data = review(workbench, staff, feedback=EVIL)
    assert status == 200 and data["status"] == "reviewed"
    stored = ReflectionReview.objects.get()
    assert (stored.feedback, stored.points, stored.max_points, stored.reviewer_name) == (
        EVIL, 2, 5, "Docent Mirjam Jansen")
    assert ReflectionEntry.objects.get(learner_name="Samira de Vries").status == "reviewed"
    # The grade is the learner's, recorded by the demo's grades service as the LMS's signal handler would
    # (core/grades.py); never a grade event, which the LMS would credit to the instructor.
    assert DemoGradesService.scores[(str(block.scope_ids.usage_id), "leerling_a")] == (2, 5)
    assert workbench.events_named("grade") == []
    assert workbench.events_named("weerbaar.reflection.reviewed")[0]["points"] == 2

    learner = workbench.as_student(block, "leerling_a")
    state = learner_state(workbench, learner)
    assert state["reviews"][0]["feedback"] == EVIL and state["newest_review"] > state["feedback_seen"]
    status, data = workbench.call(learner, "mark_feedback_seen", {"review_id": stored.id})
    assert status == 200
    assert workbench.as_student(block, "leerling_a").feedback_seen == stored.id
    assert ReflectionReview.objects.get().seen_at is not None
    assert workbench.events_named("weerbaar.reflection.feedback_viewed") == [{"review_id": stored.id}]


def learner_state(workbench, block):
    import json
    import re

    body = workbench.render(block).body_html()
    return json.loads(re.search(r"data-state>(.*?)</script>", body, re.S).group(1))


def test_another_learner_cannot_mark_someone_elses_feedback(workbench, course):
    block, staff = course
    review(workbench, staff)
    other = workbench.as_student(block, "leerling_b")
    status, data = workbench.call(other, "mark_feedback_seen", {"review_id": ReflectionReview.objects.get().id})
    assert status == 400 and data["error"] == "Deze feedback bestaat niet of is niet voor jou."
    assert ReflectionReview.objects.get().seen_at is None


def test_revising_after_feedback_flags_the_entry_changed(workbench, course):
    block, staff = course
    review(workbench, staff)
    learner = workbench.as_student(block, "leerling_a")
    status, data = workbench.call(learner, "submit", {"entry": 1, "version": 1, "answers": {"a": "Herzien"}})
    assert status == 200 and data["state"]["status"] == "changed"
    _, data = workbench.call(staff, "review_list", {"status": "changed"})
    assert [row["name"] for row in data["rows"]] == ["Samira de Vries"]
    status, data = review(workbench, staff)  # the instructor still has version 1 open
    assert status == 409 and data["field"] == "version" and data["conflict"] is True and data["version"] == 2
    assert review(workbench, staff, version=2)[0] == 200


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"feedback": "   "}, "feedback"),
        ({"feedback": "a\x00b"}, "feedback"),
        ({"levels": {"z": "z2"}}, "levels.p"),
        ({"levels": {"z": "z9", "p": "p0"}}, "levels.z"),
        ({"levels": ["z2"]}, "levels"),
        ({"version": "1"}, "version"),
        ({"entry_id": 424242}, "entry_id"),
    ],
)
def test_bad_reviews_change_nothing(workbench, course, changes, field):
    _block, staff = course
    status, data = review(workbench, staff, **changes)
    assert status == 400
    assert field in [p["field"] for p in data.get("problems", [])] + [data.get("field")]
    assert not ReflectionReview.objects.exists()
    assert ReflectionEntry.objects.get(learner_name="Samira de Vries").status == "submitted"
    assert workbench.events == []


def test_a_draft_cannot_be_reviewed(workbench, course):
    _block, staff = course
    status, data = review(workbench, staff, entry_id=entry_id("Joost Bakker"), version=0)
    assert status == 400
    assert not ReflectionReview.objects.exists()


def test_no_review_when_review_is_off(workbench):
    block = workbench.load(XML.replace('review="instructor" grading="scored"', 'review="off" grading="none"'))
    workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": "Klaar"}})
    status, data = workbench.call(workbench.as_student(block, "docent"), "save_review",
                                  {"entry_id": ReflectionEntry.objects.get().id, "version": 1, "feedback": "x"})
    assert status == 400 and data["error"] == "Nakijken door de docent staat voor deze activiteit uit."


# ---- roles -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("handler", ["review_list", "review_entry", "save_review"])
@pytest.mark.parametrize("student", ["leerling_a", "leerling_b", "none"])
def test_staff_handlers_refuse_everyone_else_and_change_nothing(workbench, course, handler, student):
    block, _staff = course
    intruder = workbench.as_student(block, student)
    payload = {"entry_id": entry_id("Samira de Vries"), "version": 1, "feedback": "Gehackt",
               "levels": {"z": "z2", "p": "p3"}, "hide_names": True}
    status, data = workbench.call(intruder, handler, payload)
    assert status == 403
    assert data["error"] == "Alleen het cursusteam mag dit doen."
    assert not ReflectionReview.objects.exists()
    assert ReflectionEntry.objects.get(learner_name="Samira de Vries").status == "submitted"
    assert workbench.events_named("grade") == []
    assert workbench.as_student(block, student).staff_hide_names is False


# ---- export ------------------------------------------------------------------------------------------------------


def export(workbench, block, query=""):
    import webob

    request = webob.Request.blank("/" + query, method="GET")
    response = block.runtime.handle(block, "export_csv", request)
    return response


def test_the_csv_export_is_streamed_complete_and_neutralised(workbench, course):
    _block, staff = course
    review(workbench, staff, feedback="-feedback met = teken")
    response = export(workbench, staff)
    assert response.status_code == 200
    assert response.content_type == "text/csv" and "attachment" in response.content_disposition
    assert not isinstance(response.app_iter, (list, tuple))  # a generator: rows are written as they are read
    text = b"".join(response.app_iter).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][0] == "Deelnemer" and rows[0][6] == "'=Welke kwaliteiten?"
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Samira de Vries", "Joost Bakker"}
    samira = by_name["Samira de Vries"]
    assert samira[2] == "Beoordeeld"
    assert samira[6] == "'" + EVIL  # exact text, neutralised as a formula
    assert samira[7:10] == ["'-feedback met = teken", "2", "5"]
    assert samira[10:12] == ["Helder", "Vaag"]
    assert by_name["Joost Bakker"][2] == "Concept" and by_name["Joost Bakker"][6] == ""
    for moment in (samira[3], samira[-2]):  # submitted and reviewed: local time, no seconds
        assert re.fullmatch(r"\d\d-\d\d-20\d\d \d\d:\d\d", moment), moment
    assert response.content_disposition == 'attachment; filename="reflectiejournaal-leerdagboek.csv"'


def test_the_export_can_hide_names(workbench, course):
    block, staff = course
    text = b"".join(export(workbench, staff, "?names=hidden").app_iter).decode("utf-8")
    assert "Samira" not in text and "Joost" not in text
    assert pseudonym("leerling_a", str(block.scope_ids.usage_id)) in text


@pytest.mark.parametrize("student", ["leerling_a", "none"])
def test_the_export_refuses_learners(workbench, course, student):
    block, _staff = course
    response = export(workbench, workbench.as_student(block, student))
    assert response.status_code == 403
    assert response.json["error"] == "Alleen het cursusteam mag dit doen."
    assert b"Samira" not in response.body and EVIL.encode() not in response.body


def test_a_name_search_finds_a_word_of_the_name_that_starts_with_it(workbench, course):
    """"jans" finds "Mirjam Jansen", "mir jan" too (every word of the search); a substring inside a word does not."""
    from django.utils import timezone

    block, staff = course
    usage_key = str(block.scope_ids.usage_id)
    rows = ReflectionEntry.objects.bulk_create(
        ReflectionEntry(course_key="workbench", usage_key=usage_key, learner_id=f"l{i}", learner_name=name,
                        status="draft", updated_at=timezone.now())
        for i, name in enumerate(["Mirjam Jansen", "Jan de Vries", "Fleur Bakker"])
    )
    ReflectionTally.recount(usage_key)
    LearnerNameWord.remember_rows(rows)

    def found(search):
        status, data = workbench.call(staff, "review_list", {"search": search})
        assert status == 200, data
        return sorted(row["name"] for row in data["rows"])

    assert found("jans") == ["Mirjam Jansen"]
    assert found("JAN") == ["Jan de Vries", "Mirjam Jansen"]
    assert found("mir jan") == ["Mirjam Jansen"]
    assert found("akker") == []  # inside a word: not a word's start
    assert found("Bäkker") == ["Fleur Bakker", "Joost Bakker"]  # Joost: the course's learner, words stored on a save
