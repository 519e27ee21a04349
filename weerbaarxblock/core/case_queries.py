"""Casusdraad (case thread): the one place that reads and writes the case rows (``store/models/case_thread``).

Activities write their learner's summary here inside the transaction of their own write; a reflection reads a
learner's own rows only. No activity is imported: each passes its name and plain data.
"""
from weerbaarxblock.core.queries import create_if_missing, iso, lazy_model, now

CaseBlock = lazy_model("CaseBlock")
CaseWork = lazy_model("CaseWork")


def register_block(course_key, case_key, usage_key, activity, title):
    """Note that ``usage_key`` carries ``case_key`` (or no key any more: ``case_key`` ''); writes only a change."""
    rows = CaseBlock.objects.filter(usage_key=usage_key)
    if not case_key:
        rows.delete()
        return
    values = {"course_key": course_key, "case_key": case_key, "activity": activity, "title": title[:255]}
    known = rows.values("course_key", "case_key", "activity", "title").first()
    if known == values:
        return
    if not create_if_missing(rows, usage_key=usage_key, updated=now(), **values):
        rows.update(updated=now(), **values)


def record_work(keys, case_key, learner_id, activity, title, summary):
    """The learner's summary of their work at the block (one row per learner and block, the newest wins)."""
    course_key, usage_key = keys
    values = {"course_key": course_key, "case_key": case_key, "activity": activity, "title": title[:255],
              "summary": summary, "updated": now()}
    rows = CaseWork.objects.filter(usage_key=usage_key, learner_id=learner_id)
    if not create_if_missing(rows, usage_key=usage_key, learner_id=learner_id, **values):
        rows.update(**values)


def work_summary(usage_key, learner_id):
    """The summary kept for the learner at the block, or None."""
    return CaseWork.objects.filter(usage_key=usage_key, learner_id=learner_id).values_list("summary", flat=True).first()


def case_blocks(course_key, case_keys):
    """The blocks registered for ``case_keys`` in the course, oldest registration first."""
    rows = CaseBlock.objects.filter(course_key=course_key, case_key__in=list(case_keys)).order_by("id")
    return [dict(row) for row in rows.values("course_key", "case_key", "usage_key", "activity", "title")]


def learner_work(course_key, case_keys, learner_id):
    """One learner's own rows for ``case_keys``: never another learner's."""
    rows = CaseWork.objects.filter(course_key=course_key, case_key__in=list(case_keys), learner_id=learner_id)
    return [
        dict(row, updated=iso(row["updated"]))
        for row in rows.order_by("id").values("case_key", "usage_key", "activity", "title", "summary", "updated")
    ]


def learners_with_work(course_key, case_key):
    """The ids of the learners who have done some work on the case, as a query (the review list's filter reads it
    as a subquery: no list of ids is fetched)."""
    return CaseWork.objects.filter(course_key=course_key, case_key=case_key).values_list("learner_id", flat=True)


def forget_work(usage_key, learner_id):
    """The learner's summary at the block goes with the rest of their state there."""
    CaseWork.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
