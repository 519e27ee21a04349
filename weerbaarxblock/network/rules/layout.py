"""Netwerkkaart: a map laid out so that no two actors or their labels overlap, each in its ring and sector.

The same rule as the browser's ``geometry.js`` (``lines``, ``width``, ``spread``, ``box``, ``place``) and
``model.js`` (``tidy``), for maps the server sends ready to draw: the class overlay and the experts' map in the
feedback. Points are in units of the outer ring's radius, drawn at 300 px times the map's spread; sizes are in px
as drawn: an actor of radius 15 with its label below, 14 px text in one or two lines. A crowded map spreads out
(its rings are drawn bigger) instead of shrinking its labels. Deterministic: the same map always gives the same
layout.
"""
import math
import re

CENTRE = 0.16
LIMIT = 1.5
SCALE = 300
RADIUS = 15
GAP = 3
LINE = 16
FILL = 0.75  # the share of a ring that its actors' boxes may cover before the map spreads out
ROW = 0.02
STEP = 0.025
OVERLAY_RADIUS = 25.5  # the instructor's overlay draws an actor up to 1.7 times as big when all learners have it
WIDTHS = ((re.compile("[mwMW@%…]"), 14), (re.compile("[ijlftI.,:;'!| ]"), 4), (re.compile("[A-ZÀ-Þ&+=<>]"), 11),
          (re.compile('[r()"/\\[\\]-]'), 5))


def width(text):
    """The px width a 14 px label takes at most in Arial (or Liberation Sans, which has the same widths)."""
    return sum(next((size for pattern, size in WIDTHS if pattern.match(char)), 8) for char in text)


def lines(label, suffix=""):
    """The label as drawn: at most 28 characters; longer than 12, split at the space that balances two lines, when
    that makes it at least 4 characters narrower. ``suffix`` (the overlay's count) ends the last line."""
    text = label if len(label) <= 28 else label[:27] + "…"
    found, longest = [text], len(text) - 3 if len(text) > 12 else 0
    for index, char in enumerate(text):
        if char == " " and max(index, len(text) - index - 1) < longest:
            found, longest = [text[:index], text[index + 1:]], max(index, len(text) - index - 1)
    found[-1] += suffix
    return found


def box(label, x, y, spread=1.0, radius=RADIUS, suffix=""):
    """[left, top, right, bottom] of an actor (a diamond or triangle reaches 1.2 radius) and its label plate at
    (x, y), with a margin."""
    drawn = lines(label, suffix)
    unit = SCALE * spread
    half = (max(radius * 1.2, (max(width(line) for line in drawn) + 8) / 2) + GAP) / unit
    return (x - half, y - (radius * 1.2 + GAP) / unit, x + half,
            y + (radius + 22 + LINE * (len(drawn) - 1) + GAP) / unit)


def spread(config, actors):
    """How much bigger than 300 px the outer ring is drawn so that the actors' boxes fit in their rings: 1, or more
    in steps of 0.1 when a ring is crowded (its actors' boxes cover more than FILL of its area)."""
    area, most = {}, 0.0
    for actor in actors:
        left, top, right, bottom = box(actor["label"], 0, 0)
        inner, outer = band(config["rings"], actor["ring"])
        area[inner] = area.get(inner, 0.0) + (right - left) * (bottom - top)
        most = max(most, area[inner] / math.pi / (outer * outer - inner * inner))
    return max(1.0, math.ceil(math.sqrt(most / FILL) * 10 - 1e-9) / 10)


def overlaps(first, second):
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def band(rings, ring_id):
    """[inner, outer] radius of a ring (an unknown ring counts as the outermost)."""
    ids = [ring["id"] for ring in rings]
    position = ids.index(ring_id) if ring_id in ids else len(ids) - 1
    return (CENTRE + (1 - CENTRE) * position / len(ids), CENTRE + (1 - CENTRE) * (position + 1) / len(ids))


def sector_range(sectors, sector_id):
    """[start, end] in degrees (0 is three o'clock), clockwise from twelve o'clock; the full circle if none."""
    ids = [sector["id"] for sector in sectors or []]
    if sector_id not in ids:
        return (-90.0, 270.0)
    span = 360 / len(ids)
    return (-90 + span * ids.index(sector_id), -90 + span * (ids.index(sector_id) + 1))


def _clamp(value):
    return max(-LIMIT, min(LIMIT, round(value, 4)))


def spots(config, ring_id, sector_id, near):
    """Candidate points in a ring and sector, nearest to ``near`` first."""
    inner, outer = band(config["rings"], ring_id)
    start, end = sector_range(config.get("sectors"), sector_id)
    width = math.radians(end - start)
    rows = max(2, round((outer - inner) / ROW))
    found = []
    for row in range(rows):
        radius = inner + (outer - inner) * (row + 0.5) / rows
        count = math.ceil(width * radius / STEP)
        for step in range(count):
            angle = math.radians(start) + width * (step + 0.5) / count
            found.append((_clamp(radius * math.cos(angle)), _clamp(radius * math.sin(angle))))
    return sorted(found, key=lambda point: (math.hypot(point[0] - near[0], point[1] - near[1]), point))


