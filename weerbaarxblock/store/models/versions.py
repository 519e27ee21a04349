"""The version of each learner's work at a block: the one place that decides which of two requests wins.

Every learner write (a draft, a map, a casus step) names the version its page was made from. The write
raises this row's version with a conditional UPDATE in the same transaction as its other writes; a request
whose version is no longer the stored one changes nothing and gets a 409. The block's ``user_state`` keeps a
copy of the version for the page; this row decides.
"""
from django.db import models

from weerbaarxblock.store.fields import KeyField


class LearnerVersion(models.Model):
    """How many writes one learner has made at one block, and when the last was made."""

    course_key = KeyField()  # retirement finds a learner's rows per course
    usage_key = KeyField()
    learner_id = KeyField()
    version = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["usage_key", "learner_id"], name="weerbaar_learner_version_unique")
        ]
