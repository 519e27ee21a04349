"""The training's outline, read from ``demo/content/``: the one source of the demo course and the course kit.

``content/course.xml`` lists chapters, sequentials and units (Open edX's sections, subsections and units).
A unit holds short texts for professionals (``<text file="teksten/...html"/>``) and at most one activity
(``<activity file="casus/...xml"/>``), whose file is the block's own OLX. The workbench demo shows these units
(``workbench_scenarios``); ``demo/kit.py`` writes them as a course export for Studio's Import.
"""
import functools
import pathlib
from dataclasses import dataclass

from weerbaarxblock.core import olx

CONTENT = pathlib.Path(__file__).with_name("content")
BLOCK_TYPES = ("weerbaar_reflection", "weerbaar_scenario", "weerbaar_network")


@dataclass(frozen=True)
class Activity:
    block_type: str
    file: str
    xml: str  # the block's OLX as an author writes it


@dataclass(frozen=True)
class Unit:
    id: str
    display_name: str
    texts: tuple  # (file name, html) for each short text, in order
    activity: Activity | None
    scenario_id: str | None  # the workbench's id for the activity's unit, e.g. "weerbaar_scenario.0"


@dataclass(frozen=True)
class Sequential:
    id: str
    display_name: str
    graded: bool
    units: tuple


@dataclass(frozen=True)
class Chapter:
    id: str
    display_name: str
    sequentials: tuple


@dataclass(frozen=True)
class Course:
    display_name: str
    org: str
    number: str
    run: str
    language: str
    chapters: tuple

    def units(self):
        """(chapter, sequential, unit) for every unit, in course order."""
        for chapter in self.chapters:
            for sequential in chapter.sequentials:
                for unit in sequential.units:
                    yield chapter, sequential, unit


def read(relative):
    return (CONTENT / relative).read_text(encoding="utf-8")


def _activity(node):
    file = node.get("file")
    xml = read(file)
    block_type = olx.parse(xml).tag
    if block_type not in BLOCK_TYPES:
        raise ValueError(f"{file}: <{block_type}> is not one of this package's blocks")
    return Activity(block_type, file, xml)


def _unit(node, counters):
    activities = [_activity(child) for child in node.findall("activity")]
    if len(activities) > 1:
        raise ValueError(f"unit {node.get('id')}: more than one activity")
    activity = activities[0] if activities else None
    scenario_id = None
    if activity:
        number = counters.get(activity.block_type, 0)
        counters[activity.block_type] = number + 1
        scenario_id = f"{activity.block_type}.{number}"
    texts = tuple((text.get("file"), read(text.get("file"))) for text in node.findall("text"))
    return Unit(node.get("id"), node.get("display_name"), texts, activity, scenario_id)


@functools.cache
def course():
    """The whole outline, with each file read once."""
    root = olx.parse(read("course.xml"))
    counters = {}
    chapters = tuple(
        Chapter(chapter.get("id"), chapter.get("display_name"), tuple(
            Sequential(
                sequential.get("id"), sequential.get("display_name"), olx.read_flag(sequential.get("graded")),
                tuple(_unit(unit, counters) for unit in sequential.findall("vertical")),
            )
            for sequential in chapter.findall("sequential")
        ))
        for chapter in root.findall("chapter")
    )
    return Course(root.get("display_name"), root.get("org"), root.get("number"), root.get("run"),
                  root.get("language"), chapters)


def workbench_scenarios(block_type):
    """[(unit title, block OLX)] of the units with an activity of ``block_type``, in course order."""
    return [(unit.display_name, unit.activity.xml)
            for _chapter, _sequential, unit in course().units()
            if unit.activity and unit.activity.block_type == block_type]


def activity_xml(file):
    """One activity's OLX by its file name below ``content/`` (for tests and the reflection's demo module)."""
    return read(file)
