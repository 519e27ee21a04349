"""The settings fields edx-platform mixes into every block, rebuilt from its source (read, not copied).

- ``xmodule/modulestore/inheritance.py`` ``InheritanceMixin``: the inheritable settings (``graded``, ``start``,
  ``due``, ``visible_to_staff_only``, ``group_access``, ``show_correctness``, ``max_attempts`` ...). Its
  ``user_partitions`` holds ``UserPartition`` objects; here a plain list of their JSON.
- ``lms/djangoapps/lms_xblock/mixin.py`` ``LmsBlockMixin``: ``format``, ``chrome``, ``default_tab``,
  ``source_file``, and ``group_access`` as ``GroupAccessDict`` (integer keys in Python, strings in JSON).
- ``lms/envs/common.py`` / ``cms/envs/common.py`` ``XBLOCK_MIXINS``: ``LmsBlockMixin`` before ``InheritanceMixin``,
  given to the runtime as ``mixins`` (XBlock's ``Mixologist`` puts the block's own class first).
"""
import datetime

from xblock.core import XBlockMixin
from xblock.fields import Boolean, Dict, Field, Float, Integer, List, Scope, String

try:  # XBlock 6 carries the platform's date fields; on XBlock 5.2 (Ulmo) they live in xmodule/fields.py
    from xblock.fields import Date, Timedelta
except ImportError:
    import re

    class Date(Field):
        """``xmodule/fields.py`` ``Date``: an aware datetime, ISO 8601 text in JSON."""

        def from_json(self, value):
            if value is None or isinstance(value, datetime.datetime):
                return value
            moment = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)

        def to_json(self, value):
            return value.isoformat() if isinstance(value, datetime.datetime) else value

    class Timedelta(Field):
        """``xmodule/fields.py`` ``Timedelta``: "1 day 12 hours 59 minutes 59 seconds" in JSON."""

        UNITS = ("days", "hours", "minutes", "seconds")

        def from_json(self, value):
            if value is None or isinstance(value, datetime.timedelta):
                return value
            parts = re.findall(r"(\d+)\s*(day|hour|minute|second)s?", str(value))
            return datetime.timedelta(**{unit + "s": int(number) for number, unit in parts})

        def to_json(self, value):
            if not isinstance(value, datetime.timedelta):
                return value
            seconds = int(value.total_seconds())
            amounts = (seconds // 86400, seconds % 86400 // 3600, seconds % 3600 // 60, seconds % 60)
            return " ".join(f"{amount} {unit}" for amount, unit in zip(amounts, self.UNITS, strict=True) if amount)

DEFAULT_START_DATE = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)  # xmodule/course_metadata_utils.py


class GroupAccessDict(Dict):
    """``group_access``: partition ids are integers in Python and strings in JSON."""

    def from_json(self, value):
        return {int(key): value[key] for key in value} if value is not None else None

    def to_json(self, value):
        return {str(key): value[key] for key in value} if value is not None else None


class InheritanceFields(XBlockMixin):
    """``InheritanceMixin``'s fields, with their scopes and defaults."""

    graded = Boolean(scope=Scope.settings, default=False)
    start = Date(scope=Scope.settings, default=DEFAULT_START_DATE)
    due = Date(scope=Scope.settings)
    relative_weeks_due = Integer(scope=Scope.settings)
    visible_to_staff_only = Boolean(scope=Scope.settings, default=False)
    course_edit_method = String(scope=Scope.settings, default="Studio")
    giturl = String(scope=Scope.settings)
    xqa_key = String(scope=Scope.settings)
    graceperiod = Timedelta(scope=Scope.settings)
    group_access = Dict(scope=Scope.settings)
    showanswer = String(scope=Scope.settings, default="finished")
    show_correctness = String(scope=Scope.settings, default="always")
    rerandomize = String(scope=Scope.settings, default="never")
    days_early_for_beta = Float(scope=Scope.settings, default=None)
    static_asset_path = String(scope=Scope.settings, default="")
    use_latex_compiler = Boolean(scope=Scope.settings, default=False)
    max_attempts = Integer(scope=Scope.settings)
    matlab_api_key = String(scope=Scope.settings)
    user_partitions = List(scope=Scope.settings, default=[])
    video_speed_optimizations = Boolean(scope=Scope.settings, default=True)
    video_auto_advance = Boolean(scope=Scope.settings, default=False)
    video_bumper = Dict(scope=Scope.settings)
    show_reset_button = Boolean(scope=Scope.settings, default=False)
    edxnotes = Boolean(scope=Scope.settings, default=False)
    edxnotes_visibility = Boolean(scope=Scope.user_info, default=True)
    in_entrance_exam = Boolean(scope=Scope.settings, default=False)
    self_paced = Boolean(scope=Scope.settings, default=False)
    hide_from_toc = Boolean(scope=Scope.settings, default=False)


class LmsFields(XBlockMixin):
    """``LmsBlockMixin``'s fields."""

    hide_from_toc = Boolean(scope=Scope.settings, default=False)
    format = String(scope=Scope.settings)
    chrome = String(scope=Scope.settings, default=None)
    default_tab = String(scope=Scope.settings, default=None)
    source_file = String(scope=Scope.settings)
    visible_to_staff_only = Boolean(scope=Scope.settings, default=False)
    group_access = GroupAccessDict(scope=Scope.settings, default={})
    user_partitions = List(scope=Scope.settings, default=[])


PLATFORM_MIXINS = (LmsFields, InheritanceFields)

# A value other than the default for every settings field above, as an author or the platform would set it.
SAMPLE_VALUES = {
    "graded": True,
    "start": datetime.datetime(2026, 9, 1, 8, 30, tzinfo=datetime.UTC),
    "due": datetime.datetime(2026, 10, 15, 23, 59, tzinfo=datetime.UTC),
    "relative_weeks_due": 3,
    "visible_to_staff_only": True,
    "course_edit_method": "XML",
    "giturl": "https://git.example.org/cursus.git",
    "xqa_key": "xqa",
    "graceperiod": datetime.timedelta(days=2, hours=3),
    "group_access": {50: [1, 2], 51: [3]},
    "showanswer": "past_due",
    "show_correctness": "past_due",
    "rerandomize": "per_student",
    "days_early_for_beta": 2.5,
    "static_asset_path": "cursus",
    "use_latex_compiler": True,
    "max_attempts": 4,
    "matlab_api_key": "sleutel",
    "user_partitions": [{"id": 50, "name": "Teams", "scheme": "cohort", "groups": [{"id": 1, "name": "A"}]}],
    "video_speed_optimizations": False,
    "video_auto_advance": True,
    "video_bumper": {"video_id": "intro", "transcripts": {"nl": "/static/intro.srt"}},
    "show_reset_button": True,
    "edxnotes": True,
    "in_entrance_exam": True,
    "self_paced": True,
    "hide_from_toc": True,
    "format": "Huiswerk",
    "chrome": "tabs",
    "default_tab": "cursus",
    "source_file": "bron.tex",
    "name": "casus-1",  # XBlock's own settings fields
    "tags": ["weerbaar", "signaleren"],
}
