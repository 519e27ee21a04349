"""Rescoring after an author changes a key, and the instructor's score overrides, as the LMS's tasks run them.

The tasks (``lms/djangoapps/instructor_task/tasks_helper/module_state.py``) bind the block to the learner:
``rescore_problem_module_state`` skips learners without ``has_submitted_answer()`` and calls
``rescore(only_if_higher)``; ``override_score_module_state`` calls ``set_score(Score(...))``, then
``publish_grade()`` without arguments; both ``save()`` the block.
"""
import pytest
from xblock.scorable import Score

from tests.network.fixtures import authoring
from tests.scenario.data import KEY_ANSWERS, linear
from weerbaarxblock.store.models import NetworkSubmission, ScenarioAttempt

from .scored import network, play_scenario, scenario, submit_map

NEW_BEST_S1 = {"s1": {"choice": "a"}}  # the best option once change_casus_key has run


def change_casus_key(lms, key):
    """The author now judges option a best in s1 (it was b)."""
    changed = linear()
    changed["situations"][0]["key"] = {"points": {"a": 2, "b": 0, "c": 1}}
    payload = {"display_name": "Casus", "settings": {"scored": True}, "scenario": changed}
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", payload)[0] == 200


def rescore(lms, key, person, only_if_higher=False):
    block = lms.lms_block(key, person)
    assert block.has_submitted_answer()
    block.rescore(only_if_higher=only_if_higher)
    block.save()
    return lms.lms_block(key, person)


def override(lms, key, person, earned):
    block = lms.lms_block(key, person)
    block.set_score(Score(raw_earned=earned, raw_possible=block.max_score() / block.weight))
    block.publish_grade()
    block.save()


def test_a_casus_rescore_recomputes_every_finished_attempt_with_the_new_key(lms):
    key = scenario(lms)
    play_scenario(lms, key, lms.learner)
    assert lms.scores[-1].raw_earned == 1.0
    change_casus_key(lms, key)

    block = rescore(lms, key, lms.learner)

    assert (lms.scores[-1].user, lms.scores[-1].raw_earned) == (lms.learner.user, pytest.approx(0.8))
    assert block.history[-1]["score"] == pytest.approx(0.8) and block.get_score().raw_earned == pytest.approx(0.8)
    assert ScenarioAttempt.objects.get().score == pytest.approx(0.8)


def test_rescore_only_if_higher_keeps_the_better_grade(lms):
    key = scenario(lms)
    play_scenario(lms, key, lms.learner)
    change_casus_key(lms, key)
    block = rescore(lms, key, lms.learner, only_if_higher=True)
    assert lms.grades.stored(lms.learner.user, key).raw_earned == 1.0
    assert block.get_score().raw_earned == 1.0


def test_learners_who_never_finished_are_not_rescored(lms):
    key = scenario(lms)
    lms.call(lms.lms_block(key, lms.learner), "start_attempt", {})
    block = lms.lms_block(key, lms.learner)
    assert not block.has_submitted_answer()
    with pytest.raises(ValueError, match="unanswered"):
        block.rescore(only_if_higher=False)


def test_an_override_sticks_through_views_handlers_and_rescores_until_the_learner_finishes_again(lms):
    key = scenario(lms)
    play_scenario(lms, key, lms.learner)
    override(lms, key, lms.learner, 0.5)
    assert (lms.scores[-1].user, lms.scores[-1].raw_earned) == (lms.learner.user, 0.5)

    block = lms.lms_block(key, lms.learner)
    block.render("student_view", {})
    assert lms.call(block, "learner_state", {})[0] == 200
    change_casus_key(lms, key)
    block = rescore(lms, key, lms.learner)
    assert block.get_score().raw_earned == 0.5 and block.score_overridden
    assert lms.grades.stored(lms.learner.user, key).raw_earned == 0.5

    assert lms.call(block, "retry", {})[0] == 200
    play_scenario(lms, key, lms.learner, answers=dict(KEY_ANSWERS, **NEW_BEST_S1), start=False)
    block = lms.lms_block(key, lms.learner)
    assert not block.score_overridden and block.get_score().raw_earned == 1.0


def test_a_netwerkkaart_rescore_compares_the_submitted_map_with_the_changed_expert_map(lms):
    key = network(lms)
    submit_map(lms, key, lms.learner)
    assert lms.scores[-1].raw_earned == 1.0
    changed = authoring()
    changed["settings"]["scored"] = True
    changed["reference"]["relations"] = changed["reference"]["relations"][1:]
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", changed)[0] == 200

    block = rescore(lms, key, lms.learner)

    new_score = lms.scores[-1].raw_earned
    assert lms.scores[-1].user == lms.learner.user and new_score < 1.0
    assert block.score == pytest.approx(new_score) and NetworkSubmission.objects.get().score == pytest.approx(new_score)


def test_a_netwerkkaart_override_sticks_through_a_rescore(lms):
    key = network(lms)
    submit_map(lms, key, lms.learner)
    override(lms, key, lms.learner, 0.25)
    block = rescore(lms, key, lms.learner)
    assert block.get_score().raw_earned == 0.25
    assert lms.grades.stored(lms.learner.user, key).raw_earned == 0.25


def test_a_casus_rescore_refreshes_the_summary_a_linked_reflection_shows(lms):
    from weerbaarxblock.store.models import CaseWork

    key = lms.add_block("weerbaar_scenario")
    payload = {"display_name": "Casus", "settings": {"scored": True}, "scenario": linear(), "case_key": "zorg"}
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", payload)[0] == 200
    play_scenario(lms, key, lms.learner)
    assert CaseWork.objects.get().summary["score"] == 1.0
    changed = linear()
    changed["situations"][0]["key"] = {"points": {"a": 2, "b": 0, "c": 1}}
    payload = dict(payload, scenario=changed)
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", payload)[0] == 200

    block = rescore(lms, key, lms.learner)

    summary = CaseWork.objects.get().summary
    assert summary["score"] == pytest.approx(0.8) == block.history[-1]["score"]  # as the casus shows it now
    assert summary["steps"][0]["key"] == next(option["text"] for option in changed["situations"][0]["options"]
                                              if option["id"] == "a")
