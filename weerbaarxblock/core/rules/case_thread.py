"""Casusdraad (case thread), pure rules: the case key, links to an activity, the small map picture, and what a
linked reflection prompt shows of one learner's work on a case.

No block, no database: the reflection's block gathers the rows (``core/case_queries``) and passes them here.
"""
import math
import re

from weerbaarxblock.core.rules.problems import Problem

CASE_KEY_MAX = 64
CASE_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ACTIVITIES = ("scenario", "network")  # the activities whose work a reflection summarises, in this order
CENTRE = 0.16  # the case's circle in a map, as in static/js/network/geometry.js


def parse_case_key(value, field="case_key"):
    """A case key as authors write it (``zorgfraude-wijk-noord``), lower-cased and trimmed; '' for none."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Problem("case_key_invalid", field=field, maximum=CASE_KEY_MAX)
    key = value.strip().lower()
    if key and (len(key) > CASE_KEY_MAX or not CASE_KEY.match(key)):
        raise Problem("case_key_invalid", field=field, maximum=CASE_KEY_MAX)
    return key


def activity_url(course_key, usage_key):
    """Where a learner finds the activity: the LMS's jump_to (the demo answers the same address)."""
    return f"/courses/{course_key}/jump_to/{usage_key}"


def thread(blocks, works, available):
    """The items a linked prompt shows: per activity of the case, the learner's work or a pointer to it.

    ``blocks``: the registered blocks of the case ``{usage_key, course_key, activity, title}``; ``works``: the
    learner's rows ``{usage_key, activity, title, summary, updated}``; ``available(usage_key)``: whether the block
    is still there for the learner (deleted or hidden blocks are left out, their work with them).
    """
    done = {work["usage_key"]: work for work in works}
    items = []
    for block in blocks:
        if block["activity"] not in ACTIVITIES or not available(block["usage_key"]):
            continue
        work = done.get(block["usage_key"])
        items.append({
            "activity": block["activity"], "usage_key": block["usage_key"],
            "title": (work or block)["title"] or block["title"],
            "url": activity_url(block["course_key"], block["usage_key"]),
            "done": work is not None, "summary": work["summary"] if work else None,
            "updated": work["updated"] if work else None,
        })
    items.sort(key=lambda item: ACTIVITIES.index(item["activity"]))
    return items


def drawing(picture, size=200):
    """The small picture of a map in pixels of a ``size`` square: rings, sector lines, actors, relations.

    ``picture``: ``{"rings": count, "sectors": count, "actors": [{"x", "y", "label", "found"}],
    "relations": [[from index, to index], ...]}`` with positions in units of the outer ring's radius.
    """
    half = size / 2
    scale = half * 0.9

    def point(x, y):
        return round(half + x * scale, 1), round(half + y * scale, 1)

    rings = max(int(picture.get("rings") or 0), 1)
    radii = [round(scale * (CENTRE + (1 - CENTRE) * (index + 1) / rings), 1) for index in range(rings)]
    sectors = int(picture.get("sectors") or 0)
    spokes = []
    for index in range(sectors if sectors > 1 else 0):
        angle = math.radians(-90 + 360 * index / sectors)
        spokes.append(point(CENTRE * math.cos(angle), CENTRE * math.sin(angle)) + point(math.cos(angle),
                                                                                       math.sin(angle)))
    actors = [dict(zip(("x", "y"), point(actor["x"], actor["y"]), strict=False), label=actor["label"],
                   found=bool(actor.get("found"))) for actor in picture.get("actors", [])]
    lines = [
        (actors[start]["x"], actors[start]["y"], actors[end]["x"], actors[end]["y"])
        for start, end in picture.get("relations", []) if 0 <= start < len(actors) and 0 <= end < len(actors)
    ]
    return {"size": size, "centre": half, "case": round(scale * CENTRE, 1), "radii": radii,
            "spokes": [dict(zip(("x1", "y1", "x2", "y2"), spoke, strict=False)) for spoke in spokes],
            "lines": [dict(zip(("x1", "y1", "x2", "y2"), line, strict=False)) for line in lines], "actors": actors}
