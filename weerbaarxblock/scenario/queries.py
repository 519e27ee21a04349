"""Casus queries: what the block writes and reads across learners.

Functions take the block's keys and answer in plain dicts (ISO dates), so the
block never handles model instances. Rows stay when the author edits the
scenario; readers skip answers that no longer fit (see ``rules.report``).
"""
from django.db import transaction
from django.db.models import F, Min, Q

from weerbaarxblock.core.queries import (
    forget_name,
    forget_versions,
    id_pages,
    iso,
    lazy_model,
    name_search,
    now,
    page_of,
    pseudonymous_search,
    remember_name,
)
from weerbaarxblock.scenario.rules.tallies import marks

ScenarioAnswer = lazy_model("ScenarioAnswer")
ScenarioAttempt = lazy_model("ScenarioAttempt")
ScenarioTally = lazy_model("ScenarioTally")

PAGE_SIZE = 50
# The block's own counters (situation id ``BLOCK``): its attempts and learners, so a page need not count them.
BLOCK, ATTEMPTS, LEARNERS = "", "attempts", "learners"
EXPORT_CHUNK = 500


def _attempt_row(keys, person, attempt):
    course_key, usage_key = keys
    learner_id, learner_name = person
    row, created = ScenarioAttempt.objects.get_or_create(
        usage_key=usage_key, learner_id=learner_id, number=attempt["number"],
        defaults={"course_key": course_key, "learner_name": learner_name, "started_at": now()},
    )
    if created:  # the block's totals for the report, kept like the situations' counters
        others = ScenarioAttempt.objects.filter(usage_key=usage_key, learner_id=learner_id).exclude(id=row.id)
        first = not others.exists()
        add_to_tallies(usage_key, BLOCK, [ATTEMPTS] + ([LEARNERS] if first else []))
        remember_name(keys, learner_id, learner_name)  # for the report's name search
    return row


def record_start(keys, person, attempt):
    _attempt_row(keys, person, attempt)


@transaction.atomic(savepoint=False)  # part of the handler's transaction (its version claim): no savepoint of its own
def record_answer(keys, person, attempt, step):
    """Store the step just answered and the attempt's path so far."""
    row = _attempt_row(keys, person, attempt)
    row.path = [item["situation"] for item in attempt["steps"]]
    row.learner_name = person[1] or row.learner_name
    row.save(update_fields=["path", "learner_name"])
    # Answers at this step or later were given on a path the learner has since left (back, or an author's edit).
    stale = ScenarioAnswer.objects.filter(attempt=row, step__gte=len(attempt["steps"]), withdrawn=False)
    stale.update(withdrawn=True)
    # The learner's first answer to the situation (before its key was seen) is the one the peers' counters hold.
    first = not ScenarioAnswer.objects.filter(usage_key=row.usage_key, learner_id=row.learner_id,
                                              situation_id=step["situation"], counted=True).exists()
    ScenarioAnswer.objects.create(
        attempt=row, usage_key=row.usage_key, learner_id=row.learner_id, step=len(attempt["steps"]),
        situation_id=step["situation"], response_format=step["format"], answer=step["answer"],
        justification=step["justification"], score=step["score"], created_at=now(), counted=first,
    )
    if first:
        add_to_tallies(row.usage_key, step["situation"], marks(step["format"], step["answer"]))


def add_to_tallies(usage_key, situation_id, names, amount=1):
    """Add ``amount`` to the named counters of a situation: one UPDATE once they exist (``F()``, no lost counts
    between parallel learners); missing ones are inserted at 0 first (a parallel insert is no error)."""
    rows = ScenarioTally.objects.filter(usage_key=usage_key, situation_id=situation_id)
    names = list(dict.fromkeys(names))
    if rows.filter(counter__in=names).update(count=F("count") + amount) == len(names):
        return
    present = set(rows.filter(counter__in=names).values_list("counter", flat=True))
    missing = [name for name in names if name not in present]
    model = rows.model
    model.objects.bulk_create(
        [model(usage_key=usage_key, situation_id=situation_id, counter=name, count=0) for name in missing],
        ignore_conflicts=True,
    )
    rows.filter(counter__in=missing).update(count=F("count") + amount)


def tallies(usage_key, leave_out=None):
    """``{situation id: {counter: count}}`` of the block, without the counted answers of learner ``leave_out``
    (the viewer among "peers"): two small reads whatever the number of learners."""
    result = {}
    for situation_id, counter, count in ScenarioTally.objects.filter(usage_key=usage_key).exclude(
            situation_id=BLOCK).values_list("situation_id", "counter", "count"):
        result.setdefault(situation_id, {})[counter] = count
    if leave_out is not None:
        own = ScenarioAnswer.objects.filter(usage_key=usage_key, learner_id=leave_out, counted=True)
        for situation_id, response_format, answer in own.values_list("situation_id", "response_format", "answer"):
            counts = result.setdefault(situation_id, {})
            for name in marks(response_format, answer):
                counts[name] = max(0, counts.get(name, 0) - 1)
    return result


@transaction.atomic(savepoint=False)
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


