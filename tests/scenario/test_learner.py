"""Casus learner handlers: a whole attempt, grades, completion, events, resume, back, retry, peers, no leaks."""
import json

import pytest

from weerbaarxblock.store.models import ScenarioAnswer, ScenarioAttempt

from .data import KEY_ANSWERS
from .olx_fixtures import branching_olx, linear_olx

WRONG = {"s1": {"choice": "a"}, "s2": {"best": "c", "worst": "a"}, "s3": {"ratings": {"a": 1, "b": 5, "c": 3}},
         "s4": {"order": ["c", "a", "b"]}}


def state_of(workbench, block, student="leerling_a"):
    fresh = workbench.as_student(block, student)
    return json.dumps({"attempt": fresh.attempt, "history": fresh.history}, sort_keys=True)


def play(workbench, block, answers, justification=""):
    status, data = workbench.call(block, "start_attempt", {})
    assert status == 200, data
    for situation, answer in answers:
        status, data = workbench.call(block, "answer", {"situation": situation, "answer": answer,
                                                        "justification": justification})
        assert status == 200, data
        status, data = workbench.call(block, "advance", {})
        assert status == 200, data
    return data["state"]


def test_the_learner_view_is_dutch_and_holds_no_key(workbench):
    block = workbench.load(linear_olx())
    html = workbench.render(block).body_html()
    assert "Casus test" in html and "De casus wordt geladen" in html
    assert "Waarom" not in html and "points" not in html and "ratings" not in html
    assert "Voor docenten" not in html  # the staff panel is for staff only
    staff_html = workbench.render(workbench.as_student(block, "docent")).body_html()
    assert "Voor docenten" in staff_html


def test_student_view_data_has_no_key_feedback_or_branches(workbench):
    block = workbench.load(branching_olx())
    data = json.dumps(block.student_view_data())
    assert "Optie a" in data
    for secret in ("Waarom", "points", "ratings", "order", "slecht", "Samen sterker", "next"):
        assert secret not in data


def test_a_whole_linear_attempt_grades_completes_and_logs(workbench):
    block = workbench.load(linear_olx())
    final = play(workbench, block, [(k, WRONG["s1"] if k == "s1" else v) for k, v in KEY_ANSWERS.items()], "omdat")
    assert final["status"] == "end"
    assert final["end"]["score"] == pytest.approx(4 / 5)  # s1 scores 0 (weight 1 of 5)
    assert [p["competency"] for p in final["end"]["profile"]] == [
        "signaleren", "samenwerken in de keten", "escaleren en rugdekking"]
    assert workbench.events_named("grade") == [{"value": pytest.approx(0.8), "max_value": 1.0}]
    assert workbench.events_named("completion") == [{"completion": 1.0}]
    answered = workbench.events_named("weerbaar.scenario.answered")
    assert [(e["situation"], e["score"]) for e in answered] == [("s1", 0), ("s2", 1), ("s3", 1), ("s4", 1)]
    assert answered[0]["answer"] == {"choice": "a"}
    assert workbench.events_named("weerbaar.scenario.completed")[0]["path"] == ["s1", "s2", "s3", "s4"]
    row = ScenarioAttempt.objects.get()
    assert (row.path, row.score, row.finished_at is not None) == (["s1", "s2", "s3", "s4"], pytest.approx(0.8), True)
    assert ScenarioAnswer.objects.filter(justification="omdat").count() == 4


def test_practice_mode_grades_nothing_and_shows_the_best_or_the_last_attempt(workbench):
    """Ungraded, the result shown is the author's best or last attempt (graded: tests/scenario/test_fair_grades)."""
    for policy in ("best", "last"):
        block = workbench.load(linear_olx(grading_policy=policy, scored=False))
        play(workbench, block, list(KEY_ANSWERS.items()))
        status, data = workbench.call(block, "retry", {})
        assert status == 200 and data["state"]["status"] == "question" and data["state"]["counts"] is False
        final = play(workbench, block, list(WRONG.items()))
        second = final["end"]["score"]
        assert second < 0.2
        assert final["grade"] == (1.0 if policy == "best" else pytest.approx(second))
        assert workbench.events_named("grade") == []
        assert [h["number"] for h in workbench.as_student(block, "leerling_a").history] == [1, 2]


