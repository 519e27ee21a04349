"""Netwerkkaart queries: the submitted maps, which instructors read across learners.

Functions take the block's keys and answer in plain dicts, so the block never handles model instances.
"""
from django.db import transaction

from weerbaarxblock.core.queries import (
    create_if_missing,
    forget_name,
    forget_versions,
    iso,
    lazy_model,
    name_search,
    page_of,
    pseudonymous_search,
    remember_name,
)
from weerbaarxblock.network.rules import class_counts

NetworkSubmission = lazy_model("NetworkSubmission")
NetworkClassCounts = lazy_model("NetworkClassCounts")
LIST_FIELDS = ("id", "learner_id", "learner_name", "submitted_at", "actors", "relations", "summary", "score",
               "compared_with")


def store_submission(keys, person, learner_map, summary, submitted_at, compared):
    """Keep the learner's submitted map and its comparison summary (one row per learner and block), and add it
    to the class's counters in the same transaction.

    ``compared``: ``(content key, contribution)``, the content the map was compared with and its part of the
    class counts (``rules/class_counts.contribution``).
    """
    course_key, usage_key = keys
    learner_id, learner_name = person
    content_key, contribution = compared
    values = {
        "course_key": course_key, "learner_name": learner_name[:255], "map": learner_map,
        "summary": summary, "score": summary["score"], "submitted_at": submitted_at,
        "actors": len(learner_map["actors"]), "relations": len(learner_map["relations"]),
        "compared_with": content_key,
    }
    rows = NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id)
    remember_name(keys, learner_id, learner_name)
    if create_if_missing(rows, usage_key=usage_key, learner_id=learner_id, **values):
        _add_to_class(usage_key, content_key, contribution)
    else:  # a row that was there already: the counters would count this learner twice, so they are counted again
        rows.update(**values)
        forget_class(usage_key)


def _add_to_class(usage_key, content_key, contribution):
    """One more map in the counters, if they are for this content (else the next overview counts them all).

    The counters row is locked whatever its content: a recount holds the same lock from before it reads the
    maps until it commits, so a map is either read by the recount or added after it, never lost or counted twice.
    """
    for row in NetworkClassCounts.objects.select_for_update().filter(usage_key=usage_key):
        if row.content_key == content_key:
            row.counts = class_counts.add(row.counts, contribution)
            row.learners = row.counts["learners"]
            row.save(update_fields=["counts", "learners"])


def forget_class(usage_key):
    NetworkClassCounts.objects.filter(usage_key=usage_key).delete()


def class_counts_for(usage_key, content_key):
    """The class's counters for this content, or None (missing, or counted for other content)."""
    row = NetworkClassCounts.objects.filter(usage_key=usage_key, content_key=content_key).first()
    return None if row is None else row.counts


def recount_class(keys, content_key, count):
    """The counters counted again: ``count(maps)`` over every submitted map, under the counters' lock."""
    course_key, usage_key = keys
    rows = NetworkClassCounts.objects.filter(usage_key=usage_key)
    create_if_missing(rows, usage_key=usage_key, course_key=course_key, content_key="", counts={})
    with transaction.atomic():
        row = rows.select_for_update().first()
        if row is not None and row.content_key == content_key:
            return row.counts  # another request counted them meanwhile
        counts = count(submissions(usage_key))
        rows.update(course_key=course_key, content_key=content_key, counts=counts, learners=counts["learners"])
    return counts


def save_class_counts(keys, content_key, counts):
    """Counters added up elsewhere (the benchmarks' bulk data)."""
    course_key, usage_key = keys
    rows = NetworkClassCounts.objects.filter(usage_key=usage_key)
    create_if_missing(rows, usage_key=usage_key, course_key=course_key, content_key="", counts={})
    rows.update(content_key=content_key, counts=counts, learners=counts["learners"])


def known_total(usage_key, content_key):
    """How many maps the counters for this content hold (every row's), or None when there are none."""
    found = NetworkClassCounts.objects.filter(usage_key=usage_key, content_key=content_key)
    return found.values_list("learners", flat=True).first()


def _searched(rows, usage_key, search, named=None):
    """``(rows, few)``: the rows whose learner name has words starting with ``search``'s (an index,
    ``core.queries.name_search``); with ``named`` (pseudonyms) only the name staff see."""
    if named:
        return pseudonymous_search(rows, search, named), False
    found, few = name_search(usage_key, search)
    return rows.filter(found), few


def submission_count(usage_key, search="", named=None):
    rows = NetworkSubmission.objects.filter(usage_key=usage_key)
    if search:
        rows, _few = _searched(rows, usage_key, search, named)
    return rows.count()


def learner_page(usage_key, search, page, size, total=None, named=None):
    """One page of the submitted maps by learner name, without the maps: ``(rows, total, page, pages)``.

    ``total``: the number of maps when it is known (the counters); counted here only for a search. ``named``:
    where staff see pseudonyms, the name they see (``core.queries.pseudonymous_search``); the rows then follow
    the learners' anonymous ids, as an order by stored name would tell the real names' order.
    """
    total = submission_count(usage_key, search, named) if search or total is None else total
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    rows, few = NetworkSubmission.objects.filter(usage_key=usage_key), False
    if search:
        rows, few = _searched(rows, usage_key, search, named)
    order = ("learner_id",) if named else ("learner_name", "learner_id")  # pseudonyms: no order of real names
    rows = page_of(rows.values(*LIST_FIELDS), order, (page - 1) * size, size, few)
    listed = [dict(row, submitted_at=iso(row["submitted_at"])) for row in rows]
    return listed, total, page, pages


def maps_by_id(ids):
    """{row id: map} for rows whose stored summary must be compared again."""
    return dict(NetworkSubmission.objects.filter(id__in=list(ids)).values_list("id", "map"))


def submission(usage_key, learner_id):
    """One learner's submitted map (a filter on the block and the learner), or None."""
    row = NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id).order_by().first()
    if row is None:
        return None
    return {"learner_id": row.learner_id, "learner_name": row.learner_name, "map": row.map, "score": row.score,
            "submitted_at": iso(row.submitted_at)}


def submissions(usage_key, chunk=200):
    """Every submitted map of the block, oldest row first, read ``chunk`` rows at a time (constant memory)."""
    rows = NetworkSubmission.objects.filter(usage_key=usage_key).order_by("id")
    fields = ("learner_id", "learner_name", "map", "score", "submitted_at")
    for row in rows.values(*fields).iterator(chunk_size=chunk):
        yield dict(row, submitted_at=iso(row["submitted_at"]))


def record_summary(usage_key, learner_id, summary, content_key):
    """After a rescore: the learner's row takes the new comparison summary and score."""
    with transaction.atomic():
        NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id).update(
            summary=summary, score=summary["score"], compared_with=content_key
        )
        forget_class(usage_key)  # the mean score changed: counted again at the next overview


def delete_learner(usage_key, learner_id):
    """The learner's submitted map at the block (the LMS's "delete learner state")."""
    with transaction.atomic():
        NetworkSubmission.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()
        forget_class(usage_key)
        forget_versions(usage_key, learner_id)
        forget_name(usage_key, learner_id)
