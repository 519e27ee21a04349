"""Casus attempts: answering on the path, branching, back, finishing, and reconciling after author edits."""
import pytest

from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules.attempts import (
    advance,
    answer,
    chosen_score,
    go_back,
    max_steps,
    may_retry,
    new_attempt,
    reconcile,
)
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.paths import END, leading_option, most_steps, progress, remaining_steps
from weerbaarxblock.scenario.rules.view import learner_state, trim_history

from .data import KEY_ANSWERS, branching, linear

NOW = "2026-05-01T10:00:00+00:00"


def play(scenario, answers):
    attempt = new_attempt(scenario, 1, NOW)
    for situation_id, given in answers:
        attempt, _step = answer(scenario, attempt, situation_id, given, "", NOW)
        if not attempt["finished"]:
            attempt, _done = advance(scenario, attempt, NOW)
    return attempt


def test_linear_attempt_follows_the_order_and_finishes_with_the_weighted_score():
    scenario = normalise_scenario(linear())
    attempt = new_attempt(scenario, 1, NOW)
    assert (attempt["position"], attempt["phase"]) == ("s1", "question")
    attempt, step = answer(scenario, attempt, "s1", {"choice": "c"}, " omdat ", NOW)
    assert (step["score"], step["next"], step["justification"]) == (0.5, "s2", "omdat")
    assert attempt["phase"] == "feedback" and not attempt["finished"]
    attempt, finished = advance(scenario, attempt, NOW)
    assert (attempt["position"], attempt["phase"], finished) == ("s2", "question", False)
    for situation_id in ("s2", "s3", "s4"):
        attempt, step = answer(scenario, attempt, situation_id, KEY_ANSWERS[situation_id], "", NOW)
        if situation_id != "s4":
            attempt, _ = advance(scenario, attempt, NOW)
    assert attempt["finished"] and attempt["ending"] == ""
    assert attempt["score"] == pytest.approx((0.5 + 1 + 1 + 2 * 1) / 5)
    attempt, finished = advance(scenario, attempt, NOW)
    assert attempt["phase"] == "end" and finished is False  # it had already finished when answered


def test_branching_follows_the_chosen_option_to_its_ending():
    scenario = normalise_scenario(branching())
    attempt = play(scenario, [("s1", {"choice": "b"}), ("s3", {"ratings": {"a": 5, "b": 1, "c": 3}})])
    assert [s["situation"] for s in attempt["steps"]] == ["s1", "s3"]
    assert attempt["ending"] == "goed"
    short = play(scenario, [("s1", {"choice": "c"})])
    assert short["ending"] == "slecht" and short["score"] == 0


def test_leading_option_per_format():
    scenario = normalise_scenario(linear())
    by_id = {s["id"]: s for s in scenario["situations"]}
    assert leading_option(by_id["s1"], {"choice": "c"}) == "c"
    assert leading_option(by_id["s2"], {"best": "b", "worst": "a"}) == "b"
    assert leading_option(by_id["s3"], {"ratings": {"a": 3, "b": 5, "c": 5}}) == "b"  # tie: the author's first
    assert leading_option(by_id["s4"], {"order": ["c", "a", "b"]}) == "c"


@pytest.mark.parametrize("situation_id", ["s2", "s4", "onbekend", None, 5])
def test_answering_a_situation_off_the_current_path_is_refused(situation_id):
    scenario = normalise_scenario(linear())
    attempt = new_attempt(scenario, 1, NOW)
    with pytest.raises(Problem) as raised:
        answer(scenario, attempt, situation_id, {"choice": "a"}, "", NOW)
    assert raised.value.code == "not_on_path"


def test_answering_twice_or_after_the_end_is_refused_and_nothing_changes():
    scenario = normalise_scenario(linear())
    attempt = new_attempt(scenario, 1, NOW)
    answered, _ = answer(scenario, attempt, "s1", {"choice": "a"}, "", NOW)
    snapshot = repr(answered)
    with pytest.raises(Problem):
        answer(scenario, answered, "s1", {"choice": "b"}, "", NOW)
    assert repr(answered) == snapshot
    with pytest.raises(Problem) as raised:
        advance(scenario, attempt, NOW)
    assert raised.value.code == "nothing_to_continue"


