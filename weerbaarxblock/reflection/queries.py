"""Reflectiejournaal queries: what the block reads and writes across learners.

Every function takes the block's ``usage_key`` and answers in plain dicts
(ISO dates) so that the block and its templates never handle model instances.
Writes that depend on what is stored (the next version number, the status)
run in a transaction with the entry row locked; the block runs them in the
transaction that also claims the learner's version (``core/queries.py``).
"""
from django.db import transaction
from django.db.models import Q, prefetch_related_objects

from weerbaarxblock.core.queries import (
    create_if_missing,
    forget_name,
    forget_versions,
    id_pages,
    iso,
    lazy_model,
    name_search,
    now,
    page_of,
    remember_name,
)
from weerbaarxblock.core.rules.names import prefix_range

ReflectionEntry = lazy_model("ReflectionEntry")
ReflectionReview = lazy_model("ReflectionReview")
ReflectionVersion = lazy_model("ReflectionVersion")
ReflectionTally = lazy_model("ReflectionTally")

SORT_ORDER = {
    "date_desc": ("-updated_at", "-id"),
    "date_asc": ("updated_at", "id"),
    "name": ("learner_name", "number", "id"),
    "status": ("status", "-updated_at", "id"),
    "words_desc": ("-word_count", "-updated_at", "id"),
}
EXPORT_CHUNK = 500


# ---- the learner's side ----------------------------------------------------------------------------


def latest_entry(usage_key, learner_id):
    """(number, status) of the learner's latest entry, or (0, None)."""
    row = (
        ReflectionEntry.objects.filter(usage_key=usage_key, learner_id=learner_id)
        .order_by("-number")
        .values_list("number", "status")
        .first()
    )
    return row if row else (0, None)


def learner_entries(usage_key, learner_id, locked=False):
    """The learner's entries, oldest first, each with its reviews (newest first): one query, two once reviewed.

    The learner's page shows each entry's latest submitted answers; earlier versions are for staff only
    (``entry_detail``), so they are not read here. Reviews are read only for entries that have one: a review
    sets its entry's ``reviewed_at`` in the transaction that stores it (``add_review``), and nothing clears it.
    ``locked``: the rows stay locked until the transaction ends, and each dict keeps its row (``"row"``) for the
    write that follows (``submit_entry``), which then reads it no more.
    """
    rows = ReflectionEntry.objects.filter(usage_key=usage_key, learner_id=learner_id).order_by("number")
    entries = list(rows.select_for_update() if locked else rows)
    reviewed = [entry for entry in entries if entry.reviewed_at is not None]
    prefetch_related_objects(reviewed, "reviews")
    found = [
        _entry_dict(entry, with_reviews=True) if entry.reviewed_at is not None else dict(_entry_dict(entry), reviews=[])
        for entry in entries
    ]
    if locked:
        for entry, data in zip(entries, found, strict=True):
            data["row"] = entry
    return found


def _locked_entry(keys, person, number, moment, **defaults):
    """``(entry, created)``: the learner's entry row, locked until the transaction ends; new ones get ``defaults``.

    The row is created first and locked after: a missing row is never locked (see ``create_if_missing``).
    """
    course_key, usage_key = keys
    learner_id, _learner_name, pseudonym = person
    rows = ReflectionEntry.objects.filter(usage_key=usage_key, learner_id=learner_id, number=number)
    created = create_if_missing(
        rows, usage_key=usage_key, learner_id=learner_id, number=number, course_key=course_key,
        pseudonym=pseudonym, updated_at=moment, **defaults,
    )
    return rows.select_for_update().get(), created


