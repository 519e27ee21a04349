"""Fixtures for the LMS-contract tests: a course in the test LMS, the package's block types, a probe block."""
from importlib.metadata import distribution

import pytest
from completion.waffle import ENABLE_COMPLETION_TRACKING_SWITCH
from django.utils import translation
from edx_toggles.toggles.testutils import override_waffle_switch
from xblock.fields import Scope, String

from weerbaarxblock.core.api import AUTHOR, LEARNER, STAFF, api
from weerbaarxblock.core.block import WeerbaarBlock
from weerbaarxblock.core.rules.shapes import get_text

from .runtime import LmsPlatform, TrackingLog

# Every block type the installed package registers, so a new block is covered without editing this list.
BLOCK_TYPES = sorted(
    entry_point.name for entry_point in distribution("weerbaarxblock").entry_points if entry_point.group == "xblock.v1"
)


class ProbeBlock(WeerbaarBlock):
    """A minimal block on the shared base: one handler per role, to prove the base's rules end to end."""

    event_namespace = "probe"
    display_name = String(scope=Scope.settings, default="Proefblok")
    note = String(scope=Scope.user_state, default="")

    @api(role=AUTHOR)
    def studio_submit(self, data):
        title = get_text(data, "display_name", max_chars=200)
        self.display_name = title
        return {"result": "success"}

    @api(role=STAFF)
    def staff_action(self, data):  # noqa: ARG002 - the role is what is tested
        return {"result": "success"}

    @api(role=LEARNER)
    def learner_action(self, data):
        note = get_text(data, "note", max_chars=100)
        self.note = note
        return {"learner_id": self.viewer.learner_id}

    def student_view(self, context=None):  # noqa: ARG002 - XBlock's signature
        return self.build_fragment("probe.html", {"title": self.display_name}, init_fn="WeerbaarProbe")

    def render_template(self, path, context):  # the probe has no template file of its own
        return f'<div class="weerbaar-probe" data-template="{path}">{context["title"]}</div>'

    def student_view_data(self, context=None):  # noqa: ARG002 - XBlock's signature
        return {"display_name": self.display_name}


@pytest.fixture
def lms(db):  # noqa: ARG001 - users, completions and the package's tables live in the database
    """A course in the test LMS, in Dutch, with completion tracking switched on as in an Open edX site."""
    with translation.override("nl"), override_waffle_switch(ENABLE_COMPLETION_TRACKING_SWITCH, active=True):
        with TrackingLog().installed() as tracking:
            platform = LmsPlatform(tracking)
            with platform.grades.installed():  # lms.djangoapps.grades.api, as inside the LMS (grades.py)
                yield platform


@pytest.fixture
def probe(lms):
    """The usage key of a probe block in the course."""
    return lms.add_block("weerbaar_probe", block_class=ProbeBlock)
