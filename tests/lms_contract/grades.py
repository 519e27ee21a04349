"""The LMS's grades app, as far as a block meets it: its signals and what their receivers record.

Imitated from edx-platform (read, not copied):

- ``lms/djangoapps/grades/api.py``: the public module blocks import, ``signals`` and ``constants``.
  ``installed()`` puts an imitation of it at ``lms.djangoapps.grades.api`` in ``sys.modules``.
- ``lms/djangoapps/grades/signals/signals.py``: ``SCORE_PUBLISHED`` and ``PROBLEM_RAW_SCORE_CHANGED``.
- ``lms/djangoapps/grades/signals/handlers.py`` ``score_published_handler``: with ``only_if_higher`` a score
  lower than the stored one is dropped; otherwise it is stored for ``user`` (``set_score`` on the
  courseware_student_module row) and, for a ``ScorableXBlockMixin`` block, ``block.set_score(Score(...))``.
- ``xmodule/services.py`` ``EventPublishingService._handle_grade_event``: a ``grade`` event becomes
  ``SCORE_PUBLISHED`` for the request's user (``LmsEventPublisher`` in ``runtime.py`` calls ``grade_event``).
- ``lms/djangoapps/instructor/enrollment.py`` ``_fire_score_changed_for_block``: a deleted state is
  ``PROBLEM_RAW_SCORE_CHANGED`` with ``raw_earned=0`` and ``score_deleted=True``.
"""
import types
from dataclasses import dataclass

from django.dispatch import Signal
from xblock.scorable import ScorableXBlockMixin, Score

from .modules import installed, module


@dataclass(frozen=True)
class PublishedScore:
    """A score the grades app stored for a user (``event``: the block's ``grade`` event, when it came from one)."""

    user: object
    usage_key: object
    raw_earned: float
    raw_possible: float
    only_if_higher: object
    score_deleted: object
    grader_response: object
    event: dict | None


class ScoreDatabaseTableEnum:
    """``lms/djangoapps/grades/constants.py``: names of the tables a score was stored in."""

    courseware_student_module = "csm"
    submissions = "submission"
    overrides = "overrides"


class GradesApp:
    """The signals and their receivers; ``platform.scores`` is what the app stored, in order."""

    def __init__(self, platform):
        self._platform = platform
        self.SCORE_PUBLISHED = Signal()  # noqa: N815 - the platform's names
        self.PROBLEM_RAW_SCORE_CHANGED = Signal()  # noqa: N815
        self.SCORE_PUBLISHED.connect(self._score_published_handler, weak=False)
        self.PROBLEM_RAW_SCORE_CHANGED.connect(self._raw_score_changed_handler, weak=False)
        self.deleted = []  # (user id, usage id) of every score_deleted change

    def grade_event(self, block, user, event):
        """``_handle_grade_event``: ignored for anonymous users, else SCORE_PUBLISHED for the request's user."""
        if user.is_anonymous:
            return
        self.SCORE_PUBLISHED.send(
            sender=None, block=block, user=user, raw_earned=event["value"], raw_possible=event["max_value"],
            only_if_higher=event.get("only_if_higher"), score_deleted=event.get("score_deleted"),
            grader_response=event.get("grader_response"), tracking_event=dict(event),
        )

    def stored(self, user, usage_key):
        """The latest score the app holds for ``user`` at the block, or None."""
        for score in reversed(self._platform.scores):
            if score.user == user and score.usage_key == usage_key:
                return score
        return None

    def _score_published_handler(self, sender, block, user, raw_earned, raw_possible, only_if_higher, **kwargs):
        previous = self.stored(user, block.scope_ids.usage_id)
        if only_if_higher and previous is not None and _fraction(raw_earned, raw_possible) < _fraction(
            previous.raw_earned, previous.raw_possible
        ):
            return False
        self._platform.scores.append(PublishedScore(
            user=user, usage_key=block.scope_ids.usage_id, raw_earned=raw_earned, raw_possible=raw_possible,
            only_if_higher=only_if_higher, score_deleted=kwargs.get("score_deleted"),
            grader_response=kwargs.get("grader_response"), event=kwargs.get("tracking_event"),
        ))
        if isinstance(block, ScorableXBlockMixin):
            block.set_score(Score(raw_earned=raw_earned, raw_possible=raw_possible))
        return True

    def _raw_score_changed_handler(self, sender, **kwargs):
        if kwargs.get("score_deleted"):
            self.deleted.append((kwargs["user_id"], kwargs["usage_id"]))

    def installed(self):
        """``lms.djangoapps.grades.api`` importable, as inside the LMS; removed afterwards."""
        constants = types.SimpleNamespace(ScoreDatabaseTableEnum=ScoreDatabaseTableEnum)
        return installed({GRADES_API: module(GRADES_API, signals=self, constants=constants)})

    def missing(self):
        """A runtime without edx-platform's grades app: importing ``lms.djangoapps.grades.api`` fails."""
        return installed(dict.fromkeys(("lms", "lms.djangoapps", "lms.djangoapps.grades", GRADES_API)))


GRADES_API = "lms.djangoapps.grades.api"


def _fraction(earned, possible):
    return earned / possible if possible else 0.0