def test_no_grade_when_not_graded(workbench):
    block = workbench.load(linear_olx(scored=False))
    assert block.has_score is False and block.max_score() is None
    play(workbench, block, list(KEY_ANSWERS.items()))
    assert workbench.events_named("grade") == []
    assert workbench.events_named("completion") == [{"completion": 1.0}]


def test_branching_attempt_reaches_its_ending(workbench):
    block = workbench.load(branching_olx())
    final = play(workbench, block, [("s1", {"choice": "c"})])
    assert final["end"]["ending"] == {"title": "Verwaterd", "text": "Het signaal verwatert."}
    block = workbench.as_student(block, "leerling_b")
    final = play(workbench, block, [("s1", {"choice": "b"}), ("s3", {"ratings": {"a": 5, "b": 1, "c": 3}})])
    assert final["end"]["ending"]["title"] == "Goed afgelopen"
    assert [r["situation"] for r in final["end"]["review"]] == ["s1", "s3"]


def test_resume_after_reload_shows_where_the_learner_was(workbench):
    block = workbench.load(linear_olx())
    workbench.call(block, "start_attempt", {})
    workbench.call(block, "answer", {"situation": "s1", "answer": {"choice": "b"}})
    reloaded = workbench.as_student(block, "leerling_a")
    html = workbench.render(reloaded).body_html()
    assert '"status": "feedback"' in html
    status, data = workbench.call(reloaded, "learner_state", {})
    assert (status, data["state"]["status"], data["state"]["situation"]["id"]) == (200, "feedback", "s1")
    workbench.call(reloaded, "advance", {})
    data = workbench.call(workbench.as_student(block, "leerling_a"), "learner_state", {})[1]
    assert data["state"]["situation"]["id"] == "s2"
    other = workbench.call(workbench.as_student(block, "leerling_b"), "learner_state", {})[1]
    assert other["state"]["status"] == "not_started"


def test_the_key_never_reaches_the_browser_before_the_answer(workbench):
    block = workbench.load(linear_olx(allow_back=True))
    status, data = workbench.call(block, "start_attempt", {})
    for situation, answer in KEY_ANSWERS.items():
        shown = data["state"]["situation"]
        assert shown["id"] == situation
        text = json.dumps(data)
        assert "key" not in shown and "Waarom" not in text, situation
        status, data = workbench.call(block, "answer", {"situation": situation, "answer": answer})
        assert "key" in data["state"]["situation"] and "Waarom a" in json.dumps(data)
        status, data = workbench.call(block, "advance", {})
        if data["state"]["status"] == "question":  # going back shows the earlier question again, still keyless
            status, back = workbench.call(block, "go_back", {})
            assert "key" not in back["state"]["situation"] and "Waarom" not in json.dumps(back["state"]["situation"])
            workbench.call(block, "answer", {"situation": back["state"]["situation"]["id"], "answer": answer})
            status, data = workbench.call(block, "advance", {})


def test_back_navigation_only_when_the_author_allows(workbench):
    block = workbench.load(linear_olx(allow_back=False))
    play(workbench, block, [("s1", {"choice": "a"})])
    before = state_of(workbench, block)
    status, data = workbench.call(block, "go_back", {})
    assert (status, data["error"]) == (400, "Teruggaan is in deze casus niet mogelijk.")
    assert state_of(workbench, block) == before

    block = workbench.load(linear_olx(allow_back=True), student="leerling_b")
    play(workbench, block, [("s1", {"choice": "a"})])
    status, data = workbench.call(block, "go_back", {})
    assert status == 200 and data["state"]["situation"]["id"] == "s1" and data["state"]["path"] == []
    workbench.call(block, "answer", {"situation": "s1", "answer": {"choice": "b"}})
    rows = ScenarioAnswer.objects.filter(learner_id="leerling_b").order_by("id")
    assert [(r.answer["choice"], r.withdrawn) for r in rows] == [("a", True), ("b", False)]


