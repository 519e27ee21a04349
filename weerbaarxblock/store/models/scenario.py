"""Casus: every learner's attempts and answers, read across learners.

The learner's own progress lives in the block's ``user_state``; these rows exist
for what needs all learners at once: peers' anonymous percentages and the
instructor's report and CSV export. Rows are never deleted when the author edits
the scenario: answers that no longer fit are skipped where they are read.
"""
from django.db import models

from weerbaarxblock.store.fields import KeyField, NameField


class ScenarioAttempt(models.Model):
    """One attempt of one learner at one Casus block."""

    course_key = KeyField()
    usage_key = KeyField()
    learner_id = KeyField()
    learner_name = NameField(max_length=255, blank=True)
    number = models.PositiveIntegerField()
    path = models.JSONField(default=list, blank=True)  # situation ids in the order answered
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    ending = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["usage_key", "learner_id", "number"], name="weerbaar_scenario_attempt_unique"
            )
        ]
        indexes = [
            models.Index(fields=["course_key", "usage_key", "learner_id"], name="weerbaar_scen_attempt_idx"),
            # The report's pages: the block's attempts by name (a LIMIT read along the index, never a sort of all).
            models.Index(fields=["usage_key", "learner_name", "learner_id", "number"], name="weerbaar_scen_page_idx"),
            # Finished or not, and when: which of a learner's attempts counts for the grade (the report's pages).
            models.Index(fields=["usage_key", "learner_id", "finished_at", "number"],
                         name="weerbaar_scen_finished_idx"),
        ]
        ordering = ["learner_name", "learner_id", "number"]


class ScenarioAnswer(models.Model):
    """One answer to one situation; ``withdrawn`` when the learner went back and answered again."""

    attempt = models.ForeignKey(ScenarioAttempt, on_delete=models.CASCADE, related_name="answers")
    usage_key = KeyField()  # copied from the attempt: distributions filter on it
    learner_id = KeyField()
    step = models.PositiveIntegerField()  # 1-based position in the attempt's path
    situation_id = KeyField(max_length=64)
    response_format = models.CharField(max_length=16)
    answer = models.JSONField(default=dict)
    justification = models.TextField(blank=True)
    score = models.FloatField()
    created_at = models.DateTimeField()
    withdrawn = models.BooleanField(default=False)
    counted = models.BooleanField(default=False)  # the learner's first answer to the situation: in the tallies

    class Meta:
        indexes = [
            models.Index(fields=["usage_key", "situation_id", "withdrawn"], name="weerbaar_scen_answer_idx"),
            models.Index(fields=["usage_key", "learner_id", "situation_id", "counted"], name="weerbaar_scen_first_idx"),
        ]
        ordering = ["attempt_id", "step", "created_at"]


class ScenarioTally(models.Model):
    """One counter of how learners answered a situation: peers' percentages and the report read these, not answers.

    Each learner's first answer to a situation adds one to the counters it touches (``scenario/rules/tallies``),
    in the transaction that stores the answer. ``counter`` names what is counted: ``answers`` (all first answers),
    or ``<shape>|<what>`` such as ``pick_best|chosen:a`` or ``rate:<options>|rating:a:4``.
    """

    usage_key = KeyField()
    situation_id = KeyField(max_length=64)
    counter = KeyField(max_length=160)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["usage_key", "situation_id", "counter"], name="weerbaar_scen_tally_unique")
        ]