def attempt_page(usage_key, page=1, search="", size=PAGE_SIZE, named=None):
    """One page of the block's attempts, by learner name, with answers: the same few queries for any class.

    ``{"attempts" (each with ``first``: the learner's first finished attempt), "total", "learners", "page",
    "pages"}``.
    ``search`` keeps the attempts whose stored learner name (or id) contains it; with ``named`` (pseudonyms:
    ``core.queries.pseudonymous_search``) only the name staff see. Names come from the rows (each
    answer stores the learner's name), so no per-learner lookup is made. A page past the end shows the last one.
    """
    rows, few = ScenarioAttempt.objects.filter(usage_key=usage_key), False
    if search:
        if named:
            rows = pseudonymous_search(rows, search, named)
        else:
            found, few = name_search(usage_key, search)
            rows = rows.filter(found | Q(learner_id=search))  # a few learners, and at most one more
        total = rows.count()
        learner_count = rows.values("learner_id").distinct().count() if total else 0
    else:
        totals = dict(ScenarioTally.objects.filter(usage_key=usage_key, situation_id=BLOCK).values_list("counter",
                                                                                                       "count"))
        total, learner_count = totals.get(ATTEMPTS, 0), totals.get(LEARNERS, 0)
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    chosen = _with_answers(page_of(rows.values(*ATTEMPT_COLUMNS), attempt_order(named), (page - 1) * size, size, few))
    learners = {item["learner_id"] for item in chosen}
    firsts = (ScenarioAttempt.objects.filter(usage_key=usage_key, learner_id__in=learners, finished_at__isnull=False)
              .values("learner_id").annotate(first=Min("number")).values_list("learner_id", "first"))
    counting = set(firsts)
    return {
        "attempts": [dict(item, first=(item["learner_id"], item["number"]) in counting) for item in chosen],
        "total": total, "learners": learner_count, "page": page, "pages": pages,
    }


def attempt_order(pseudonymous):
    """Attempts by learner name; where staff see pseudonyms, by the learners' anonymous ids, as an order by stored
    name would tell the real names' order."""
    return ("learner_id", "number") if pseudonymous else ("learner_name", "learner_id", "number")


def export_attempts(usage_key, chunk=EXPORT_CHUNK, pseudonymous=False):
    """Every attempt at the block with its answers, by learner (``attempt_order``) and number: a generator that
    reads ``chunk`` attempts at a time (their ids in order first, then each page by id), so an export holds one
    page."""
    ordered = ScenarioAttempt.objects.filter(usage_key=usage_key).order_by(*attempt_order(pseudonymous))
    for ids in id_pages(ordered, chunk):
        yield from _with_answers(_attempts_by_id(ids))


def learner_attempts(usage_key, learner_id):
    """One learner's attempts at the block with their answers, by number (the problem-responses report)."""
    ids = ScenarioAttempt.objects.filter(usage_key=usage_key, learner_id=learner_id).order_by("number")
    return _with_answers(list(ids.values(*ATTEMPT_COLUMNS)))


ATTEMPT_COLUMNS = ("id", "learner_id", "learner_name", "number", "path", "started_at", "finished_at", "score",
                   "ending")
ANSWER_COLUMNS = ("attempt_id", "step", "situation_id", "response_format", "answer", "justification", "score",
                  "withdrawn", "created_at")


def _attempts_by_id(ids):
    """The attempts of ``ids`` as plain values, in that order (those deleted since the ids were read left out)."""
    attempts = {row["id"]: row for row in ScenarioAttempt.objects.filter(id__in=ids).values(*ATTEMPT_COLUMNS)}
    return [attempts[identifier] for identifier in ids if identifier in attempts]


def _with_answers(attempts):
    """The ``attempts`` (plain values) each with its answers, in one read (the attempt_id index serves it; the
    answers are put in order here)."""
    answers = {}
    found = ScenarioAnswer.objects.filter(attempt_id__in=[row["id"] for row in attempts]).order_by()
    for answer in found.values(*ANSWER_COLUMNS):
        answers.setdefault(answer["attempt_id"], []).append(answer)
    return [_attempt_dict(row, answers.get(row["id"], ())) for row in attempts]


def _attempt_dict(row, answers):
    return {
        "id": row["id"],
        "learner_id": row["learner_id"],
        "learner_name": row["learner_name"],
        "number": row["number"],
        "path": list(row["path"] or []),
        "started_at": iso(row["started_at"]),
        "finished_at": iso(row["finished_at"]),
        "score": row["score"],
        "ending": row["ending"],
        "answers": [
            {
                "step": answer["step"],
                "situation": answer["situation_id"],
                "format": answer["response_format"],
                "answer": answer["answer"],
                "justification": answer["justification"],
                "score": answer["score"],
                "withdrawn": answer["withdrawn"],
                "created_at": iso(answer["created_at"]),
            }
            for answer in sorted(answers, key=lambda a: (a["step"], a["created_at"]))
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
        attempts_made = ScenarioAttempt.objects.filter(usage_key=usage_key, learner_id=learner_id).count()
        if attempts_made:
            add_to_tallies(usage_key, BLOCK, [ATTEMPTS], amount=-attempts_made)
            add_to_tallies(usage_key, BLOCK, [LEARNERS], amount=-1)
        counted = ScenarioAnswer.objects.filter(usage_key=usage_key, learner_id=learner_id, counted=True)
        for situation_id, response_format, answer in counted.values_list("situation_id", "response_format", "answer"):
            add_to_tallies(usage_key, situation_id, marks(response_format, answer), amount=-1)
        ScenarioAnswer.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
        ScenarioAttempt.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
        forget_versions(usage_key, learner_id)
        forget_name(usage_key, learner_id)
