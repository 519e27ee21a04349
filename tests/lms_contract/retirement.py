"""The platform's retirement of a learner, rebuilt from edx-platform's source (read, not copied).

- ``openedx/core/djangoapps/user_api/accounts/signals.py``: ``USER_RETIRE_LMS_CRITICAL`` and
  ``USER_RETIRE_LMS_MISC``, plain Django signals whose receivers get ``user`` (the Django user) as a keyword.
- ``openedx/core/djangoapps/user_api/accounts/views.py``: the retirement views send them with
  ``sender=self.__class__`` and ``user=user`` (CRITICAL from ``AccountRetirementView`` before the username is
  replaced, MISC from ``LMSAccountRetirementView``).
- ``common/djangoapps/student/models`` ``anonymous_id_for_user(user, course_id)``: the learner's anonymous id in a
  course (here the contract runtime's ``UserDirectory``).

``platform_modules`` puts both modules where ``weerbaarxblock.store.apps`` imports them, for one test.
"""
from contextlib import contextmanager

from django.dispatch import Signal

from .modules import installed, module

SIGNALS_MODULE = "openedx.core.djangoapps.user_api.accounts.signals"
STUDENT_MODULE = "common.djangoapps.student.models"


class AccountRetirementView:
    """The sender of ``USER_RETIRE_LMS_CRITICAL``."""


class LMSAccountRetirementView:
    """The sender of ``USER_RETIRE_LMS_MISC``."""


@contextmanager
def platform_modules(directory):
    """The platform's signals module and ``anonymous_id_for_user``, importable while the block runs."""
    signals = module(SIGNALS_MODULE, USER_RETIRE_LMS_CRITICAL=Signal(), USER_RETIRE_LMS_MISC=Signal(),
                     USER_RETIRE_MAILINGS=Signal())
    student = module(STUDENT_MODULE, anonymous_id_for_user=directory.anonymous_id_for_user)
    with installed({SIGNALS_MODULE: signals, STUDENT_MODULE: student}):
        yield signals


def retire(signals, user):
    """What the retirement pipeline does to one learner, in the platform's order."""
    signals.USER_RETIRE_LMS_CRITICAL.send(sender=AccountRetirementView, user=user)
    signals.USER_RETIRE_LMS_MISC.send(sender=LMSAccountRetirementView, user=user)