def save_draft_summary(keys, person, number, word_count):
    """Create or refresh the row of a draft entry (submitted entries keep their submitted summary).

    The usual autosave refreshes a draft row that exists: one UPDATE, which also locks it. Only a first save
    creates the row. Run inside the handler's transaction (``atomic_with_retry``).
    """
    learner_id, learner_name = person[0], person[1]
    moment = now()
    draft = ReflectionEntry.objects.filter(
        usage_key=keys[1], learner_id=learner_id, number=number, status=ReflectionEntry.DRAFT
    )
    if draft.filter(learner_name=learner_name).update(word_count=word_count, updated_at=moment):
        return iso(moment)  # the name as stored: its words too (``remember_name`` runs whenever it changes)
    with transaction.atomic(savepoint=False):
        entry, created = _locked_entry(
            keys, person, number, moment,
            learner_name=learner_name, status=ReflectionEntry.DRAFT, word_count=word_count,
        )
        if created:
            ReflectionTally.move(keys[1], None, ReflectionEntry.DRAFT)
            remember_name(keys, learner_id, learner_name)
        if not created and entry.status == ReflectionEntry.DRAFT:
            entry.word_count = word_count
            if learner_name and learner_name != entry.learner_name:
                remember_name(keys, learner_id, learner_name)
            entry.learner_name = learner_name or entry.learner_name
            entry.updated_at = moment
            entry.save(update_fields=["word_count", "learner_name", "updated_at"])
    return iso(moment)


def submit_entry(keys, person, number, answers, word_count, status_for, locked_row=None):
    """Store a submission as a new version; ``status_for(current_status)`` gives the new status. The entry as
    stored (as ``learner_entries`` reads it, without its reviews).

    ``locked_row``: the entry's row, read and locked in this transaction (``learner_entries(locked=True)``).
    """
    _learner_id, learner_name, pseudonym = person
    moment = now()
    with transaction.atomic(savepoint=False):
        entry, created = (locked_row, False) if locked_row else _locked_entry(keys, person, number, moment)
        stored_status = None if created else entry.status
        name_changed = learner_name and (created or learner_name != entry.learner_name)
        previous = entry.status if entry.version else None
        entry.status = status_for(previous)
        entry.version += 1
        entry.answers = answers
        entry.word_count = word_count
        entry.learner_name = learner_name or entry.learner_name
        entry.pseudonym = pseudonym
        entry.submitted_at = moment
        entry.updated_at = moment
        entry.save(update_fields=[
            "status", "version", "answers", "word_count", "learner_name", "pseudonym", "submitted_at", "updated_at",
        ])
        ReflectionTally.move(keys[1], stored_status, entry.status)
        if name_changed:  # every write that stores a new name stores its words (the name search's index)
            remember_name(keys, entry.learner_id, learner_name)
        ReflectionVersion.objects.create(
            entry=entry, number=entry.version, answers=answers, word_count=word_count, submitted_at=moment
        )
    return _entry_dict(entry)


def mark_reviews_seen(usage_key, learner_id, up_to_review_id):
    """Mark the learner's reviews up to ``up_to_review_id`` as seen; False when that review is not theirs."""
    reviews = ReflectionReview.objects.filter(entry__usage_key=usage_key, entry__learner_id=learner_id)
    if not reviews.filter(id=up_to_review_id).exists():
        return False
    reviews.filter(id__lte=up_to_review_id, seen_at__isnull=True).update(seen_at=now())
    return True


# ---- the instructor's side ---------------------------------------------------------------------------


def review_page(usage_key, query, page_size, learners=None):
    """One page of the review list for ``query`` (a ``ListQuery``), with the counts per status.

    The counts per status are read from the block's tallies (kept with every change of status), so a page
    counts no rows unless it searches or keeps to some ``learners`` (ids, or a query of ids: the learners who
    worked on a case): then one count of the entries found. The page itself is read through an index that starts
    with the block and its status or date, and names come from the rows (stored on every write): no user
    lookups. The same queries at every class size.
    """
    entries = ReflectionEntry.objects.filter(usage_key=usage_key)
    if learners is not None:
        entries = entries.filter(learner_id__in=learners)
    found, few = Q(), False
    if query.status:
        found &= Q(status=query.status)
    if query.search:
        searched, few = search_filter(usage_key, query.search, query.hide_names)
        found &= searched
    counts = status_counts(usage_key)
    if query.search or learners is not None:
        total = entries.filter(found).count()
    else:
        total = counts[query.status] if query.status else sum(counts.values())
    order = SORT_ORDER[query.sort]
    if query.hide_names and query.sort == "name":
        order = ("pseudonym", "number", "id")
    start = (query.page - 1) * page_size
    rows = page_of(entries.filter(found).values(*PAGE_COLUMNS), order, start, page_size, few)
    return {"rows": [_page_row(row, query.hide_names) for row in rows], "total": total, "counts": counts}


