"""The demo course's outline: which workbench scenarios form its units, in order.

Each block class contributes its units through ``workbench_scenarios()``; the
outline groups them by the training's fixed elements.
"""
from django.utils.translation import gettext_lazy as _

# (block type, heading of the part of the course it serves)
PARTS = [
    ("weerbaar_reflection", _("Reflection: your own qualities and pitfalls")),
    ("weerbaar_scenario", _("Acting in complex daily situations")),
    ("weerbaar_network", _("Insight into networks, procedures and laws")),
]

# The people one can act as; ids match ``services.PEOPLE``.
ROLES = [
    ("leerling_a", _("Learner A")),
    ("leerling_b", _("Learner B")),
    ("docent", _("Instructor")),
]


def outline(scenarios):
    """[(heading, [(scenario_id, description), ...])] for the scenarios the workbench loaded."""
    parts = []
    for block_type, heading in PARTS:
        units = sorted(
            (scenario_id, scenario.description)
            for scenario_id, scenario in scenarios.items()
            if scenario_id.startswith(block_type + ".")
        )
        if units:
            parts.append((heading, units))
    return parts


def unit_part(request):
    """Template context: ``unit_part``, the heading of the course part a unit's page belongs to.

    A unit's page has it as its one h1; the block below names itself in its own h2, as in the LMS.
    """
    match = getattr(request, "resolver_match", None)
    scenario_id = str(match.kwargs.get("scenario_id", "")) if match else ""
    for block_type, heading in PARTS:
        if scenario_id.startswith(block_type + "."):
            return {"unit_part": heading}
    return {}