def test_attempts_allowed_is_enforced(workbench):
    block = workbench.load(linear_olx(attempts_allowed=1))
    final = play(workbench, block, list(KEY_ANSWERS.items()))
    assert final["may_retry"] is False
    before = state_of(workbench, block)
    status, data = workbench.call(block, "retry", {})
    assert (status, data["error"]) == (400, "Je hebt al je pogingen gebruikt.")
    assert state_of(workbench, block) == before


def test_retry_during_an_attempt_is_refused(workbench):
    block = workbench.load(linear_olx())
    play(workbench, block, [("s1", {"choice": "a"})])
    status, data = workbench.call(block, "retry", {})
    assert (status, data["error"]) == (400, "Maak eerst de poging af waaraan je bent begonnen.")


def test_peers_percentages_appear_once_enough_others_answered(workbench):
    block = workbench.load(linear_olx(peer_minimum=2))
    first = play(workbench, block, list(KEY_ANSWERS.items()))
    assert first["end"]["review"][0]["peers"] is None  # nobody else yet
    for student in ("leerling_b", "docent"):
        play(workbench, workbench.as_student(block, student), list(WRONG.items()))
    status, data = workbench.call(workbench.as_student(block, "leerling_a"), "learner_state", {})
    peers = data["state"]["end"]["review"][0]["peers"]
    assert peers["count"] == 2  # the learner's own answer is not among "others"
    assert [row["chosen"] for row in peers["options"]] == [100, 0, 0]
    assert "leerling" not in json.dumps(peers) and "Joost" not in json.dumps(peers)


def test_peers_hidden_when_the_author_turns_them_off(workbench):
    block = workbench.load(linear_olx(show_peers=False, peer_minimum=1))
    play(workbench, workbench.as_student(block, "leerling_b"), list(WRONG.items()))
    final = play(workbench, block, list(KEY_ANSWERS.items()))
    assert all(step["peers"] is None for step in final["end"]["review"])


# ---- bad input: 400 and nothing changed ----------------------------------------------------------------------
BAD_ANSWERS = [
    ({"situation": "s2", "answer": {"best": "a", "worst": "c"}}, "not_on_path"),
    ({"situation": "zzz", "answer": {"choice": "a"}}, "not_on_path"),
    ({"situation": None, "answer": {"choice": "a"}}, "not_on_path"),
    ({"situation": "s1", "answer": {"choice": "zzz"}}, "unknown_option"),
    ({"situation": "s1", "answer": {"choice": ["a"]}}, "unknown_option"),
    ({"situation": "s1", "answer": {}}, "missing_field"),
    ({"situation": "s1", "answer": "a"}, "not_an_object"),
    ({"situation": "s1"}, "not_an_object"),
    ({"situation": "s1", "answer": {"choice": "a"}, "justification": "x" * 1001}, "too_many_characters"),
    ({"situation": "s1", "answer": {"choice": "a"}, "justification": "a\x00b"}, "nul_character"),
    ({"situation": "s1", "answer": {"choice": "a"}, "justification": 5}, "wrong_type"),
]


def assert_nothing_changed(workbench, block, before, events_before):
    assert state_of(workbench, block) == before
    assert ScenarioAnswer.objects.count() == 0
    assert len(workbench.events) == events_before


@pytest.mark.parametrize(("payload", "code"), BAD_ANSWERS)
def test_bad_answers_are_400_and_change_nothing(workbench, payload, code):
    block = workbench.load(linear_olx())
    workbench.call(block, "start_attempt", {})
    before, events_before = state_of(workbench, block), len(workbench.events)
    status, data = workbench.call(block, "answer", payload)
    assert status == 400 and data["error"], code
    assert_nothing_changed(workbench, block, before, events_before)


