"""The words of learners' names at a block: a name search reads these through an index, not every name.

One row per word of the name a block's rows store for a learner (``core/rules/names.name_words``), written with
those rows (``core/queries.remember_name``) and deleted with them, at retirement too.
"""
from django.db import models

from weerbaarxblock.core.rules.names import WORD_LENGTH, name_words
from weerbaarxblock.store.fields import KeyField


class LearnerNameWord(models.Model):
    """One word of one learner's stored name at one block."""

    course_key = KeyField()
    usage_key = KeyField()
    learner_id = KeyField()
    word = KeyField(max_length=WORD_LENGTH)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["usage_key", "learner_id", "word"], name="weerbaar_name_word_unique")
        ]
        # A search: the block's words in a range, then their learners.
        indexes = [models.Index(fields=["usage_key", "word", "learner_id"], name="weerbaar_name_word_idx")]

    @classmethod
    def remember_rows(cls, rows):
        """The name words of ``rows`` (with course_key, usage_key, learner_id, learner_name) loaded around the
        blocks, with ``bulk_create`` (tests, benches): stored as the blocks store them on a write."""
        cls.objects.bulk_create([
            cls(course_key=row.course_key, usage_key=row.usage_key, learner_id=row.learner_id, word=word)
            for row in rows for word in name_words(row.learner_name)
        ], batch_size=5_000, ignore_conflicts=True)
