"""The AVG: retiring a learner in the LMS deletes or anonymises every row and text of theirs in our store.

The retirement is sent as the platform sends it (``tests/lms_contract/retirement.py``), to the receivers the app
connects in ``ready()``; rows of other learners and other courses stay as they were.
"""
import pytest
from django.utils import timezone

from tests.lms_contract.runtime import LmsPlatform, TrackingLog
from weerbaarxblock.store.apps import connect_retirement
from weerbaarxblock.store.models import (
    LearnerNameWord,
    NetworkSubmission,
    ReflectionEntry,
    ReflectionReview,
    ReflectionVersion,
    ScenarioAnswer,
    ScenarioAttempt,
)

OTHER_COURSE = "course-v1:Divosa+OND102+2026"
USAGE = {
    "reflection": "block-v1:Divosa+OND101+2026+type@weerbaar_reflection+block@r1",
    "scenario": "block-v1:Divosa+OND101+2026+type@weerbaar_scenario+block@s1",
    "network": "block-v1:Divosa+OND101+2026+type@weerbaar_network+block@n1",
}


@pytest.fixture
def lms(db):  # noqa: ARG001
    with TrackingLog().installed() as tracking:
        yield LmsPlatform(tracking)


def add_rows(lms, person, course_key, *, reviewer=None):
    """One entry (with a version and a review), one casus attempt (with an answer), one map."""
    learner_id = lms.directory.anonymous_id_for_user(person.user, course_key)
    name, now = person.user.profile.name, timezone.now()
    common = {"course_key": str(course_key), "learner_id": learner_id, "learner_name": name}
    entry = ReflectionEntry.objects.create(
        usage_key=USAGE["reflection"], answers={"p1": f"Tekst van {name}"}, updated_at=now, **common
    )
    ReflectionVersion.objects.create(entry=entry, number=1, answers=entry.answers, submitted_at=now)
    reviewer = reviewer or lms.staff
    ReflectionReview.objects.create(
        entry=entry, version=1, reviewer_id=lms.directory.anonymous_id_for_user(reviewer.user, course_key),
        reviewer_name=reviewer.user.profile.name, feedback=f"Goed gedaan, {name}.", created_at=now,
    )
    attempt = ScenarioAttempt.objects.create(usage_key=USAGE["scenario"], number=1, started_at=now, **common)
    ScenarioAnswer.objects.create(
        attempt=attempt, usage_key=USAGE["scenario"], learner_id=learner_id, step=1, situation_id="s1",
        response_format="pick_best", answer={"option": "a"}, justification=f"Omdat {name} het zo ziet.",
        score=2, created_at=now,
    )
    submission = NetworkSubmission.objects.create(
        usage_key=USAGE["network"], map={"actors": [{"label": f"buurman van {name}"}]}, submitted_at=now, **common
    )
    LearnerNameWord.remember_rows([entry, attempt, submission])  # the words of the name, as the blocks store them
    return learner_id


def everything():
    """Every value in every row of the store, as text."""
    rows = []
    for model in (ReflectionEntry, ReflectionVersion, ReflectionReview, ScenarioAttempt, ScenarioAnswer,
                  NetworkSubmission):
        rows.extend(str(row) for row in model.objects.values())
    return "\n".join(rows)


def test_outside_the_platform_nothing_is_connected():
    assert connect_retirement() is False


def test_a_retired_learner_leaves_no_row_name_text_or_id(lms):
    learner_ids = [add_rows(lms, lms.learner, lms.course_key)]
    learner_ids.append(add_rows(lms, lms.learner, OTHER_COURSE))
    add_rows(lms, lms.learner_b, lms.course_key)
    before = everything()
    assert LearnerNameWord.objects.filter(learner_id__in=learner_ids, word="samira").exists()

    lms.retire(lms.learner)

    after = everything()
    for trace in ("Samira", *learner_ids):
        assert trace in before
        assert trace not in after
    assert not ReflectionEntry.objects.filter(learner_id__in=learner_ids).exists()
    assert not NetworkSubmission.objects.filter(learner_id__in=learner_ids).exists()
    assert not LearnerNameWord.objects.filter(learner_id__in=learner_ids).exists()  # the words of the name too
    assert ReflectionReview.objects.count() == 1  # the one about the other learner
    assert ScenarioAnswer.objects.filter(learner_id__startswith="retired-").count() == 2  # peers' percentages


def test_others_keep_everything(lms):
    add_rows(lms, lms.learner, lms.course_key)
    add_rows(lms, lms.learner_b, lms.course_key)
    joost = lms.directory.anonymous_id_for_user(lms.learner_b.user, lms.course_key)
    kept = [
        list(model.objects.filter(learner_id=joost).values())
        for model in (ReflectionEntry, ScenarioAttempt, ScenarioAnswer, NetworkSubmission)
    ]
    lms.retire(lms.learner)
    assert kept == [
        list(model.objects.filter(learner_id=joost).values())
        for model in (ReflectionEntry, ScenarioAttempt, ScenarioAnswer, NetworkSubmission)
    ]


def test_a_retired_instructor_leaves_the_feedback_without_their_name(lms):
    add_rows(lms, lms.learner_b, lms.course_key, reviewer=lms.staff)
    lms.retire(lms.staff)
    review = ReflectionReview.objects.get()
    assert (review.reviewer_id, review.reviewer_name) == ("", "")
    assert review.feedback == "Goed gedaan, Joost Bakker."  # the learner's to keep


def test_retiring_twice_finds_nothing_left(lms):
    add_rows(lms, lms.learner, lms.course_key)
    lms.retire(lms.learner)
    after_first = everything()
    lms.retire(lms.learner)
    assert everything() == after_first
