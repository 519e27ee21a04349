"""Casusdraad (case thread): one case followed across the activities that share a case key.

A case key is content an author gives blocks (``zorgfraude-wijk-noord``); it survives export, import and
copy-paste. ``CaseBlock`` records which blocks carry which key, so a reflection can point to an activity the
learner has not done yet. ``CaseWork`` holds each learner's summary of their work at one such block, written by
the block itself in the transaction of its own write; a reflection only reads it.
"""
from django.db import models

from weerbaarxblock.store.fields import KeyField, NameField


class CaseBlock(models.Model):
    """A block that carries a case key, as it was last rendered or saved."""

    course_key = KeyField()
    case_key = KeyField(max_length=64)
    usage_key = KeyField()
    activity = models.CharField(max_length=16)  # "scenario", "network", "reflection"
    title = NameField(max_length=255, blank=True)
    updated = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["usage_key"], name="weerbaar_case_block_unique")]
        indexes = [models.Index(fields=["course_key", "case_key"], name="weerbaar_case_block_idx")]
        ordering = ["id"]


class CaseWork(models.Model):
    """One learner's work at one block of a case: what a linked reflection shows them and their instructor."""

    course_key = KeyField()
    case_key = KeyField(max_length=64)
    usage_key = KeyField()
    learner_id = KeyField()
    activity = models.CharField(max_length=16)
    title = NameField(max_length=255, blank=True)
    summary = models.JSONField(default=dict)
    updated = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["usage_key", "learner_id"], name="weerbaar_case_work_unique")]
        indexes = [models.Index(fields=["course_key", "case_key", "learner_id"], name="weerbaar_case_work_idx")]
        ordering = ["id"]
