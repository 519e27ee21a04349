"""The AVG: when the LMS retires a learner, their rows and texts leave the store.

edx-platform sends ``USER_RETIRE_LMS_CRITICAL`` and ``USER_RETIRE_LMS_MISC``
(``openedx/core/djangoapps/user_api/accounts/signals.py``) with the Django ``user``. Our rows name learners by
the per-course anonymous id the LMS gave the block, so for every course our tables mention we ask the platform
for the learner's id there (``common/djangoapps/student/models`` ``anonymous_id_for_user``) and retire what
carries it. Both signals are received; a second run finds nothing left.

Per table:

- ``ReflectionEntry`` with its ``ReflectionVersion`` rows: **deleted**. They are the learner's own texts.
- ``ReflectionReview`` about the learner: **deleted** with the entry. The instructor's feedback quotes and judges
  the learner's text, so it is their personal data too; the score stays in the LMS's own gradebook.
- ``ReflectionReview`` written by the retired person as instructor: **anonymised** (``reviewer_id`` and
  ``reviewer_name`` emptied). The feedback belongs to the learner who received it and stays theirs to read.
- ``NetworkSubmission``: **deleted**. The map is the learner's own work, with actors they named themselves.
  The ``NetworkClassCounts`` of those blocks go too: counted again without the map at the next overview.
- ``ScenarioAttempt`` and ``ScenarioAnswer``: **anonymised**. The learner's name and written justifications go,
  and the anonymous id becomes a random token that nothing links to anyone (one per learner per block, so the
  peers' percentages other learners see and the instructor's counts stay as they were). What remains is which
  option was chosen in a scenario, with its score: no longer about an identifiable person.
- ``LearnerVersion``: **deleted**. It only counts the learner's saves at a block.
- ``LearnerNameWord``: **deleted**. The words of the learner's name, for staff's name searches.
"""
import logging
import secrets

from django.db import transaction

from weerbaarxblock.store.models import (
    CaseWork,
    LearnerNameWord,
    LearnerVersion,
    NetworkClassCounts,
    NetworkSubmission,
    ReflectionEntry,
    ReflectionReview,
    ReflectionTally,
    ScenarioAnswer,
    ScenarioAttempt,
)

log = logging.getLogger(__name__)

TABLES_WITH_COURSES = (ReflectionEntry, ScenarioAttempt, NetworkSubmission, LearnerVersion, CaseWork)
RETIRED_PREFIX = "retired-"


def course_keys_in_store():
    """Every course key that a row of ours names."""
    keys = set()
    for model in TABLES_WITH_COURSES:
        keys.update(model.objects.values_list("course_key", flat=True).distinct())
    return keys


def anonymous_ids(user, course_keys, anonymous_id_for_user, parse_key=str):
    """The learner's anonymous id in each course, as ``{course key text: id}`` (courses without one left out)."""
    found = {}
    for course_key in course_keys:
        try:
            key = parse_key(course_key)
        except Exception:  # noqa: BLE001 - a course key the platform cannot read names no course of this user
            continue
        anonymous_id = anonymous_id_for_user(user, key)
        if anonymous_id:
            found[course_key] = anonymous_id
    return found


def retire(ids_by_course):
    """Delete or anonymise everything of the learners named by ``{course key: anonymous id}``; returns counts."""
    counts = {"reflection_entries": 0, "reviews_anonymised": 0, "network_maps": 0, "scenario_attempts": 0}
    with transaction.atomic():
        for course_key, learner_id in ids_by_course.items():
            entries = ReflectionEntry.objects.filter(course_key=course_key, learner_id=learner_id)
            ReflectionTally.forget(entries)  # the blocks' counts per status lose the learner's entries
            counts["reflection_entries"] += _delete(entries)
            counts["reviews_anonymised"] += ReflectionReview.objects.filter(
                entry__course_key=course_key, reviewer_id=learner_id
            ).update(reviewer_id="", reviewer_name="")
            maps = NetworkSubmission.objects.filter(course_key=course_key, learner_id=learner_id)
            NetworkClassCounts.objects.filter(usage_key__in=list(maps.values_list("usage_key", flat=True))).delete()
            counts["network_maps"] += _delete(maps)
            counts["scenario_attempts"] += _anonymise_attempts(course_key, learner_id)
            LearnerVersion.objects.filter(course_key=course_key, learner_id=learner_id).delete()
            CaseWork.objects.filter(course_key=course_key, learner_id=learner_id).delete()  # the case thread's copy
            LearnerNameWord.objects.filter(course_key=course_key, learner_id=learner_id).delete()  # name searches
    return counts


def _delete(queryset):
    """Delete the rows (and what cascades from them); the number of rows of the queryset's own table."""
    return queryset.delete()[1].get(queryset.model._meta.label, 0)


def _anonymise_attempts(course_key, learner_id):
    attempts = ScenarioAttempt.objects.filter(course_key=course_key, learner_id=learner_id)
    count = 0
    for usage_key in set(attempts.values_list("usage_key", flat=True)):
        token = RETIRED_PREFIX + secrets.token_hex(12)  # random: no way back to the learner
        ScenarioAnswer.objects.filter(attempt__in=attempts.filter(usage_key=usage_key)).update(
            learner_id=token, justification=""
        )
        count += attempts.filter(usage_key=usage_key).update(learner_id=token, learner_name="")
    return count


def retire_user(user, anonymous_id_for_user, parse_key=str):
    """Retire ``user`` in every course of ours; ``anonymous_id_for_user`` is the platform's function."""
    ids = anonymous_ids(user, course_keys_in_store(), anonymous_id_for_user, parse_key)
    counts = retire(ids)
    log.info("Retired learner %s from the weerbaar store: %s", getattr(user, "id", None), counts)
    return counts
