"""Reflectiejournaal: entries, their submitted versions and instructor reviews.

The draft text itself stays in the learner's XBlock ``user_state``; an entry row
exists from the first saved draft on (status "draft", word count, date, name)
so the instructor's list shows learners who have only a draft. Submitted text
is copied into a ``ReflectionVersion`` per submission; the entry row holds the
latest submitted answers for the list and the export.
"""
from django.db import models

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
