"""The instructor's "reset attempts" and "delete learner state", as the LMS runs them on a block.

Imitated from edx-platform ``lms/djangoapps/instructor/enrollment.py`` ``reset_student_attempts`` (read, not
copied) and ``lms/djangoapps/instructor_task/tasks_helper/module_state.py`` ``reset_attempts_module_state``:

- Both tools load the block from the modulestore, bound to no user.
- Only "delete learner state" (``delete_module=True``) calls ``block.clear_student_state(user_id=...,
  course_id=..., item_id=..., requesting_user_id=...)``, with the learner's and the instructor's per-course
  anonymous ids and the course and usage keys as strings. The learner's StudentModule row (their whole
  ``user_state`` for the block) is then deleted. Only when the block has no ``clear_student_state`` does the
  LMS itself send ``PROBLEM_RAW_SCORE_CHANGED`` (0 points, ``score_deleted``): a block that has one must
  reset the score itself.
- "Reset attempts" sets the state's ``attempts`` key to 0 when it is there, and calls nothing on the block.
"""
from xblock.fields import Scope


class StudentModuleDoesNotExist(Exception):
    """``StudentModule.DoesNotExist``: the learner has no state for the block."""


def _state_keys(platform, student, usage_key):
    """The learner's StudentModule for the block: the user_state entries of the field data."""
    return [
        key for key in platform.kvs.db_dict
        if key.scope == Scope.user_state and key.user_id == student.user.id and key.block_scope_id == usage_key
    ]


def reset_student_attempts(platform, student, usage_key, requesting_user, *, delete_module=False):
    user_id = platform.anonymous_id(student)
    requesting_user_id = platform.anonymous_id(requesting_user)
    block = platform.collect_block(usage_key)  # modulestore().get_item(): no user bound
    submission_cleared = False
    clear_student_state = getattr(block, "clear_student_state", None)
    if delete_module and callable(clear_student_state):
        clear_student_state(
            user_id=user_id, course_id=str(platform.course_key), item_id=str(usage_key),
            requesting_user_id=requesting_user_id,
        )
        submission_cleared = True
    keys = _state_keys(platform, student, usage_key)
    if not keys:
        raise StudentModuleDoesNotExist(usage_key)
    if delete_module:
        for key in keys:
            del platform.kvs.db_dict[key]
        if not submission_cleared:
            platform.grades.deleted.append((student.user.id, str(usage_key)))
        return
    for key in keys:
        if key.field_name == "attempts" and platform.kvs.db_dict[key]:
            platform.kvs.db_dict[key] = 0