def test_messages_are_dutch_and_name_the_field(workbench):
    block = workbench.load(linear_olx())
    workbench.call(block, "start_attempt", {})
    status, data = workbench.call(block, "answer", {"situation": "s2", "answer": {"best": "a", "worst": "c"}})
    assert data == {"error": "Dit is niet de situatie waar je nu bent. Laad de pagina opnieuw om verder te gaan.",
                    "field": "situation"}
    status, data = workbench.call(block, "answer", {"situation": "s1", "answer": {"choice": "zzz"}})
    assert data == {"error": "'zzz' hoort niet bij de reacties.", "field": "choice"}


@pytest.mark.parametrize(("situation", "answer", "field", "message"), [
    ("s2", {"best": "a", "worst": "a"}, "worst", "De beste en de slechtste reactie moeten verschillen."),
    ("s3", {"ratings": {"a": 5, "b": 1}}, "ratings", "Geef elke reactie een cijfer; 1 heeft nog geen cijfer."),
    ("s3", {"ratings": {"a": 5, "b": 1, "c": 9}}, "ratings.c", "Een cijfer moet tussen 1 en 5 liggen."),
    ("s3", {"ratings": {"a": 5, "b": 1, "c": 2.5}}, "ratings.c", "Een cijfer moet tussen 1 en 5 liggen."),
    ("s4", {"order": ["a", "b"]}, "order", "Zet alle 3 reacties in volgorde, elk één keer."),
    ("s4", {"order": ["a", "b", "b"]}, "order", "Zet alle 3 reacties in volgorde, elk één keer."),
    ("s4", {"order": ["a", "b", "x"]}, "order", "'x' hoort niet bij de reacties."),
])
def test_bad_answers_in_each_format(workbench, situation, answer, field, message):
    block = workbench.load(linear_olx())
    order = ["s1", "s2", "s3", "s4"]
    play(workbench, block, [(s, KEY_ANSWERS[s]) for s in order[:order.index(situation)]])
    before, events_before = state_of(workbench, block), len(workbench.events)
    answers_before = ScenarioAnswer.objects.count()
    status, data = workbench.call(block, "answer", {"situation": situation, "answer": answer})
    assert (status, data) == (400, {"error": message, "field": field})
    assert state_of(workbench, block) == before
    assert ScenarioAnswer.objects.count() == answers_before and len(workbench.events) == events_before


@pytest.mark.parametrize("handler", ["start_attempt", "answer", "advance", "go_back", "retry", "learner_state"])
@pytest.mark.parametrize("body", [b"[]", b"null", b"{not json", b'"x"'])
def test_handlers_refuse_bodies_that_are_not_objects(workbench, handler, body):
    block = workbench.load(linear_olx())
    workbench.call(block, "start_attempt", {})
    before = state_of(workbench, block)
    status, data = workbench.call(block, handler, body=body)
    assert status == 400 and data["error"]
    assert state_of(workbench, block) == before


@pytest.mark.parametrize("handler", ["start_attempt", "answer", "advance", "go_back", "retry", "learner_state"])
def test_handlers_are_post_only(workbench, handler):
    block = workbench.load(linear_olx())
    status, _data = workbench.call(block, handler, body=b"", method="GET")
    assert status == 405


def test_advance_before_answering_is_refused(workbench):
    block = workbench.load(linear_olx())
    workbench.call(block, "start_attempt", {})
    before = state_of(workbench, block)
    status, data = workbench.call(block, "advance", {})
    assert status == 400 and data["error"].startswith("Er is nog niets")
    assert state_of(workbench, block) == before


def test_an_empty_block_is_not_ready_and_refuses_to_start(workbench):
    block = workbench.load("<weerbaar_scenario/>")
    html = workbench.render(block).body_html()
    assert "Deze casus is nog niet klaar." in html
    status, data = workbench.call(block, "start_attempt", {})
    assert (status, data["error"]) == (400, "Deze casus is nog niet klaar.")
    assert block.student_view_data()["situations"] == []
