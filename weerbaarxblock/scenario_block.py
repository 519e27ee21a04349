"""Casus: first version of the block (full features follow in its own issue)."""
from xblock.fields import Scope, String

from .base import WeerbaarBlock, _
from .domain.shapes import get_text
from .handlers import AUTHOR, api


class ScenarioBlock(WeerbaarBlock):
    """Casus activity."""

    event_namespace = "scenario"

    display_name = String(display_name=_("Display name"), scope=Scope.settings, default="Casus")
    introduction = String(display_name=_("Introduction"), scope=Scope.content, default="")

    def student_view(self, context=None):
        return self.build_fragment(
            "templates/scenario/student.html",
            {"title": self.display_name, "introduction": self.introduction},
            css=["static/css/scenario.css"],
        )

    def studio_view(self, context=None):
        return self.build_fragment(
            "templates/common/studio_basic.html",
            {"title": self.display_name, "introduction": self.introduction},
            js=["static/js/studio_basic.js"],
            init_fn="WeerbaarStudioBasic",
        )

    @api(role=AUTHOR)
    def studio_submit(self, data):
        title = get_text(data, "display_name", max_chars=200)
        introduction = get_text(data, "introduction", max_chars=5000)
        self.display_name = title
        self.introduction = introduction
        return {"result": "success"}

    def student_view_data(self, context=None):
        return {"display_name": self.display_name, "introduction": self.introduction}

    @staticmethod
    def workbench_scenarios():
        return [("Casus", '<weerbaar_scenario introduction=" een cliënt met een zoon die koerier is:Een cliënt vertelt dat haar zoon van zestien veel geld verdient als koerier."/>')]
