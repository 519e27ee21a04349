"""Scores of an activity the author's ``scored`` setting makes graded: rescoring and the instructor's overrides.

The setting is called ``scored``, never ``graded``: every block inherits the platform's ``graded`` field
(``xmodule/modulestore/inheritance.py``), which the grades app reads; declaring our own would shadow it.

The platform's paths into a block's score (edx-platform):

- ``lms/djangoapps/grades/signals/handlers.py`` ``score_published_handler``: after every ``grade`` event it
  calls ``block.set_score(Score(...))`` with the score just published.
- ``lms/djangoapps/instructor_task/tasks_helper/module_state.py``: ``rescore_problem_module_state`` calls
  ``has_submitted_answer()`` and ``rescore(only_if_higher)``; ``override_score_module_state`` calls
  ``set_score(Score(...))`` and then ``publish_grade()`` without arguments.

So ``set_score`` outside our own publishing is the instructor's override. An override sticks: a rescore keeps
it, and only the learner's next result (``publish_score``) replaces it.
"""
import logging

from xblock.fields import Boolean, Float, Scope
from xblock.scorable import ScorableXBlockMixin, Score

log = logging.getLogger(__name__)


class ScoredWhenFlagged(ScorableXBlockMixin):
    """For an activity scored from 0 to 1 when the author's ``scored`` setting is on; subclasses calculate."""

    raw_earned = Float(scope=Scope.user_state, default=None)
    raw_possible = Float(scope=Scope.user_state, default=None)
    score_overridden = Boolean(scope=Scope.user_state, default=False)

    _publishing_own_score = False

    @property
    def has_score(self):
        return bool(self.scored)

    def max_score(self):
        return 1 if self.scored else None

    def allows_rescore(self):
        return bool(self.scored)

    def get_score(self):
        if self.raw_earned is None:
            return Score(raw_earned=0.0, raw_possible=float(self.max_score() or 0))
        return Score(raw_earned=self.raw_earned, raw_possible=self.raw_possible)

    def set_score(self, score):
        self.raw_earned = float(score.raw_earned)
        self.raw_possible = float(score.raw_possible)
        if not self._publishing_own_score:
            self.score_overridden = True

    def publish_score(self, score, only_if_higher=None):
        """The learner's own new result: it replaces any override."""
        self.score_overridden = False
        self._send(score, only_if_higher)

    def publish_grade(self, value=None, max_value=None):
        """With a score: the learner's new result. Without: the stored score again (the override task's call)."""
        if value is None:
            self._send(self.get_score(), None)
        else:
            self.publish_score(Score(raw_earned=value, raw_possible=max_value))

    def rescore(self, only_if_higher):
        """``ScorableXBlockMixin.rescore``'s contract (its errors name ``location``, which only LMS blocks have)."""
        usage_id = self.scope_ids.usage_id
        if not self.allows_rescore():
            raise TypeError(f"Problem does not support rescoring: {usage_id}")
        if not self.has_submitted_answer():
            raise ValueError(f"Cannot rescore unanswered problem: {usage_id}")
        if self.score_overridden:
            log.info("Rescore of %s kept the instructor's override", usage_id)
            return
        self.publish_score(self.calculate_score(), only_if_higher)
        self.after_rescore()

    def after_rescore(self):
        """Bring the activity's own record of the score in line with the key (subclasses may)."""

    def _publish_grade(self, score, only_if_higher=None):  # ScorableXBlockMixin's own publishing, kept in line
        self.publish_score(score, only_if_higher)

    def _send(self, score, only_if_higher):
        """Store and publish; the grades app's ``set_score`` call during ``publish`` is ours, not an override."""
        event = {"value": score.raw_earned, "max_value": score.raw_possible}
        if only_if_higher is not None:
            event["only_if_higher"] = only_if_higher
        self._publishing_own_score = True
        try:
            if not only_if_higher or _fraction(score) >= _fraction(self.get_score()):
                self.set_score(score)
            self.runtime.publish(self, "grade", event)
        finally:
            self._publishing_own_score = False


def _fraction(score):
    return score.raw_earned / score.raw_possible if score.raw_possible else 0.0
