"""Netwerkkaart: the author's configuration, its settings and the expert map, checked field by field.

``validate_authoring(data)`` checks everything the Studio editor sends in one pass and raises ``Problems``
with one message per field ("rings.2.label", "settings.max_actors", "reference.relations.0.type"), so the
editor can show each message beside its field. Nothing is returned half-checked: either all is valid, or
problems are raised and the caller changes nothing.
"""
import re

from weerbaarxblock.core.rules.problems import Problem, ProblemCollector, Problems
from weerbaarxblock.network.rules.model import (
    EXPLANATION_MAX,
    LABEL_MAX,
    REFERENCE,
    choice_at,
    ident_at,
    list_at,
    normalise_label,
    object_at,
    text_at,
    validate_map,
)

SHAPES = ("circle", "square", "diamond", "triangle", "hexagon")
LINES = ("solid", "dashed", "dotted")
MIN_CONTRAST = 3.0  # WCAG 1.4.11: graphical objects against the white canvas

LIST_LIMITS = {  # (minimum, maximum) items
    "rings": (1, 8),
    "sectors": (0, 12),
    "actor_types": (1, 10),
    "relation_types": (1, 12),
    "palette": (0, 200),
}
SYNONYMS_MAX = 20
TITLE_MAX = 200
INTRODUCTION_MAX = 5000

