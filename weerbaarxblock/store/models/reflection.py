"""Reflectiejournaal: entries, their submitted versions and instructor reviews.

The draft text itself stays in the learner's XBlock ``user_state``; an entry row
exists from the first saved draft on (status "draft", word count, date, name)
so the instructor's list shows learners who have only a draft. Submitted text
is copied into a ``ReflectionVersion`` per submission; the entry row holds the
latest submitted answers for the list and the export.
"""
from collections import Counter

from django.db import models
from django.db.models import Count, F

from weerbaarxblock.core.queries import create_if_missing
from weerbaarxblock.store.fields import KeyField, NameField


class ReflectionEntry(models.Model):
    """One learner's entry in a reflection block (journal mode: one row per numbered entry)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    CHANGED = "changed"  # resubmitted after feedback
    STATUSES = [
        (DRAFT, "draft"),
        (SUBMITTED, "submitted"),
        (REVIEWED, "reviewed"),
        (CHANGED, "changed after feedback"),
    ]

    course_key = KeyField()
    usage_key = KeyField()
    learner_id = KeyField()
    learner_name = NameField(max_length=255, blank=True)
    pseudonym = models.CharField(max_length=16, blank=True)
    number = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=16, choices=STATUSES, default=DRAFT)
    answers = models.JSONField(default=dict, blank=True)
    word_count = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=0)  # number of the latest submitted version; 0: none yet
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["usage_key", "learner_id", "number"], name="weerbaar_reflection_entry_unique"
            )
        ]
        indexes = [
            # The review list: every query starts with the block; a status filter pages by date through this one.
            models.Index(fields=["usage_key", "status", "updated_at"], name="weerbaar_refl_status_idx"),
            # Retirement finds a learner's entries by course (store/retirement.py).
            models.Index(fields=["course_key", "learner_id"], name="weerbaar_refl_learner_idx"),
            models.Index(fields=["usage_key", "updated_at"], name="weerbaar_refl_date_idx"),
            models.Index(fields=["usage_key", "learner_name"], name="weerbaar_refl_name_idx"),
            models.Index(fields=["usage_key", "pseudonym"], name="weerbaar_refl_pseudonym_idx"),
        ]
        ordering = ["-updated_at"]


class ReflectionVersion(models.Model):
    """A submitted version of an entry, kept so history and "changed after feedback" can be shown."""

    entry = models.ForeignKey(ReflectionEntry, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    answers = models.JSONField(default=dict)
    word_count = models.PositiveIntegerField(default=0)
    submitted_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "number"], name="weerbaar_reflection_version_unique")
        ]
        ordering = ["number"]


class ReflectionReview(models.Model):
    """An instructor's feedback (and score, when graded) on one version of an entry.

    ``scores`` keeps the rubric as it was when scored: ``[{"criterion", "criterion_label", "level",
    "level_label", "points"}]``, so later edits to the rubric do not rewrite earlier reviews.
    """

    entry = models.ForeignKey(ReflectionEntry, on_delete=models.CASCADE, related_name="reviews")
    version = models.PositiveIntegerField()
    reviewer_id = KeyField()
    reviewer_name = NameField(max_length=255, blank=True)
    feedback = models.TextField(blank=True)
    scores = models.JSONField(default=list, blank=True)
    points = models.FloatField(null=True, blank=True)
    max_points = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField()
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class ReflectionTally(models.Model):
    """How many entries of a block have each status, changed in the transaction of every change of status.

    The instructor's review list shows these counts on every page; reading them here costs the same for a class
    of ten or of ten thousand, where counting the entries would read every row of the block.
    """

    usage_key = KeyField()
    status = models.CharField(max_length=16)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["usage_key", "status"], name="weerbaar_reflection_tally_unique")
        ]

    @classmethod
    def add(cls, usage_key, changes):
        """Add ``{status: n}`` (n may be negative) to the block's counts, in status order.

        Every writer locks tally rows in that one order, after its entry rows, so two writers never wait for
        each other in a circle. A missing row is created first, never locked while missing (``create_if_missing``).
        """
        for status, delta in sorted(changes.items()):
            rows = cls.objects.filter(usage_key=usage_key, status=status)
            if delta and not rows.update(count=F("count") + delta):
                create_if_missing(rows, usage_key=usage_key, status=status, count=0)
                rows.update(count=F("count") + delta)

    @classmethod
    def move(cls, usage_key, before, after):
        """One entry went from status ``before`` (None: it is new) to ``after`` (None: it is gone)."""
        if before != after:
            cls.add(usage_key, {status: delta for status, delta in ((before, -1), (after, 1)) if status})

    @classmethod
    def forget(cls, entries):
        """Take ``entries`` (a queryset of entries about to be deleted, in this transaction) off their counts.

        The rows are locked as they are read, so no change of status slips in between the count and the delete.
        """
        found = Counter(entries.select_for_update().values_list("usage_key", "status"))
        for (usage_key, status), number in sorted(found.items()):
            cls.add(usage_key, {status: -number})

    @classmethod
    def recount(cls, usage_key):
        """The block's counts from its entries: for entries loaded around the model (bulk loads, imports)."""
        rows = ReflectionEntry.objects.filter(usage_key=usage_key).order_by().values("status")
        counts = {row["status"]: row["number"] for row in rows.annotate(number=Count("id"))}
        cls.objects.filter(usage_key=usage_key).delete()
        cls.objects.bulk_create(
            cls(usage_key=usage_key, status=status, count=count) for status, count in counts.items()
        )
