"""Grades in the LMS: the instructor's score reaches the learner, never the instructor; no field named graded."""
import pytest
from xblock.scorable import ScorableXBlockMixin

from weerbaarxblock.store.models import ReflectionEntry, ReflectionReview

from .conftest import BLOCK_TYPES
from .scored import reflection, submit_reflection


def review_payload(points=7):
    entry = ReflectionEntry.objects.get()
    return {"entry_id": entry.id, "version": entry.version, "feedback": "Goed benoemd.", "points": points}


def test_the_instructors_score_is_stored_for_the_learner_through_score_published(lms):
    key = reflection(lms)
    submit_reflection(lms, key, lms.learner)
    status, data = lms.call(lms.lms_block(key, lms.staff), "save_review", review_payload())
    assert status == 200, data
    (score,) = lms.scores
    assert (score.user, score.usage_key, score.raw_earned, score.raw_possible) == (lms.learner.user, key, 7, 10)
    assert score.event is None  # the signal itself, not a grade event of the instructor's request
    assert not lms.tracking.named("grade")


def test_without_the_grades_app_the_review_is_refused_whole_and_nothing_is_stored(lms, caplog):
    key = reflection(lms)
    submit_reflection(lms, key, lms.learner)
    before = lms.state()
    with lms.grades.missing():
        status, data = lms.call(lms.lms_block(key, lms.staff), "save_review", review_payload())
    assert status == 400
    assert data["error"]  # refl_grade_unavailable, in Dutch once the catalog has it
    assert lms.state() == before and not ReflectionReview.objects.exists()
    assert "cannot be recorded" in caplog.text


def test_an_unscored_review_needs_no_grades_app(lms):
    key = lms.add_block("weerbaar_reflection", review="instructor", grading="none")
    submit_reflection(lms, key, lms.learner)
    payload = review_payload()
    del payload["points"]
    with lms.grades.missing():
        assert lms.call(lms.lms_block(key, lms.staff), "save_review", payload)[0] == 200
    assert lms.scores == []


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_no_block_shadows_the_inheritable_graded_field_and_each_has_a_weight(lms, block_type):
    block = lms.lms_block(lms.add_block(block_type), lms.learner)
    assert "graded" not in type(block).fields or block_type == "weerbaar_probe"
    assert "weight" in block.fields and block.weight == 1.0


@pytest.mark.parametrize("block_type", ["weerbaar_scenario", "weerbaar_network"])
def test_casus_and_netwerkkaart_are_rescorable_and_the_reflection_is_not(lms, block_type):
    assert isinstance(lms.lms_block(lms.add_block(block_type), lms.learner), ScorableXBlockMixin)
    reflection_block = lms.lms_block(reflection(lms), lms.learner)
    assert not hasattr(reflection_block, "rescore") and not hasattr(reflection_block, "set_score")