SETTINGS_DEFAULTS = {
    "allow_free": True,
    "max_actors": 60,
    "max_relations": 150,
    "scored": False,
    "actor_weight": 1.0,
    "relation_weight": 1.0,
    "partial_credit": 0.5,
    "weight": 1.0,
}
# name: (minimum, maximum) for the numbers among the settings
SETTINGS_RANGES = {
    "max_actors": (1, 200),
    "max_relations": (0, 400),
    "actor_weight": (0, 100),
    "relation_weight": (0, 100),
    "partial_credit": (0, 1),
    "weight": (0, 1000),
}
INTEGER_SETTINGS = ("max_actors", "max_relations")

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def contrast_with_white(color):
    """WCAG contrast ratio of ``#rrggbb`` against white."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def _color_at(item, path):
    value = item.get("color")
    if not isinstance(value, str) or not _COLOR.match(value):
        raise Problem("network_bad_color", field=f"{path}.color", value=str(value)[:10])
    if contrast_with_white(value) < MIN_CONTRAST:
        raise Problem("network_low_contrast", field=f"{path}.color", value=value)
    return value.lower()


# ---- the lists ------------------------------------------------------------------------------------------------
def _simple_item(found, item, path, extra=None):
    """An item with ``id`` and ``label`` (plus whatever ``extra`` checks); problems added to ``found``."""
    item = found.check(object_at, item, path)
    if item is None:
        return None
    result = {
        "id": found.check(ident_at, item, "id", path),
        "label": found.check(text_at, item, "label", path, limit=LABEL_MAX),
    }
    for key, check in (extra or {}).items():
        result[key] = found.check(check, item, path)
    # An item with a valid id still counts as existing, so that one wrong colour does not make every palette
    # actor of that type "unknown" too; with any problem the whole request is refused anyway.
    return result if result["id"] is not None else None


def _check_list(found, data, key, extra=None):
    low, high = LIST_LIMITS[key]
    items = found.check(list_at, data, key, "", cap=high, required=False)
    if items is None:
        return []
    if len(items) < low:
        found.add("network_list_too_short", key, limit=low)
    result, seen = [], set()
    for index, item in enumerate(items):
        checked = _simple_item(found, item, f"{key}.{index}", extra)
        if checked is None:
            continue
        if checked["id"] in seen:
            found.add("network_duplicate_id", f"{key}.{index}.id", value=checked["id"])
            continue
        seen.add(checked["id"])
        result.append(checked)
    return result


def _palette(found, data, actor_types):
    type_ids = {kind["id"] for kind in actor_types}
    extra = {
        "type": lambda item, path: choice_at(item, "type", path, type_ids),
        "synonyms": _synonyms,
        "offered": lambda item, path: _flag(item, "offered", f"{path}.offered", default=True),
    }
    palette = _check_list(found, data, "palette", extra)
    taken, labels = {}, {item["id"]: item["label"] for item in palette}
    for index, item in enumerate(palette):
        for place, phrase in [("label", item["label"]), *(("synonyms", word) for word in item["synonyms"])]:
            owner = taken.setdefault(normalise_label(phrase), item["id"])
            if owner != item["id"]:  # reported beside the entry that repeats the name, naming the one that had it
                found.add("network_synonym_twice", _palette_path(data, item, index, place), value=phrase,
                          other=labels[owner])
    return palette


def _palette_path(data, item, fallback_index, place):
    for index, raw in enumerate(data.get("palette") or []):
        if isinstance(raw, dict) and raw.get("id") == item["id"]:
            return f"palette.{index}.{place}"
    return f"palette.{fallback_index}.{place}"


def _synonyms(item, path):
    values = list_at(item, "synonyms", path, cap=SYNONYMS_MAX, required=False)
    result = []
    for value in values:
        if not isinstance(value, str):
            raise Problem("wrong_type", field=f"{path}.synonyms", expected="text")
        value = value.strip()
        if len(value) > LABEL_MAX:
            raise Problem("network_text_too_long", field=f"{path}.synonyms", limit=LABEL_MAX, count=len(value))
        if "\x00" in value:
            raise Problem("nul_character", field=f"{path}.synonyms")
        if value and value not in result:
            result.append(value)
    return result


def _flag(item, key, path, default):
    value = item.get(key, default)
    if not isinstance(value, bool):
        raise Problem("wrong_type", field=path, expected="boolean")
    return value


# ---- settings -------------------------------------------------------------------------------------------------
def validate_settings(found, data):
    settings = dict(SETTINGS_DEFAULTS)
    raw = data.get("settings", {})
    if not isinstance(raw, dict):
        found.add("wrong_type", "settings", expected="object")
        return settings
    for key in ("allow_free", "scored"):
        settings[key] = found.check(_flag, raw, key, f"settings.{key}", SETTINGS_DEFAULTS[key])
    for key, (low, high) in SETTINGS_RANGES.items():
        value = raw.get(key, SETTINGS_DEFAULTS[key])
        integer = key in INTEGER_SETTINGS
        valid_type = not isinstance(value, bool) and isinstance(value, int if integer else (int, float))
        if not valid_type or value != value:
            found.add("network_not_a_number", f"settings.{key}")
        elif value < low or value > high:
            found.add("network_number_range", f"settings.{key}", minimum=low, maximum=high)
        else:
            settings[key] = value if integer else float(value)
    if settings["actor_weight"] + settings["relation_weight"] <= 0:
        found.add("network_weights_zero", "settings.relation_weight")
    return settings


# ---- everything at once ---------------------------------------------------------------------------------------
def validate_config(found, data):
    """The structural part: case, rings, sectors, types and palette."""
    config = {"case_label": found.check(text_at, data, "case_label", "", limit=LABEL_MAX)}
    config["rings"] = _check_list(found, data, "rings")
    config["sectors"] = _check_list(found, data, "sectors")
    config["actor_types"] = _check_list(found, data, "actor_types", {
        "shape": lambda item, path: choice_at(item, "shape", path, SHAPES, default="circle"),
        "color": _color_at,
    })
    config["relation_types"] = _check_list(found, data, "relation_types", {
        "line": lambda item, path: choice_at(item, "line", path, LINES, default="solid"),
        "color": _color_at,
    })
    config["palette"] = _palette(found, data, config["actor_types"])
    return config


# (list, the part of the expert map that uses its items, the key naming the item there)
USED_BY_REFERENCE = (("rings", "actors", "ring"), ("sectors", "actors", "sector"),
                     ("relation_types", "relations", "type"))


def _still_used(found, raw, config, previous):
    """An item removed from a list (it was in ``previous``, the stored configuration) while the expert map still
    uses it is refused beside that list: the experts' actors and relations are never silently moved or retyped.
    True when any was found."""
    before = len(found.problems)
    for key, part, name in USED_BY_REFERENCE:
        known = {item["id"] for item in config[key]}
        removed = {item["id"]: item["label"] for item in previous.get(key, []) if item["id"] not in known}
        items = raw.get(part) if isinstance(raw.get(part), list) else []
        used = [item.get(name) for item in items if isinstance(item, dict) and item.get(name) in removed]
        for value in dict.fromkeys(used):
            found.add("network_still_used", key, value=removed[value], count=used.count(value))
    return len(found.problems) > before


def validate_reference(found, data, config, settings, previous=None):
    """The expert map and the explanations for palette actors the experts left out."""
    raw = data.get("reference", {"actors": [], "relations": []})
    reference = {"actors": [], "relations": [], "left_out": []}
    if isinstance(raw, dict) and _still_used(found, raw, config, previous or {}):
        return reference
    try:
        reference.update(validate_map(
            raw, config, mode=REFERENCE, max_actors=len(config["palette"]) or 1, max_relations=800, gather=True
        ))
    except Problem as problem:  # the map as a whole is wrong (its shape or size): its items are not looked at
        found.extend([problem], prefix="reference")
        return reference
    except Problems as many:
        found.extend(many.problems, prefix="reference")
    if not isinstance(raw, dict):
        return reference
    if settings["scored"] and not raw.get("actors"):
        found.add("network_reference_empty", "reference.actors")
    # read from the raw request: a refused map still names its actors; only ids that are text can name one
    actors = raw.get("actors") if isinstance(raw.get("actors"), list) else []
    ids = (actor.get("id") for actor in actors if isinstance(actor, dict))
    in_reference = {actor_id for actor_id in ids if isinstance(actor_id, str)}
    palette_ids = {item["id"] for item in config["palette"]}
    left_out = found.check(list_at, raw, "left_out", "reference", cap=len(palette_ids) + 1, required=False)
    for index, item in enumerate(left_out or []):
        explained = found.check(_left_out_item, item, f"reference.left_out.{index}", palette_ids - in_reference)
        if explained and explained["explanation"]:
            reference["left_out"].append(explained)
    return reference


def _left_out_item(item, path, choices):
    item = object_at(item, path)
    return {
        "actor": choice_at(item, "actor", path, choices),
        "explanation": text_at(item, "explanation", path, limit=EXPLANATION_MAX, required=False),
    }


def validate_authoring(data, previous=None):
    """``(texts, config, settings, reference)`` from the editor's request, or Problems naming every field.
    ``previous``: the stored configuration, to tell an item removed from a list from an unknown one."""
    found = ProblemCollector()
    texts = {}
    for key, limit, required in (("display_name", TITLE_MAX, True), ("introduction", INTRODUCTION_MAX, False)):
        texts[key] = found.check(text_at, data, key, "", limit=limit, required=required)
    config = validate_config(found, data)
    settings = validate_settings(found, data)
    reference = {"actors": [], "relations": [], "left_out": []}
    if not found:  # a broken configuration would make every reference item look wrong
        reference = validate_reference(found, data, config, settings, previous)
    found.raise_any()
    return texts, config, settings, reference