PLAIN = (1.0, RADIUS, "")


def _box(actor, x, y, size):
    """``box`` of an actor at (x, y); ``size`` is (spread, radius, suffix)."""
    return box(actor["label"], x, y, *size)


def place(config, placed, actor, near, size=PLAIN):
    """The free spot nearest to ``near`` for ``actor``; with none free, the one overlapping fewest others."""
    boxes = [_box(other, other["x"], other["y"], size) for other in placed]
    best, fewest = None, None
    for x, y in spots(config, actor["ring"], actor.get("sector"), near):
        mine = _box(actor, x, y, size)
        count = sum(1 for other in boxes if overlaps(mine, other))
        if fewest is None or count < fewest:
            best, fewest = (x, y), count
        if not count:
            break
    return best


def tidy(config, actors):
    """Copies of ``actors`` (each with label, ring, sector, x, y) laid out without overlaps where there is room:
    inner rings first, each ring and sector filled along its arc in the order the actors stood."""
    ring_ids = [ring["id"] for ring in config["rings"]]
    entries = []
    for index, actor in enumerate(actors):
        start = sector_range(config.get("sectors"), actor.get("sector"))[0]
        angle = (math.degrees(math.atan2(actor.get("y", 0.0), actor.get("x", 0.0))) - start + 720) % 360
        ring = ring_ids.index(actor["ring"]) if actor["ring"] in ring_ids else len(ring_ids)
        entries.append(((ring, start, angle, index), actor))
    placed, result, size = [], [None] * len(actors), (spread(config, actors), RADIUS, "")
    for key, actor in sorted(entries, key=lambda entry: entry[0]):
        inner, outer = band(config["rings"], actor["ring"])
        start = math.radians(sector_range(config.get("sectors"), actor.get("sector"))[0])
        middle = (inner + outer) / 2
        x, y = place(config, placed, actor, (middle * math.cos(start), middle * math.sin(start)), size)
        placed.append(dict(actor, x=x, y=y))
        result[key[3]] = placed[-1]
    return result


def sector_at(sectors, x, y):
    """The sector at (x, y), or None when the activity has no sectors."""
    if not sectors:
        return None
    degrees = (math.degrees(math.atan2(y, x)) + 90 + 720) % 360
    return sectors[min(len(sectors) - 1, int(degrees // (360 / len(sectors))))]["id"]


def _clashes(mine, placed, size):
    return any(overlaps(mine, _box(other, other["x"], other["y"], size)) for other in placed)


def readable(config, actors, radius=RADIUS, free_rings=False, suffix=""):
    """Copies of ``actors``: each stays where it is unless it overlaps one kept before it; those move to the
    nearest free spot in their ring and sector (``free_rings``: in another ring, outer ones first, when their own
    is full). ``radius`` and ``suffix``: how big the actors are drawn, and what their labels end in."""
    kept, moved, size = [], [], (spread(config, actors), radius, suffix)
    for index, actor in enumerate(actors):
        if _clashes(_box(actor, actor["x"], actor["y"], size), [other for _index, other in kept], size):
            moved.append((index, actor))
        else:
            kept.append((index, dict(actor)))
    placed = [actor for _index, actor in kept]
    for index, actor in moved:
        x, y = place(config, placed, actor, (actor["x"], actor["y"]), size)
        for ring in reversed(config["rings"] if free_rings else []):  # its ring is full: the outer ones first
            if not _clashes(_box(actor, x, y, size), placed, size):
                break
            actor = dict(actor, ring=ring["id"], sector=None)
            x, y = place(config, placed, actor, (actor["x"], actor["y"]), size)
        placed.append(dict(actor, x=x, y=y))
        kept.append((index, placed[-1]))
    return [actor for _index, actor in sorted(kept, key=lambda pair: pair[0])]


def overlay(config, reference, result):
    """The class overlay (``compare.overlay``) with each actor where the experts put it, and actors the experts left
    out near the learners' mean position (anywhere in their ring, or in another ring, outer ones first, when theirs
    is full), laid out without overlaps. The labels are measured with room for the count the instructor's view adds
    to them."""
    experts = {f"p:{actor['id']}": actor for actor in reference["actors"]}
    placed = []
    for actor in result["actors"]:
        where = experts.get(actor["key"]) or dict(actor, sector=None)
        placed.append({"label": actor["label"], "ring": where["ring"], "sector": where.get("sector"),
                       "x": where["x"], "y": where["y"]})
    laid_out = readable(config, placed, OVERLAY_RADIUS, free_rings=True, suffix=" (000)")
    actors = [dict(actor, x=spot["x"], y=spot["y"], ring=spot["ring"],
                   sector=spot["sector"] or sector_at(config.get("sectors"), spot["x"], spot["y"]))
              for actor, spot in zip(result["actors"], laid_out, strict=True)]
    return dict(result, actors=actors)
