"""Publishing a grade for a learner while someone else (the instructor) is the current user.

``runtime.publish(block, "grade", ...)`` grades the *current* user. Older
edx-platform releases honoured a ``user_id`` key in the event; current ones
(``lms/djangoapps/courseware/block_render.py``, ``handle_grade_event``) ignore
it and would grade the instructor. So, in the LMS, the block sends the grades
app's ``SCORE_PUBLISHED`` signal for the learner's Django user itself, as
xblock-lti-consumer does for scores that arrive from a tool. The learner's user
comes from the user service's ``get_user_by_anonymous_id``.

Outside the LMS (the workbench, tests) the grade event is published with the
learner's id in ``user_id``, which is also what old LMS releases read.
"""
import logging

log = logging.getLogger(__name__)


def _score_published_signal():
    try:
        from lms.djangoapps.grades.api import signals  # noqa: PLC0415 - only present inside the LMS
    except ImportError:
        return None
    return getattr(signals, "SCORE_PUBLISHED", None)


def _django_user(block, learner_id):
    try:
        service = block.runtime.service(block, "user")
    except Exception:  # noqa: BLE001 - runtimes raise different errors for an unknown service
        return None
    lookup = getattr(service, "get_user_by_anonymous_id", None)
    if lookup is None:
        return None
    try:
        return lookup(learner_id)
    except Exception:  # noqa: BLE001 - an unknown id leaves the grade to the fallback below
        log.warning("No user for anonymous id %s; grade published with the id itself", learner_id)
        return None


def publish_learner_grade(block, learner_id, value, max_value):
    """Give the learner ``learner_id`` (the block's per-course anonymous id) ``value`` of ``max_value``."""
    user = _django_user(block, learner_id)
    signal = _score_published_signal()
    django_user_id = getattr(user, "id", None)
    if signal is not None and django_user_id is not None:
        signal.send(
            sender=None, block=block, user=user, raw_earned=value, raw_possible=max_value,
            only_if_higher=False, score_deleted=False, grader_response=None,
        )
        return
    block.runtime.publish(
        block, "grade", {"value": value, "max_value": max_value, "user_id": django_user_id or learner_id}
    )
