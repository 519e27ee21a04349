"""Graded casus: a grade cannot be raised by replaying keys the feedback revealed.

(a) going back after the feedback and answering again is practice: each situation's first answer stays;
(b) a retry after a finished attempt is practice: the first finished attempt is the grade.
Practice mode (not graded) keeps going back and retrying as they were; attempts stored before the rule keep
the author's best/last policy.
"""
import pytest

from weerbaarxblock.scenario.rules.attempts import advance, answer, graded_score, new_attempt
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.rescore import rescored_history

from .data import KEY_ANSWERS, linear
from .olx_fixtures import linear_olx
from .test_learner import WRONG

NOW = "2026-05-01T10:00:00+00:00"


def grades(workbench):
    return [event["value"] for event in workbench.events_named("grade")]


class Player:
    """One learner's page: each move sends the version of the state it was made from, as the browser does."""

    def __init__(self, workbench, block):
        self.workbench, self.block, self.version = workbench, block, 0

    def call(self, handler, body=None):
        status, data = self.workbench.call(self.block, handler, {"version": self.version, **(body or {})})
        assert status == 200, data
        self.version = data["state"].get("version", self.version)
        return data["state"]

    def answer(self, situation, given):
        shown = self.call("answer", {"situation": situation, "answer": given})
        self.call("advance")
        return shown

    def play(self, answers, first="start_attempt"):
        self.call(first)
        for situation, given in answers.items():
            self.answer(situation, given)
        return self.call("learner_state")


def test_going_back_to_replay_the_revealed_key_keeps_the_first_answer(workbench):
    learner = Player(workbench, workbench.load(linear_olx(allow_back=True)))  # graded by default
    learner.call("start_attempt")
    feedback = learner.answer("s1", WRONG["s1"])
    assert feedback["counts"] is True and feedback["situation"]["key"]  # the key is seen now
    back = learner.call("go_back")
    assert back["situation"]["id"] == "s1" and back["kept"] == 0  # told: the first answer stays
    replay = learner.call("answer", {"situation": "s1", "answer": KEY_ANSWERS["s1"]})
    assert replay["result"]["score"] == 1 and replay["kept"] == 0  # practice feedback, the kept score named
    learner.call("advance")
    for situation in ("s2", "s3", "s4"):
        learner.answer(situation, KEY_ANSWERS[situation])
    final = learner.call("learner_state")
    assert final["end"]["score"] == pytest.approx(0.8) and final["grade"] == pytest.approx(0.8)
    assert grades(workbench) == [pytest.approx(0.8)]


def test_a_situation_left_behind_by_going_back_still_counts(workbench):
    learner = Player(workbench, workbench.load(linear_olx(allow_back=True)))
    learner.call("start_attempt")
    learner.answer("s1", KEY_ANSWERS["s1"])
    learner.answer("s2", WRONG["s2"])  # 0, key seen
    learner.call("go_back")
    learner.call("go_back")  # back to s1, s2's answer withdrawn from the path
    for situation in ("s1", "s2", "s3", "s4"):
        learner.answer(situation, KEY_ANSWERS[situation])
    assert grades(workbench) == [pytest.approx((1 + 0 + 1 + 2) / 5)]


def test_a_retry_replaying_the_keys_of_attempt_one_does_not_raise_the_grade(workbench):
    block = workbench.load(linear_olx())  # the defaults: graded, no attempt limit, "best" policy
    learner = Player(workbench, block)
    first = learner.play(WRONG)["end"]["score"]
    assert first < 0.2
    final = learner.play(KEY_ANSWERS, first="retry")
    assert final["counts"] is False  # "Practice: this attempt does not change your grade"
    assert final["end"]["score"] == 1.0  # the practice attempt's own result
    assert final["grade"] == pytest.approx(first) and final["grade_rule"] == "first"
    assert grades(workbench) == [pytest.approx(first), pytest.approx(first)]
    assert [item["counts"] for item in final["history"]] == [True, False]
    assert block.calculate_score().raw_earned == pytest.approx(first)


def test_practice_mode_lets_the_learner_replay_as_before(workbench):
    learner = Player(workbench, workbench.load(linear_olx(allow_back=True, scored=False)))
    learner.call("start_attempt")
    learner.answer("s1", WRONG["s1"])
    back = learner.call("go_back")
    assert back["kept"] is None and back["counts"] is False
    for situation, given in KEY_ANSWERS.items():
        learner.answer(situation, given)
    assert learner.call("learner_state")["end"]["score"] == 1.0
    assert grades(workbench) == []


def test_attempts_stored_before_the_rule_keep_the_authors_policy():
    legacy = [{"number": 1, "finished": True, "score": 0.4}, {"number": 2, "finished": True, "score": 0.9}]
    assert graded_score(legacy, "best") == 0.9 and graded_score(legacy, "last") == 0.9
    practice = {"number": 3, "finished": True, "score": 1.0, "counts": False}
    assert graded_score([*legacy, practice], "best") == 0.9  # a new attempt after them is practice
    assert graded_score([*legacy, practice], "last") == 0.9
    fresh = [{"number": 1, "finished": True, "score": 0.2, "counts": True}, dict(practice, number=2)]
    assert graded_score(fresh, "best") == 0.2 and graded_score([], "best") is None


def test_rescoring_keeps_the_first_answers_of_a_counting_attempt():
    scenario = normalise_scenario(linear())
    attempt = new_attempt(scenario, 1, NOW, counts=True)
    attempt, _step = answer(scenario, attempt, "s1", WRONG["s1"], "", NOW)
    attempt["position"], attempt["phase"] = "s1", "question"  # as go_back leaves it
    attempt["steps"].pop()
    for situation, given in KEY_ANSWERS.items():
        attempt, _step = answer(scenario, attempt, situation, given, "", NOW)
        if not attempt["finished"]:
            attempt, _done = advance(scenario, attempt, NOW)
    assert attempt["steps"][0]["repeat"] is True
    assert attempt["score"] == pytest.approx(0.8)
    data = linear()
    data["situations"][0]["key"]["points"] = {"a": 2, "b": 0, "c": 1}  # the author corrects the key
    rescored = rescored_history(normalise_scenario(data), [attempt])
    assert rescored[0]["score"] == pytest.approx(1.0)  # the first answer (a) is what is rescored