def search_filter(usage_key, search, hide_names):
    """``(filter, few)`` of the entries a search finds: learners with a word of their name starting with each
    word of ``search`` (``core/rules/names``), or, with names hidden, a pseudonym that starts with it; both read
    through an index. A search that no name or pseudonym could start with looks in the stored names themselves.
    ``few``: see ``core.queries.name_search``."""
    if hide_names:
        code = search.strip().upper()
        if code.isascii() and code.isalnum():  # a pseudonym holds A-Z and 2-7 only
            lowest, highest = prefix_range(code.lower(), ReflectionEntry._meta.get_field("pseudonym").max_length)
            return Q(pseudonym__gte=lowest.upper(), pseudonym__lte=highest.upper()), False
        return Q(pseudonym__icontains=search), False
    return name_search(usage_key, search)


def status_counts(usage_key):
    """{status: number of the block's entries with it}, every status present (one small read)."""
    counts = {status: 0 for status, _label in ReflectionEntry.STATUSES}
    counts.update(ReflectionTally.objects.filter(usage_key=usage_key).values_list("status", "count"))
    return counts


PAGE_COLUMNS = (
    "id", "learner_id", "learner_name", "pseudonym", "number", "status", "word_count", "version",
    "updated_at", "submitted_at", "reviewed_at",
)


def _page_row(row, hide_names):
    return {
        "entry_id": row["id"],
        "name": row["pseudonym"] if hide_names else row["learner_name"] or row["learner_id"],
        "number": row["number"],
        "status": row["status"],
        "word_count": row["word_count"],
        "version": row["version"],
        "updated_at": iso(row["updated_at"]),
        "submitted_at": iso(row["submitted_at"]),
        "reviewed_at": iso(row["reviewed_at"]),
    }


def entry_detail(usage_key, entry_id):
    """One entry with its versions and reviews, or None when this block has no such entry."""
    entry = (
        ReflectionEntry.objects.filter(usage_key=usage_key, id=entry_id)
        .prefetch_related("versions", "reviews")
        .first()
    )
    return _entry_dict(entry, with_history=True, with_learner=True) if entry else None


def entry_learner(usage_key, entry_id):
    """The learner id of an entry of this block, or None."""
    return ReflectionEntry.objects.filter(usage_key=usage_key, id=entry_id).values_list("learner_id", flat=True).first()


def delete_learner(usage_key, learner_id):
    """Every entry of one learner at the block, with its versions and reviews (the LMS's "delete learner state")."""
    with transaction.atomic():
        rows = ReflectionEntry.objects.filter(usage_key=usage_key, learner_id=learner_id)
        ReflectionTally.forget(rows)
        rows.delete()
        forget_versions(usage_key, learner_id)
        forget_name(usage_key, learner_id)


def add_review(usage_key, review, reviewer, status_for):
    """Store ``review`` (a domain ``Review``) on the latest version; a Problem code when it cannot be.

    Returns (result, None) or (None, code): "unknown_entry", "not_submitted"; ({"version": current},
    "stale_review") when the learner submitted a newer version.
    ``status_for(current_status)`` applies the domain's rule (it may raise a Problem).
    """
    reviewer_id, reviewer_name = reviewer
    moment = now()
    with transaction.atomic():
        entry = ReflectionEntry.objects.select_for_update().filter(usage_key=usage_key, id=review.entry_id).first()
        if entry is None:
            return None, "unknown_entry"
        if entry.version == 0:
            return None, "not_submitted"
        if review.version != entry.version:
            return {"version": entry.version}, "stale_review"
        before = entry.status
        entry.status = status_for(entry.status)
        entry.reviewed_at = moment
        entry.save(update_fields=["status", "reviewed_at"])
        ReflectionTally.move(usage_key, before, entry.status)
        stored = ReflectionReview.objects.create(
            entry=entry,
            version=entry.version,
            reviewer_id=reviewer_id,
            reviewer_name=reviewer_name,
            feedback=review.feedback,
            scores=list(review.scores),
            points=review.points,
            max_points=review.max_points,
            created_at=moment,
        )
    return {
        "review_id": stored.id,
        "learner_id": entry.learner_id,
        "number": entry.number,
        "status": entry.status,
        "created_at": iso(moment),
    }, None


