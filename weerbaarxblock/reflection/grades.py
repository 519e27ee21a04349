"""The instructor's score for a reflection, given to the learner (never to the instructor).

The review is checked against the grades app *before* anything is stored: when
the score cannot reach the learner's gradebook (``core.grades``), the whole
review is refused with ``refl_grade_unavailable`` and nothing changes. A
review text without its score would look graded to the instructor while the
gradebook says otherwise.
"""
from weerbaarxblock.core.grades import GradeUnavailable, grades_for
from weerbaarxblock.core.rules.problems import Problem


def learner_grader(block, learner_id):
    """A function ``(earned, possible)`` that scores ``learner_id``; ``Problem`` when no grades app can."""
    try:
        grades, user = grades_for(block, learner_id)
    except GradeUnavailable as missing:
        raise Problem("refl_grade_unavailable") from missing
    return lambda earned, possible: grades.publish(block, user, earned, possible)
