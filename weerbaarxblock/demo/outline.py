"""The training's outline, read from ``demo/content/``: the one source of the demo course and the course kit.

``content/course.xml`` lists chapters, sequentials and units (Open edX's sections, subsections and units).
A unit holds short texts for professionals (``<text file="teksten/...html"/>``) and at most one activity
(``<activity file="casus/...xml" number="0"/>``), whose file is the block's own OLX. The workbench demo shows these
units (``workbench_scenarios``) as ``<block type>.<number>``; ``demo/kit.py`` writes them as a course export for
Studio's Import.
"""
import dataclasses
import functools
import pathlib

from weerbaarxblock.core import olx

CONTENT = pathlib.Path(__file__).with_name("content")
BLOCK_TYPES = ("weerbaar_reflection", "weerbaar_scenario", "weerbaar_network")


@dataclasses.dataclass(frozen=True)
class Activity:
    block_type: str
    file: str
    xml: str  # the block's OLX as an author writes it


@dataclasses.dataclass(frozen=True)
class Unit:
    id: str
    display_name: str
    texts: tuple  # (file name, html) for each short text, in order
    activity: Activity | None
    scenario_id: str | None  # the workbench's id for the activity's unit, e.g. "weerbaar_scenario.0" (its number)


@dataclasses.dataclass(frozen=True)
class Sequential:
    id: str
    display_name: str
    graded: bool
    units: tuple


@dataclasses.dataclass(frozen=True)
class Chapter:
    id: str
    display_name: str
    sequentials: tuple


@dataclasses.dataclass(frozen=True)
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


def _unit(node):
    activities = [_activity(child) for child in node.findall("activity")]
    if len(activities) > 1:
        raise ValueError(f"unit {node.get('id')}: more than one activity")
    texts = tuple((text.get("file"), read(text.get("file"))) for text in node.findall("text"))
    return Unit(node.get("id"), node.get("display_name"), texts, activities[0] if activities else None, None)


def _demo_number(node):
    """The ``number`` an ``<activity>`` was given in ``course.xml``, or None."""
    activity = node.find("activity")
    value = activity.get("number") if activity is not None else None
    return None if value is None else int(value)


def _numbered(units, numbers):
    """The units with their workbench ids: each activity keeps the ``number`` it was given in ``course.xml``.

    Numbers stay put when units are added elsewhere in the outline, so links and tests to ``weerbaar_scenario.0``
    keep meaning the same unit. Within a block type the given numbers run 0, 1, 2, ... without gaps; an activity
    without a number takes the next free one, in course order.
    """
    given = {}
    for unit, number in zip(units, numbers, strict=True):
        if unit.activity and number is not None:
            given.setdefault(unit.activity.block_type, []).append(number)
    for block_type, found in given.items():
        if sorted(found) != list(range(len(found))):
            raise ValueError(f"{block_type}: the activities' numbers must be 0, 1, 2, ... once each, not {found}")
    following = {block_type: len(found) for block_type, found in given.items()}
    numbered = []
    for unit, number in zip(units, numbers, strict=True):
        if unit.activity:
            block_type = unit.activity.block_type
            if number is None:
                number = following.get(block_type, 0)
                following[block_type] = number + 1
            unit = dataclasses.replace(unit, scenario_id=f"{block_type}.{number}")
        numbered.append(unit)
    return numbered


@functools.cache
def course():
    """The whole outline, with each file read once."""
    root = olx.parse(read("course.xml"))
    places = [(chapter, sequential, unit_node) for chapter in root.findall("chapter")
              for sequential in chapter.findall("sequential") for unit_node in sequential.findall("vertical")]
    units = iter(_numbered([_unit(node) for _c, _s, node in places], [_demo_number(node) for _c, _s, node in places]))
    chapters = tuple(
        Chapter(chapter.get("id"), chapter.get("display_name"), tuple(
            Sequential(
                sequential.get("id"), sequential.get("display_name"), olx.read_flag(sequential.get("graded")),
                tuple(next(units) for _unit_node in sequential.findall("vertical")),
            )
            for sequential in chapter.findall("sequential")
        ))
        for chapter in root.findall("chapter")
    )
    return Course(root.get("display_name"), root.get("org"), root.get("number"), root.get("run"),
                  root.get("language"), chapters)


def workbench_scenarios(block_type):
    """[(unit title, block OLX)] of the units with an activity of ``block_type``, in the order of their numbers.

    The workbench names the n-th of these ``<block_type>.<n>``, which is the unit's ``scenario_id``.
    """
    units = [unit for _chapter, _sequential, unit in course().units()
             if unit.activity and unit.activity.block_type == block_type]
    units.sort(key=lambda unit: int(unit.scenario_id.rsplit(".", 1)[1]))
    return [(unit.display_name, unit.activity.xml) for unit in units]


def activity_xml(file):
    """One activity's OLX by its file name below ``content/`` (for tests and the reflection's demo module)."""
    return read(file)