def test_going_back_only_when_allowed_and_possible():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "a"})])
    with pytest.raises(Problem) as raised:
        go_back(attempt, allowed=False)
    assert raised.value.code == "back_not_allowed"
    back, withdrawn = go_back(attempt, allowed=True)
    assert (back["position"], back["steps"], withdrawn["situation"]) == ("s1", [], "s1")
    with pytest.raises(Problem) as raised:
        go_back(back, allowed=True)
    assert raised.value.code == "nothing_to_go_back_to"
    finished = play(scenario, [(k, v) for k, v in KEY_ANSWERS.items()])
    with pytest.raises(Problem):
        go_back(finished, allowed=True)


def test_a_loop_with_an_exit_is_bounded():
    data = branching()
    data["situations"][2]["options"][1]["next"] = "s3"  # b in s3 leads back to s3 itself
    scenario = normalise_scenario(data)
    attempt = play(scenario, [("s1", {"choice": "b"})])
    loop_answer = {"ratings": {"a": 1, "b": 5, "c": 1}}
    while not attempt["finished"]:
        attempt, _ = answer(scenario, attempt, "s3", loop_answer, "", NOW)
        if not attempt["finished"]:
            attempt, _ = advance(scenario, attempt, NOW)
    assert len(attempt["steps"]) == max_steps(scenario)


def test_grade_is_best_or_last_and_retry_respects_the_limit():
    history = [{"finished": True, "score": 0.8}, {"finished": True, "score": 0.4}]
    assert chosen_score(history, "best") == 0.8
    assert chosen_score(history, "last") == 0.4
    assert chosen_score([], "best") is None
    finished = {"finished": True, "steps": [], "phase": "end"}
    assert may_retry(finished, history, 3) and not may_retry(finished, history, 2)
    assert may_retry(finished, history, 0)
    assert not may_retry({"finished": False, "steps": [], "phase": "question"}, [], 0)


def test_remaining_steps_for_the_progress_indicator():
    assert remaining_steps(normalise_scenario(linear()), "s2") == 3
    assert remaining_steps(normalise_scenario(branching()), "s1") == 1  # option c ends at once
    assert remaining_steps(normalise_scenario(branching()), END) == 0


def test_progress_gives_the_fewest_and_the_most_situations_so_it_holds_on_every_path():
    scenario = normalise_scenario(branching())
    assert most_steps(scenario, "s1") == 2 and most_steps(scenario, "goed") == 0
    assert progress(scenario, 1, 0, "s1") == {"current": 1, "total": 1, "most": 2}
    assert progress(scenario, 1, 1, "s2") == {"current": 1, "total": 2, "most": 2}  # feedback: the way is known
    assert progress(scenario, 1, 1, None) == {"current": 1, "total": 1, "most": 1}
    looping = branching()
    looping["situations"][1]["next"] = "s1"
    assert most_steps(normalise_scenario(looping), "s1") is None  # a loop: no upper bound


# ---- reconciliation after the author's edits ---------------------------------------------------------------
def test_reconcile_rescores_a_rekeyed_answer():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "c"})])
    data = linear()
    data["situations"][0]["key"]["points"] = {"a": 0, "b": 1, "c": 2}
    edited = normalise_scenario(data)
    result, changed = reconcile(edited, attempt)
    assert changed and result["steps"][0]["score"] == 1
    assert (result["position"], result["phase"]) == ("s2", "question")


def test_reconcile_drops_an_answer_whose_option_was_removed():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "b"}), ("s2", {"best": "a", "worst": "c"})])
    data = linear()
    data["situations"][1]["options"].pop()  # option c gone; the key's worst moves to b
    data["situations"][1]["key"] = {"best": "a", "worst": "b"}
    result, changed = reconcile(normalise_scenario(data), attempt)
    assert changed
    assert [s["situation"] for s in result["steps"]] == ["s1"]
    assert (result["position"], result["phase"]) == ("s2", "question")


def test_reconcile_when_the_current_situation_was_removed():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "b"})])  # now at s2
    data = linear()
    del data["situations"][1]
    result, _ = reconcile(normalise_scenario(data), attempt)
    assert (result["position"], result["phase"]) == ("s3", "question")
    assert len(result["steps"]) == 1


