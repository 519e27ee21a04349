"""Reflectiejournaal: entries, their submitted versions and instructor reviews."""
from django.db import models



class ReflectionEntry(models.Model):
    """One learner's entry in a reflection block (journal mode: one per dated entry)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    CHANGED = "changed"  # edited or resubmitted after feedback
    STATUSES = [
        (DRAFT, "draft"),
        (SUBMITTED, "submitted"),
        (REVIEWED, "reviewed"),
        (CHANGED, "changed after feedback"),
    ]

    course_key = models.CharField(max_length=255)
    usage_key = models.CharField(max_length=255)
    learner_id = models.CharField(max_length=255)
    learner_name = models.CharField(max_length=255, blank=True)
    number = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=16, choices=STATUSES, default=DRAFT)
    answers = models.JSONField(default=dict, blank=True)
    word_count = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["usage_key", "learner_id", "number"], name="weerbaar_reflection_entry_unique"
            )
        ]
        indexes = [
            models.Index(fields=["course_key", "usage_key", "status", "updated_at"], name="weerbaar_refl_review_idx"),
            models.Index(fields=["usage_key", "learner_name"], name="weerbaar_refl_name_idx"),
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
    """An instructor's feedback (and score, when graded) on one version of an entry."""

    entry = models.ForeignKey(ReflectionEntry, on_delete=models.CASCADE, related_name="reviews")
    version = models.PositiveIntegerField()
    reviewer_id = models.CharField(max_length=255)
    reviewer_name = models.CharField(max_length=255, blank=True)
    feedback = models.TextField(blank=True)
    criterion_levels = models.JSONField(default=dict, blank=True)
    points = models.FloatField(null=True, blank=True)
    max_points = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField()
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
