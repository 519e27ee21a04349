"""Casus queries: what the block writes and reads across learners.

Functions take the block's keys and answer in plain dicts (ISO dates), so the
block never handles model instances. Rows stay when the author edits the
scenario; readers skip answers that no longer fit (see ``rules.report``).
"""
from django.db import transaction

from weerbaarxblock.core.queries import forget_versions, iso, lazy_model, now

ScenarioAnswer = lazy_model("ScenarioAnswer")
ScenarioAttempt = lazy_model("ScenarioAttempt")


def _attempt_row(keys, person, attempt):
    course_key, usage_key = keys
    learner_id, learner_name = person
    row, _created = ScenarioAttempt.objects.get_or_create(
        usage_key=usage_key, learner_id=learner_id, number=attempt["number"],
        defaults={"course_key": course_key, "learner_name": learner_name, "started_at": now()},
    )
    return row


def record_start(keys, person, attempt):
    _attempt_row(keys, person, attempt)


@transaction.atomic
def record_answer(keys, person, attempt, step):
    """Store the step just answered and the attempt's path so far."""
    row = _attempt_row(keys, person, attempt)
    row.path = [item["situation"] for item in attempt["steps"]]
    row.learner_name = person[1] or row.learner_name
    row.save(update_fields=["path", "learner_name"])
    # Answers at this step or later were given on a path the learner has since left (back, or an author's edit).
    stale = ScenarioAnswer.objects.filter(attempt=row, step__gte=len(attempt["steps"]), withdrawn=False)
    stale.update(withdrawn=True)
    ScenarioAnswer.objects.create(
        attempt=row, usage_key=row.usage_key, learner_id=row.learner_id, step=len(attempt["steps"]),
        situation_id=step["situation"], response_format=step["format"], answer=step["answer"],
        justification=step["justification"], score=step["score"], created_at=now(),
    )


@transaction.atomic
def record_withdrawal(keys, person, attempt):
    """The learner went back: the answers beyond the attempt's current steps no longer stand."""
    row = _attempt_row(keys, person, attempt)
    row.path = [item["situation"] for item in attempt["steps"]]
    row.save(update_fields=["path"])
    ScenarioAnswer.objects.filter(attempt=row, step__gt=len(attempt["steps"]), withdrawn=False).update(withdrawn=True)


def record_finish(keys, person, attempt):
    row = _attempt_row(keys, person, attempt)
    row.path = [item["situation"] for item in attempt["steps"]]
    row.finished_at = now()
    row.score = attempt["score"]
    row.ending = attempt.get("ending") or ""
    row.save(update_fields=["path", "finished_at", "score", "ending"])


def standing_answers(usage_key, exclude_learner=None):
    """{situation_id: [answer, ...]}: each learner's most recent answer per situation that still stands."""
    rows = ScenarioAnswer.objects.filter(usage_key=usage_key, withdrawn=False)
    if exclude_learner is not None:
        rows = rows.exclude(learner_id=exclude_learner)
    latest = {}
    for situation_id, learner_id, answer in rows.order_by("created_at", "id").values_list(
        "situation_id", "learner_id", "answer"
    ):
        latest[(situation_id, learner_id)] = answer
    result = {}
    for (situation_id, _learner), answer in latest.items():
        result.setdefault(situation_id, []).append(answer)
    return result


def attempts(usage_key, limit=None):
    """Every attempt at the block with its answers (withdrawn ones marked), by learner and number."""
    rows = ScenarioAttempt.objects.filter(usage_key=usage_key).prefetch_related("answers")
    rows = rows.order_by("learner_name", "learner_id", "number")
    if limit is not None:
        rows = rows[:limit]
    return [_attempt_dict(row) for row in rows]


def attempt_index(usage_key):
    """``(id, learner_id, learner_name, number, finished)`` of every attempt: small, for choosing what to show."""
    rows = ScenarioAttempt.objects.filter(usage_key=usage_key)
    return [(identifier, learner_id, name, number, finished_at is not None) for identifier, learner_id, name, number,
            finished_at in rows.values_list("id", "learner_id", "learner_name", "number", "finished_at")]


def attempts_by_id(ids, chunk=500):
    """The attempts with these ids, with their answers, in the order of ``ids`` (queried in chunks)."""
    found = {}
    for start in range(0, len(ids), chunk):
        rows = ScenarioAttempt.objects.filter(id__in=ids[start:start + chunk]).prefetch_related("answers")
        found.update((row.id, _attempt_dict(row)) for row in rows)
    return [found[identifier] for identifier in ids if identifier in found]


def _attempt_dict(row):
    return {
        "id": row.id,
        "learner_id": row.learner_id,
        "learner_name": row.learner_name,
        "number": row.number,
        "path": list(row.path or []),
        "started_at": iso(row.started_at),
        "finished_at": iso(row.finished_at),
        "score": row.score,
        "ending": row.ending,
        "answers": [
            {
                "step": answer.step,
                "situation": answer.situation_id,
                "format": answer.response_format,
                "answer": answer.answer,
                "justification": answer.justification,
                "score": answer.score,
                "withdrawn": answer.withdrawn,
                "created_at": iso(answer.created_at),
            }
            for answer in sorted(row.answers.all(), key=lambda a: (a.step, a.created_at))
        ],
    }


def record_scores(usage_key, learner_id, history):
    """After a rescore: each finished attempt's row takes the attempt's new score."""
    for attempt in history:
        if attempt.get("finished"):
            ScenarioAttempt.objects.filter(
                usage_key=usage_key, learner_id=learner_id, number=attempt.get("number")
            ).update(score=attempt.get("score"))


def delete_learner(usage_key, learner_id):
    """Every attempt and answer of one learner at the block (the LMS's "delete learner state")."""
    with transaction.atomic():
        ScenarioAnswer.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
        ScenarioAttempt.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
        forget_versions(usage_key, learner_id)