EXPORT_COLUMNS = (
    "id", "learner_id", "learner_name", "pseudonym", "number", "status", "submitted_at", "version", "word_count",
    "answers",
)
REVIEW_COLUMNS = (
    "id", "entry_id", "version", "feedback", "scores", "points", "max_points", "reviewer_name", "created_at", "seen_at",
)


def export_rows(usage_key, hide_names):
    """Every entry of the block with its latest review, as plain dicts, read a page of rows at a time.

    The order (by name, or by pseudonym with ``hide_names``) comes from a list of ids only; each page of rows is
    then read by id, as plain values (model instances with prefetched reviews hold each other in cycles, which only
    the garbage collector frees).
    ``iterator()`` would not do: MySQL's driver holds a query's whole result in memory however it is iterated.
    """
    order = ("pseudonym", "learner_id", "number") if hide_names else ("learner_name", "learner_id", "number")
    ordered = ReflectionEntry.objects.filter(usage_key=usage_key).order_by(*order)  # no order of real names leaks
    for ids in id_pages(ordered, EXPORT_CHUNK):
        page = {row["id"]: row for row in ReflectionEntry.objects.filter(id__in=ids).values(*EXPORT_COLUMNS)}
        latest = {}
        reviews = ReflectionReview.objects.filter(entry_id__in=ids).order_by("entry_id", "-created_at", "-id")
        for review in reviews.values(*REVIEW_COLUMNS):
            latest.setdefault(review["entry_id"], review)
        for identifier in ids:
            if identifier in page:  # not deleted since the ids were read
                yield _export_dict(page[identifier], latest.get(identifier), hide_names)


def _export_dict(entry, review, hide_names):
    return {
        "learner": entry["pseudonym"] if hide_names else entry["learner_name"] or entry["learner_id"],
        "number": entry["number"],
        "status": entry["status"],
        "submitted_at": iso(entry["submitted_at"]),
        "version": entry["version"],
        "word_count": entry["word_count"],
        "answers": entry["answers"] if entry["version"] else {},
        "review": _review_values(review) if review else None,
    }


def anyone_started(usage_key):
    """True once a learner saved a draft or submitted at the block (every entry has a row from its first draft)."""
    return ReflectionEntry.objects.filter(usage_key=usage_key).exists()


def answered_prompt_ids(usage_key):
    """The ids of every question answered in a submitted entry of the block (removed ones included)."""
    found = set()
    for ids in id_pages(ReflectionEntry.objects.filter(usage_key=usage_key, version__gt=0).order_by("id")):
        for answers in ReflectionEntry.objects.filter(id__in=ids).values_list("answers", flat=True):
            found.update(prompt_id for prompt_id, text in (answers or {}).items() if text)
    return found


# ---- shapes --------------------------------------------------------------------------------------------


def _review_values(review):
    """A review read with ``values(*REVIEW_COLUMNS)`` in the shape of ``_review_dict``."""
    return {
        "review_id": review["id"],
        "version": review["version"],
        "feedback": review["feedback"],
        "scores": review["scores"] or [],
        "points": review["points"],
        "max_points": review["max_points"],
        "reviewer_name": review["reviewer_name"],
        "created_at": iso(review["created_at"]),
        "seen_at": iso(review["seen_at"]),
    }


def _review_dict(review):
    return _review_values({column: getattr(review, column) for column in REVIEW_COLUMNS})


def _entry_dict(entry, with_history=False, with_learner=False, with_reviews=False):
    data = {
        "entry_id": entry.id,
        "number": entry.number,
        "status": entry.status,
        "version": entry.version,
        "word_count": entry.word_count,
        "answers": entry.answers if entry.version else {},
        "updated_at": iso(entry.updated_at),
        "submitted_at": iso(entry.submitted_at),
        "reviewed_at": iso(entry.reviewed_at),
    }
    if with_learner:
        data.update(learner_id=entry.learner_id, learner_name=entry.learner_name, pseudonym=entry.pseudonym)
    if with_history:
        data["versions"] = [
            {"number": v.number, "answers": v.answers, "word_count": v.word_count, "submitted_at": iso(v.submitted_at)}
            for v in entry.versions.all()
        ]
    if with_history or with_reviews:
        data["reviews"] = [_review_dict(review) for review in entry.reviews.all()]
    return data
