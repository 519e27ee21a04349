"""The demo's landing page: the course outline and how to act as each person."""
from django.http import Http404
from django.shortcuts import redirect, render
from workbench.scenarios import get_scenarios

from weerbaarxblock.demo.course import ROLES, outline


def course_home(request):
    return render(
        request,
        "weerbaar_demo/index.html",
        {"parts": outline(get_scenarios()), "roles": ROLES},
    )


def jump_to(request, usage_id):
    """The LMS's ``/courses/<course>/jump_to/<usage>`` for the demo: the unit whose tree holds the block.

    A linked reflection prompt points to the activities of its case this way (``core/rules/case_thread``).
    """
    for scenario_id, scenario in get_scenarios().items():
        if usage_id.split(".")[0] == scenario.usage_id.split(".")[0]:  # ids start with the unit's own slug
            return redirect("workbench_show_scenario", scenario_id=scenario_id)
    raise Http404("no unit holds this block")
