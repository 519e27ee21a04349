"""Netwerkkaart: a learner's stored map made valid again after the author changed the content.

A ring, sector, type or list actor the author removed must not make a learner's map unloadable or make work
disappear: each affected item is kept, moved to a valid value and flagged (``FLAGS``) so the learner sees
what to check; the learner clears a flag by marking the item as checked.

A relation that cannot get a type back (every relation type between its two actors is taken: relations are
unique per pair and type) is *set aside*: kept in the map's ``set_aside`` list with its note and the names of
its two actors, read-only, outside the comparison and the score. It stays there until the learner adds it again
(``kept_aside``). Maps stored before this list existed simply have none.
"""
import hashlib
import json

from weerbaarxblock.network.rules.model import (
    COORD_LIMIT,
    DIRECTIONS,
    FLAGS,
    ID_MAX,
    ID_PATTERN,
    LABEL_MAX,
    NOTE_MAX,
    STRENGTHS,
    ids,
)

RULES_VERSION = 1  # raise when reconciling changes, so that no map is taken as reconciled by older rules


def content_mark(config):
    """A short text naming all that ``reconcile_map`` reads of ``config``: a map validated against content with
    the same mark is already reconciled (reconciling it again changes nothing), so it need not be."""
    read = [
        RULES_VERSION, [ring["id"] for ring in config["rings"]], sorted(ids(config["sectors"])),
        [kind["id"] for kind in config["actor_types"]], [kind["id"] for kind in config["relation_types"]],
        [[item["id"], item["label"], item["type"]] for item in config["palette"] if item.get("offered", True)],
    ]
    return hashlib.sha256(json.dumps(read).encode("utf-8")).hexdigest()[:20]


def reconcile_map(stored, config):
    """A stored learner map made valid for the current ``config``, items it had to change flagged.

    Returns ``(map, report)``; ``report`` counts the flagged items and the relations set aside. Nothing a
    learner made is dropped: a relation that can no longer be told apart from another one between the same two
    actors (every relation type between them is taken) goes to ``map["set_aside"]``.
    """
    stored = stored if isinstance(stored, dict) else {}
    rings = [ring["id"] for ring in config["rings"]]
    sectors = ids(config["sectors"])
    actor_types = [kind["id"] for kind in config["actor_types"]]
    relation_types = [kind["id"] for kind in config["relation_types"]]
    palette = {item["id"]: item for item in config["palette"] if item.get("offered", True)}
    actors, known = [], {}
    for item in _dicts(stored.get("actors")):
        actor = _reconcile_actor(item, rings, sectors, actor_types, palette)
        if actor is None or actor["id"] in known:
            continue
        known[actor["id"]] = actor
        actors.append(actor)
    relations, keys = [], set()
    aside = [_aside(item, known) for item in _dicts(stored.get("set_aside")) if _aside_valid(item)]
    items = _dicts(stored.get("relations"))
    # Relations whose type remains keep it; only then do the others look for a free type (and may find none).
    order = sorted(range(len(items)), key=lambda index: items[index].get("type") not in relation_types)
    placed = {}
    for index in order:
        placed[index] = _reconcile_relation(items[index], known, relation_types, keys)
    for index, item in enumerate(items):
        if placed[index] is _NO_TYPE_LEFT:
            aside.append(_aside(item, known))
        elif placed[index] is not None:
            relations.append(placed[index])
    flagged = sum(1 for item in actors + relations if item["flags"])
    reconciled = {"actors": actors, "relations": relations, "set_aside": aside}
    return reconciled, {"flagged": flagged, "set_aside": len(aside)}


def kept_aside(stored, saved):
    """The set-aside relations of the ``stored`` (reconciled) map that the map being ``saved`` keeps.

    They come from the stored map only, never from a request. One leaves the list when the learner has added it
    again: ``saved`` holds a relation that ``stored`` did not, between the same two actors, with the same note.
    """
    known = {relation["id"] for relation in stored["relations"]}
    added = {_pair_and_note(relation) for relation in saved["relations"] if relation["id"] not in known}
    return [item for item in stored.get("set_aside", []) if _pair_and_note(item) not in added]


def _pair_and_note(relation):
    source, target = relation["source"], relation["target"]
    return min(source, target), max(source, target), (relation.get("note") or "").strip()


def _dicts(value):
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _reconcile_actor(item, rings, sectors, actor_types, palette):
    if not isinstance(item.get("id"), str) or not ID_PATTERN.match(item["id"]):
        return None
    flags = set(flag for flag in item.get("flags") or [] if flag in FLAGS)
    palette_id = item.get("palette")
    label = str(item.get("label") or "")[:LABEL_MAX]
    actor_type = item.get("type")
    if palette_id is not None:
        entry = palette.get(palette_id)
        if entry is None:
            flags.add("palette_removed")
            palette_id = None
        else:
            label, actor_type = entry["label"], entry["type"]
    if actor_type not in actor_types:
        flags.add("type_removed")
        actor_type = actor_types[0]
    ring = item.get("ring")
    if ring not in rings:
        flags.add("ring_removed")
        ring = rings[-1]
    sector = item.get("sector")
    if sector is not None and sector not in sectors:
        flags.add("sector_removed")
        sector = None
    return {
        "id": item["id"],
        "palette": palette_id,
        "label": label or "?",
        "type": actor_type,
        "ring": ring,
        "sector": sector,
        "x": _coordinate(item.get("x")),
        "y": _coordinate(item.get("y")),
        "flags": sorted(flags),
    }


def _coordinate(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return 0.0
    return max(-COORD_LIMIT, min(COORD_LIMIT, float(value)))


_NO_TYPE_LEFT = object()


def _aside_valid(item):
    return all(isinstance(item.get(key), str) and ID_PATTERN.match(item[key]) for key in ("id", "source", "target"))


def _aside(item, known):
    """A relation set aside: what the learner made, with its actors' names (they may leave the map later)."""
    def name(key):
        actor = known.get(item[key])
        return actor["label"] if actor else str(item.get(f"{key}_label") or "?")[:LABEL_MAX]

    return {
        "id": item["id"],
        "source": item["source"],
        "target": item["target"],
        "source_label": name("source"),
        "target_label": name("target"),
        "type": str(item.get("type") or "")[:ID_MAX],
        "direction": item.get("direction") if item.get("direction") in DIRECTIONS else "none",
        "strength": item.get("strength") if item.get("strength") in STRENGTHS else "normal",
        "note": str(item.get("note") or "")[:NOTE_MAX],
    }


def _reconcile_relation(item, known, relation_types, keys):
    source, target = item.get("source"), item.get("target")
    if source not in known or target not in known or source == target:
        return None
    if not isinstance(item.get("id"), str) or not ID_PATTERN.match(item["id"]):
        return None
    flags = set(flag for flag in item.get("flags") or [] if flag in FLAGS)
    pair = (min(source, target), max(source, target))
    relation_type = item.get("type")
    if relation_type not in relation_types or (*pair, relation_type) in keys:
        free = [kind for kind in relation_types if (*pair, kind) not in keys]
        if not free:
            return _NO_TYPE_LEFT
        flags.add("type_removed")
        relation_type = free[0]
    keys.add((*pair, relation_type))
    return {
        "id": item["id"],
        "source": source,
        "target": target,
        "type": relation_type,
        "direction": item.get("direction") if item.get("direction") in DIRECTIONS else "none",
        "strength": item.get("strength") if item.get("strength") in STRENGTHS else "normal",
        "note": str(item.get("note") or "")[:NOTE_MAX],
        "flags": sorted(flags),
    }
