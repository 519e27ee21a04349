"""The demo course's outline on the workbench: the training's sections, subsections and units.

The outline is the course content's (``demo/outline.py``, the same files the course kit is built from). A unit
with an activity is a workbench scenario (``weerbaar_scenario.0`` ...); a unit with only text shows its text on
the landing page.
"""
from django.utils.translation import gettext_lazy as _

from weerbaarxblock.demo.outline import course

# The people one can act as; ids match ``services.PEOPLE``.
ROLES = [
    ("leerling_a", _("Learner A")),
    ("leerling_b", _("Learner B")),
    ("docent", _("Instructor")),
]


def outline(scenarios):
    """[(chapter, [(sequential, [unit, ...]), ...])] with the units the workbench can show.

    A unit whose activity the workbench did not load (``scenarios`` lacks its id) is left out.
    """
    parts = []
    for chapter in course().chapters:
        sequentials = []
        for sequential in chapter.sequentials:
            units = [unit for unit in sequential.units if unit.scenario_id is None or unit.scenario_id in scenarios]
            if units:
                sequentials.append((sequential, units))
        if sequentials:
            parts.append((chapter, sequentials))
    return parts


def unit_part(request):
    """Template context for a unit's page: ``unit_part`` (its section, the page's one h1) and ``unit_texts``.

    The block below names itself in its own h2, as in the LMS; the unit's short texts stand above it.
    """
    match = getattr(request, "resolver_match", None)
    scenario_id = str(match.kwargs.get("scenario_id", "")) if match else ""
    if not scenario_id:
        return {}
    for chapter, _sequential, unit in course().units():
        if unit.scenario_id == scenario_id:
            return {"unit_part": chapter.display_name, "unit_texts": [html for _file, html in unit.texts]}
    return {}