def test_reconcile_when_the_path_now_ends_after_the_last_answer():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "b"})])
    data = linear()
    data["situations"][0]["next"] = "einde"
    data["endings"] = [{"id": "einde", "title": "", "text": "Klaar."}]
    del data["situations"][1:]
    edited = normalise_scenario(data)
    result, _ = reconcile(edited, attempt)
    assert (result["phase"], result["finished"]) == ("feedback", False)
    finished, finished_now = advance(edited, result, NOW)
    assert finished_now and finished["finished"] and finished["ending"] == "einde" and finished["phase"] == "end"


def test_reconcile_when_the_rating_options_changed():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "b"}), ("s2", KEY_ANSWERS["s2"]), ("s3", KEY_ANSWERS["s3"])])
    data = linear()
    data["situations"][2]["options"].append({"id": "d", "text": "Nieuw", "feedback": "", "next": ""})
    data["situations"][2]["key"]["ratings"]["d"] = 2
    result, _ = reconcile(normalise_scenario(data), attempt)
    assert [s["situation"] for s in result["steps"]] == ["s1", "s2"]
    assert result["position"] == "s3"


def test_finished_attempts_and_garbage_are_left_alone():
    scenario = normalise_scenario(linear())
    finished = play(scenario, list(KEY_ANSWERS.items()))
    data = linear()
    del data["situations"][0]
    edited = normalise_scenario(data)
    assert reconcile(edited, finished) == (finished, False)
    for garbage in (None, {}, [], "x", {"steps": "no"}):
        assert reconcile(edited, garbage) == (garbage, False)


def test_removing_the_first_situation_starts_over_from_the_new_first():
    scenario = normalise_scenario(linear())
    attempt = play(scenario, [("s1", {"choice": "b"})])
    data = linear()
    del data["situations"][0]
    result, _ = reconcile(normalise_scenario(data), attempt)
    assert (result["steps"], result["position"], result["phase"]) == ([], "s2", "question")


# ---- the learner's view data ---------------------------------------------------------------------------------
def test_view_reveals_the_key_only_after_answering():
    scenario = normalise_scenario(branching())
    attempt = new_attempt(scenario, 1, NOW)
    state = learner_state(scenario, attempt, [], allow_back=True, attempts_allowed=2, policy="best")
    assert state["status"] == "question" and "key" not in state["situation"]
    text = repr(state)
    assert "Waarom" not in text and "slecht" not in text and "'points'" not in text
    assert state["progress"] == {"current": 1, "total": 1, "most": 2}
    assert state["may_go_back"] is False
    answered, _ = answer(scenario, attempt, "s1", {"choice": "a"}, "", NOW)
    state = learner_state(scenario, answered, [], allow_back=True, attempts_allowed=2, policy="best")
    assert state["situation"]["key"] == {"points": {"a": 2.0, "b": 1.0, "c": 0.0}}
    assert state["result"]["score"] == 1 and state["final"] is False
    assert "Waarom b" in repr(state)
    moved, _ = advance(scenario, answered, NOW)
    state = learner_state(scenario, moved, [], allow_back=True, attempts_allowed=2, policy="best")
    assert state["situation"]["id"] == "s2" and "key" not in state["situation"]
    assert "Waarom" not in repr(state["situation"]) and state["may_go_back"] is True


def test_end_screen_has_profile_ending_and_peers():
    scenario = normalise_scenario(branching())
    attempt = play(scenario, [("s1", {"choice": "a"}), ("s2", {"order": ["a", "b", "c"]})])
    attempt, _ = advance(scenario, attempt, NOW)
    state = learner_state(scenario, attempt, [attempt], allow_back=False, attempts_allowed=1, policy="best",
                          peers={"s1": None})
    end = state["end"]
    assert end["score"] == 1 and end["ending"]["title"] == "Goed afgelopen"
    assert end["profile"] == [{"competency": "signaleren", "score": 1.0, "situations": 2}]
    assert end["review"][0]["peers"] is None and end["review"][0]["revealed"]["key"]
    assert state["may_retry"] is False and state["grade"] == 1
    assert state["history"][0]["ending"] == "Goed afgelopen"


def test_history_is_trimmed_but_never_loses_an_attempt():
    attempts = [{"number": n, "score": 0.5, "finished": True, "steps": [{"title": f"T{n}"}]} for n in range(1, 26)]
    trimmed = trim_history(attempts)
    assert len(trimmed) == 25
    assert trimmed[0]["steps"] == [] and trimmed[0]["path_titles"] == ["T1"]
    assert trimmed[-1]["steps"] == [{"title": "T25"}]
