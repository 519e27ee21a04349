"""Runtime services for the demo, filling the LMS's contract on the workbench.

The workbench builds each service with no arguments and sets ``.runtime`` on
it afterwards; ``runtime.user_id`` is the ``?student=`` of the request.
"""
import logging

from django.utils import translation
from xblock.reference.user_service import UserService, XBlockUser

from weerbaarxblock.core.i18n import package_translations
from weerbaarxblock.core.roles import ATTR_ANON_ID, ATTR_AUTHENTICATED, ATTR_STAFF, ATTR_USERNAME, ATTR_WORKBENCH_ID

log = logging.getLogger(__name__)

# The demo's people: (student id, full name, course staff?)
PEOPLE = {
    "leerling_a": ("Samira de Vries", False),
    "leerling_b": ("Joost Bakker", False),
    "docent": ("Docent Mirjam Jansen", True),
}
STAFF_IDS = {student for student, (_name, staff) in PEOPLE.items() if staff}


def display_name(student_id):
    return PEOPLE.get(student_id, (student_id, False))[0]


def _user(full_name, attrs, is_current_user=False):
    user = XBlockUser(is_current_user=is_current_user, full_name=full_name)
    user.opt_attrs.update(attrs)
    return user


class DemoUserService(UserService):
    """The LMS's ``user`` service keys, for the demo's learners and instructor."""

    runtime = None

    def get_current_user(self):
        student_id = getattr(self.runtime, "user_id", None)
        if student_id in (None, "none"):
            return _user(None, {ATTR_AUTHENTICATED: False}, is_current_user=True)
        student_id = str(student_id)
        return _user(
            display_name(student_id),
            {
                ATTR_WORKBENCH_ID: student_id,
                ATTR_ANON_ID: student_id,
                ATTR_USERNAME: student_id,
                ATTR_STAFF: student_id in STAFF_IDS,
                ATTR_AUTHENTICATED: True,
                "edx-platform.user_role": "instructor" if student_id in STAFF_IDS else "student",
            },
            is_current_user=True,
        )

    def get_user_by_anonymous_id(self, uid=None):
        if uid is None:
            return None
        return _user(display_name(uid), {ATTR_USERNAME: uid})


class DemoStudioPermissions:
    """Studio's ``studio_user_permissions`` for the demo: the course staff may change the activities."""

    runtime = None

    def can_write(self, context_key):  # noqa: ARG002 - the demo has one course
        return str(getattr(self.runtime, "user_id", "")) in STAFF_IDS


class PackageI18nService:
    """Like edx-platform's XBlock i18n service: the package's ``text`` catalog in the active language."""

    runtime = None

    def __getattr__(self, name):
        return getattr(package_translations(translation.get_language() or "nl"), name)

    def get_javascript_i18n_catalog_url(self, block):  # noqa: ARG002 - same signature as the platform's
        return None


class DemoGradesService:
    """The LMS grades app's part for a learner graded by someone else (``core/grades.py``), in the demo.

    Like ``score_published_handler`` (``lms/djangoapps/grades/signals/handlers.py``) it records the score for
    the learner it names, not for the request's user; the demo keeps the scores in memory and logs them.
    """

    runtime = None
    scores = {}  # (usage id, learner's username) -> (earned, possible); shared by every request

    def publish(self, block, user, earned, possible):
        key = (str(block.scope_ids.usage_id), user.opt_attrs.get(ATTR_USERNAME))
        self.scores[key] = (earned, possible)
        log.info("Demo grade for %s in %s: %s of %s", key[1], key[0], earned, possible)

    def delete(self, block, user):
        self.scores.pop((str(block.scope_ids.usage_id), user.opt_attrs.get(ATTR_USERNAME)), None)
