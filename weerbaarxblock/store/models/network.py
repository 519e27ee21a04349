"""Netwerkkaart: learners' submitted maps, read across learners for the class overlay and the staff list, and the
class's counters that each submission updates."""
from django.db import models

from weerbaarxblock.store.fields import KeyField, NameField


class NetworkSubmission(models.Model):
    """The map a learner submitted in one netwerkkaart block, with the counts and score at that moment.

    The learner's own working copy lives in the block's user state; this copy is what staff views read, so
    that the overlay and the list need one query instead of one per learner.
    """

    course_key = KeyField()
    usage_key = KeyField()
    learner_id = KeyField()
    learner_name = NameField(max_length=255, blank=True)
    map = models.JSONField(default=dict)
    summary = models.JSONField(default=dict, blank=True)
    score = models.FloatField(null=True, blank=True)
    submitted_at = models.DateTimeField()
    # what the staff list shows without reading the map: its size, and the content its summary was compared with
    actors = models.PositiveIntegerField(default=0)
    relations = models.PositiveIntegerField(default=0)
    compared_with = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["usage_key", "learner_id"], name="weerbaar_network_submission_unique")
        ]
        indexes = [
            models.Index(fields=["course_key", "usage_key", "submitted_at"], name="weerbaar_net_list_idx"),
            models.Index(fields=["usage_key", "learner_name", "learner_id"], name="weerbaar_net_block_name_idx"),
            models.Index(fields=["usage_key", "submitted_at"], name="weerbaar_net_block_date_idx"),
        ]
        ordering = ["learner_name", "learner_id"]


class NetworkClassCounts(models.Model):
    """One block's class overlay, key actors and relations found and score total, for one content of the block.

    Each submission adds to it in its own transaction (``network/rules/class_counts.py``); when the author
    changes the palette, the settings or the expert map, ``content_key`` no longer matches and the block counts
    again from the submitted maps. ``learners`` is checked against the rows, so rows removed elsewhere (the
    AVG's retirement) are noticed.
    """

    course_key = KeyField()
    usage_key = KeyField(unique=True)
    content_key = models.CharField(max_length=64)
    learners = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict)
