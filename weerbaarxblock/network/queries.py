"""Netwerkkaart queries: the submitted maps, which instructors read across learners.

Functions take the block's keys and answer in plain dicts, so the block never handles model instances.
"""
from django.db import transaction

from weerbaarxblock.core.queries import create_if_missing, forget_versions, iso, lazy_model

NetworkSubmission = lazy_model("NetworkSubmission")


def store_submission(keys, person, learner_map, summary, submitted_at):
    """Keep the learner's submitted map and its comparison summary (one row per learner and block)."""
    course_key, usage_key = keys
    learner_id, learner_name = person
    values = {
        "course_key": course_key, "learner_name": learner_name[:255], "map": learner_map,
        "summary": summary, "score": summary["score"], "submitted_at": submitted_at,
    }
    rows = NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id)
    if not create_if_missing(rows, usage_key=usage_key, learner_id=learner_id, **values):
        rows.update(**values)


def has_submission(usage_key, learner_id):
    return NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id).exists()


def submissions(usage_key, learner_id=None):
    """Every submitted map of the block (or one learner's), oldest row first."""
    rows = NetworkSubmission.objects.filter(usage_key=usage_key)
    if learner_id is not None:
        rows = rows.filter(learner_id=learner_id)
    for row in rows.order_by("id").iterator():
        yield {
            "learner_id": row.learner_id, "learner_name": row.learner_name, "map": row.map,
            "score": row.score, "submitted_at": iso(row.submitted_at),
        }


def record_summary(usage_key, learner_id, summary):
    """After a rescore: the learner's row takes the new comparison summary and score."""
    NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id).update(
        summary=summary, score=summary["score"]
    )


def delete_learner(usage_key, learner_id):
    """The learner's submitted map at the block (the LMS's "delete learner state")."""
    with transaction.atomic():
        NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
        forget_versions(usage_key, learner_id)
