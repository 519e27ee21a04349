"""Netwerkkaart: learners' submitted maps, read across learners for the class overlay and the staff list."""
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

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["usage_key", "learner_id"], name="weerbaar_network_submission_unique")
        ]
        indexes = [models.Index(fields=["course_key", "usage_key", "submitted_at"], name="weerbaar_net_list_idx")]
        ordering = ["learner_name", "learner_id"]
