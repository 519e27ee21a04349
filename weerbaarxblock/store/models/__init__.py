"""Models for data read across learners, one module per activity.

Keys are strings (``course_key``, ``usage_key``, ``learner_id``) so the app
needs no edx-platform imports; ``learner_id`` is the per-course anonymous id
the LMS gives the block, never the Django user id.
"""
from weerbaarxblock.store.models.case_thread import CaseBlock, CaseWork  # noqa: F401
from weerbaarxblock.store.models.names import LearnerNameWord  # noqa: F401
from weerbaarxblock.store.models.network import NetworkClassCounts, NetworkSubmission  # noqa: F401
from weerbaarxblock.store.models.reflection import (  # noqa: F401
    ReflectionEntry,
    ReflectionReview,
    ReflectionTally,
    ReflectionVersion,
)
from weerbaarxblock.store.models.scenario import ScenarioAnswer, ScenarioAttempt, ScenarioTally  # noqa: F401
from weerbaarxblock.store.models.versions import LearnerVersion  # noqa: F401
