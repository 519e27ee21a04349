"""The demo's landing page: the course outline and how to act as each person."""
from django.shortcuts import render
from workbench.scenarios import get_scenarios

from weerbaarxblock.demo.course import ROLES, outline


def course_home(request):
    return render(
        request,
        "weerbaar_demo/index.html",
        {"parts": outline(get_scenarios()), "roles": ROLES},
    )
