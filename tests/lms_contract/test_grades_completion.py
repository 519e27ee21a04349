"""Completion, grades and analytics events, as the LMS handles what a block publishes."""
import pytest
from completion.models import BlockCompletion
from completion.waffle import ENABLE_COMPLETION_TRACKING_SWITCH
from edx_toggles.toggles.testutils import override_waffle_switch
from xblock.completable import XBlockCompletionMode

from .conftest import BLOCK_TYPES
from .runtime import COURSE_KEY


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_mark_complete_stores_a_block_completion_of_one(lms, block_type):
    key = lms.add_block(block_type)
    block = lms.lms_block(key, lms.learner)
    assert XBlockCompletionMode.get_mode(block) == XBlockCompletionMode.COMPLETABLE
    assert block.has_custom_completion  # so the LMS does not also complete it after 5 s of viewing

    block.mark_complete()

    completion = BlockCompletion.objects.get(user=lms.learner.user, block_key=key)
    assert (completion.context_key, completion.block_type, completion.completion) == (COURSE_KEY, block_type, 1.0)
    assert lms.tracking.named("edx.completion.block_completion.changed")
    assert not lms.tracking.named("completion")  # handled by the completion service, not logged as a raw event


def test_completion_is_per_learner(lms, probe):
    lms.lms_block(probe, lms.learner).mark_complete()
    lms.lms_block(probe, lms.learner).mark_complete()  # again: still one row
    assert BlockCompletion.objects.filter(block_key=probe).count() == 1
    assert not BlockCompletion.objects.filter(user=lms.learner_b.user).exists()


def test_anonymous_users_and_a_switched_off_completion_store_nothing(lms, probe):
    lms.lms_block(probe, lms.anonymous).mark_complete()  # the LMS gives anonymous users no completion service
    with override_waffle_switch(ENABLE_COMPLETION_TRACKING_SWITCH, active=False):
        lms.lms_block(probe, lms.learner).mark_complete()
    assert not BlockCompletion.objects.exists()
    # The switched-off store logs the learner's event; an anonymous viewer publishes nothing (Viewer.may_write).
    assert [event["data"] for event in lms.tracking.named("completion")] == [{"completion": 1.0}]


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_publish_grade_sends_the_lms_shaped_grade_event(lms, block_type):
    key = lms.add_block(block_type)
    lms.lms_block(key, lms.learner).publish_grade(3, 4)

    (score,) = lms.scores
    assert score.event == {"value": 3, "max_value": 4}  # no user_id: the LMS credits the requesting learner
    assert (score.user, score.usage_key, score.raw_earned, score.raw_possible) == (lms.learner.user, key, 3, 4)
    assert not lms.tracking.named("grade")


def test_a_grade_event_cannot_credit_another_learner(lms, probe):
    """The current LMS sends SCORE_PUBLISHED for the request's user; an event's ``user_id`` is not used.

    So an instructor's review cannot publish the learner's grade from the instructor's request.
    """
    block = lms.lms_block(probe, lms.staff)
    block.runtime.publish(block, "grade", {"value": 1, "max_value": 2, "user_id": lms.learner.user.id})
    (score,) = lms.scores
    assert score.user == lms.staff.user


def test_grades_of_anonymous_users_are_ignored_like_the_lms_does(lms, probe):
    lms.lms_block(probe, lms.anonymous).publish_grade(1, 1)
    assert lms.scores == []


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_analytics_events_are_named_per_block_and_carry_the_course_context(lms, block_type):
    key = lms.add_block(block_type)
    block = lms.lms_block(key, lms.learner)
    assert block.event_namespace != "block", "each block type names its own events"

    block.publish_event("viewed", {"usage_key": block.usage_key, "course_key": block.course_key})

    (event,) = lms.tracking.named(f"weerbaar.{block.event_namespace}.viewed")
    assert event["data"] == {"usage_key": str(key), "course_key": str(COURSE_KEY)}
    assert event["context"] == {"course_id": str(COURSE_KEY), "org_id": "Divosa", "user_id": lms.learner.user.id}
    assert lms.tracking.unserialisable == []


def test_events_of_anonymous_users_carry_no_user_id(lms, probe):
    block = lms.lms_block(probe, lms.anonymous)  # the runtime's publisher itself: the block sends nothing then
    block.runtime.publish(block, "weerbaar.probe.viewed", {})
    (event,) = lms.tracking.named("weerbaar.probe.viewed")
    assert "user_id" not in event["context"]
