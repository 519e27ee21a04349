"""The instructor's "delete learner state" and "reset attempts" (``enrollment.py`` imitates the LMS's path)."""
import pytest

from weerbaarxblock.store.models import NetworkSubmission, ReflectionEntry, ScenarioAnswer, ScenarioAttempt

from .enrollment import reset_student_attempts
from .scored import network, play_scenario, reflection, scenario, submit_map, submit_reflection

SETUPS = {
    "weerbaar_scenario": (scenario, play_scenario, (ScenarioAttempt, ScenarioAnswer)),
    "weerbaar_network": (network, submit_map, (NetworkSubmission,)),
    "weerbaar_reflection": (reflection, submit_reflection, (ReflectionEntry,)),
}


def rows(models, person, lms):
    learner_id = lms.anonymous_id(person)
    return sum(model.objects.filter(learner_id=learner_id).count() for model in models)


def user_state(lms, person, key):
    return {
        item.field_name: value for item, value in lms.kvs.db_dict.items()
        if item.user_id == person.user.id and item.block_scope_id == key
    }


@pytest.mark.parametrize("block_type", sorted(SETUPS))
def test_deleting_a_learners_state_deletes_their_rows_and_score_and_nobody_elses(lms, block_type):
    create, work, models = SETUPS[block_type]
    key = create(lms)
    work(lms, key, lms.learner)
    work(lms, key, lms.learner_b)
    assert rows(models, lms.learner, lms) and user_state(lms, lms.learner, key)

    reset_student_attempts(lms, lms.learner, key, lms.staff, delete_module=True)

    assert rows(models, lms.learner, lms) == 0 and user_state(lms, lms.learner, key) == {}
    assert rows(models, lms.learner_b, lms) and user_state(lms, lms.learner_b, key)
    assert lms.grades.deleted == [(lms.learner.user.id, str(key))]  # clear_student_state resets the score too


def test_a_deleted_reflection_takes_its_reviews_and_the_instructors_score_along(lms):
    key = reflection(lms)
    submit_reflection(lms, key, lms.learner)
    entry = ReflectionEntry.objects.get()
    review = {"entry_id": entry.id, "version": entry.version, "feedback": "Goed.", "points": 6}
    assert lms.call(lms.lms_block(key, lms.staff), "save_review", review)[0] == 200

    reset_student_attempts(lms, lms.learner, key, lms.staff, delete_module=True)

    assert not ReflectionEntry.objects.exists()
    assert lms.grades.deleted == [(lms.learner.user.id, str(key))]
    block = lms.lms_block(key, lms.learner)
    status, data = lms.call(block, "save_draft", {"entry": 1, "version": 0, "answers": {"p1": "Opnieuw."}})
    assert status == 200, data  # the learner starts again from an empty journal


@pytest.mark.parametrize("block_type", sorted(SETUPS))
def test_resetting_attempts_changes_nothing_our_blocks_keep(lms, block_type):
    """The LMS only zeroes an ``attempts`` key; none of the three keeps one, so rows and state stay together."""
    create, work, models = SETUPS[block_type]
    key = create(lms)
    work(lms, key, lms.learner)
    before = (rows(models, lms.learner, lms), user_state(lms, lms.learner, key), list(lms.scores))
    reset_student_attempts(lms, lms.learner, key, lms.staff)
    assert (rows(models, lms.learner, lms), user_state(lms, lms.learner, key), list(lms.scores)) == before
    assert lms.grades.deleted == []
