"""Scores for a learner who is not the user of the request: an instructor's review, a state reset.

``runtime.publish(block, "grade", ...)`` scores the request's user
(edx-platform ``xmodule/services.py``, ``EventPublishingService._handle_grade_event``
sends ``SCORE_PUBLISHED`` with ``user=self.user``; a ``user_id`` in the event is
not read). So an instructor's request must not publish a ``grade`` event for a
learner. In the LMS we send the grades app's signals for the learner's Django
user ourselves, as the platform's own handlers do
(``lms/djangoapps/grades/signals/handlers.py`` ``score_published_handler``,
``lms/djangoapps/instructor/enrollment.py`` ``_fire_score_changed_for_block``).

Outside the LMS a runtime may offer the ``weerbaar_grades`` service (the demo
does) with the same two methods as ``LmsGrades``. Without either, the score
cannot reach the learner: ``GradeUnavailable`` says so, and callers refuse.
"""
import logging
from datetime import UTC, datetime

log = logging.getLogger(__name__)

SERVICE = "weerbaar_grades"


class GradeUnavailable(Exception):
    """No way to give this learner a score here (no grades app, or the learner is unknown)."""


class LmsGrades:
    """The LMS's grades app, reached through ``lms.djangoapps.grades.api`` (its public module)."""

    def __init__(self, api):
        self._api = api

    def publish(self, block, user, earned, possible):
        """What ``_handle_grade_event`` does, for ``user`` instead of the request's user."""
        self._api.signals.SCORE_PUBLISHED.send(
            sender=None, block=block, user=user, raw_earned=earned, raw_possible=possible,
            only_if_higher=False, score_deleted=False, grader_response=None,
        )

    def delete(self, block, user):
        """What ``enrollment.py``'s ``_fire_score_changed_for_block`` does when a learner's state is deleted."""
        max_score = block.max_score() if block.has_score else None
        if max_score is None:
            return
        location = block.scope_ids.usage_id
        self._api.signals.PROBLEM_RAW_SCORE_CHANGED.send(
            sender=None, raw_earned=0, raw_possible=max_score, weight=getattr(block, "weight", None),
            user_id=user.id, course_id=str(location.course_key), usage_id=str(location), score_deleted=True,
            only_if_higher=False, modified=datetime.now(UTC),
            score_db_table=self._api.constants.ScoreDatabaseTableEnum.courseware_student_module,
        )


def _lms_grades():
    try:
        from lms.djangoapps.grades import api  # noqa: PLC0415 - only present inside the LMS
    except ImportError:
        return None
    return LmsGrades(api) if getattr(getattr(api, "signals", None), "SCORE_PUBLISHED", None) else None


def _service(block, name):
    try:
        return block.runtime.service(block, name)
    except Exception:  # noqa: BLE001 - runtimes raise different errors for a service they do not offer
        return None


def _platform_lookup():
    """``user_by_anonymous_id`` of the LMS's student app (what the grades handlers use), or None."""
    try:
        from common.djangoapps.student.models import user_by_anonymous_id  # noqa: PLC0415 - LMS only
    except ImportError:
        return None
    return user_by_anonymous_id


def learner_user(block, learner_id):
    """The Django user (or the demo's user) behind a per-course anonymous id, or None.

    The user service answers in a learner's or instructor's request; blocks the instructor tools load from the
    modulestore may have none, so the student app's lookup follows.
    """
    if not learner_id:
        return None
    for lookup in (getattr(_service(block, "user"), "get_user_by_anonymous_id", None), _platform_lookup()):
        try:
            user = lookup(learner_id) if lookup else None
        except Exception:  # noqa: BLE001 - an unknown id: try the next lookup
            user = None
        if user is not None:
            return user
    return None


def grades_for(block, learner_id):
    """(grades, user) that can score ``learner_id``; ``GradeUnavailable`` when nothing can."""
    grades = _lms_grades() or _service(block, SERVICE)
    if grades is None:
        log.error("No grades app for %s: the score for a learner cannot be recorded", block.scope_ids.usage_id)
        raise GradeUnavailable("no grades app")
    user = learner_user(block, learner_id)
    if user is None:
        log.error("No user for anonymous id %s in %s: the score cannot be recorded", learner_id,
                  block.scope_ids.usage_id)
        raise GradeUnavailable("unknown learner")
    return grades, user


def delete_learner_score(block, learner_id):
    """The learner's score for the block back to nothing, after their state was deleted (logged when impossible)."""
    try:
        grades, user = grades_for(block, learner_id)
    except GradeUnavailable:
        return False
    grades.delete(block, user)
    return True
