"""Netwerkkaart: a learner's stored map made valid again after the author changed the content.

A ring, sector, type or list actor the author removed must not make a learner's map unloadable or make work
disappear: each affected item is kept, moved to a valid value and flagged (``FLAGS``) so the learner sees
what to check; the learner clears a flag by marking the item as checked.
"""
from weerbaarxblock.network.rules.model import (
    COORD_LIMIT,
    DIRECTIONS,
    FLAGS,
    ID_PATTERN,
    LABEL_MAX,
    NOTE_MAX,
    STRENGTHS,
    ids,
)


def reconcile_map(stored, config):
    """A stored learner map made valid for the current ``config``, items it had to change flagged.

    Returns ``(map, report)``; ``report`` counts the flagged items and names the limits the map now exceeds.
    Nothing a learner made is dropped, except a relation that can no longer be told apart from another one
    between the same two actors (every relation type between them is taken); ``report["dropped"]`` counts those.
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
    relations, keys, dropped = [], set(), 0
    for item in _dicts(stored.get("relations")):
        relation = _reconcile_relation(item, known, relation_types, keys)
        if relation is _NO_TYPE_LEFT:
            dropped += 1
        elif relation is not None:
            relations.append(relation)
    flagged = sum(1 for item in actors + relations if item["flags"])
    return {"actors": actors, "relations": relations}, {"flagged": flagged, "dropped": dropped}


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
