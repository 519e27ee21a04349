"""Casus scenario model: the shape of a scenario and the checks an author's edit must pass.

A scenario is plain JSON-able data (it is stored in an XBlock ``Dict`` field and
exported as OLX)::

    {"introduction": str,
     "competencies": [str, ...],               # the editable tag list
     "situations": [{"id", "title", "narrative", "image_url", "image_alt", "question",
                     "format": "pick_best" | "best_worst" | "rate" | "rank",
                     "options": [{"id", "text", "feedback", "next"}],
                     "key": {...},                 # see KEY SHAPES below
                     "tags": [str], "weight": float, "next": str}],
     "endings": [{"id", "title", "text"}]}

KEY SHAPES per format (the expert key; Bergman et al., 2006 on expert-consensus keys):
  pick_best   {"points": {option_id: points >= 0}}       at least one option above 0
  best_worst  {"best": option_id, "worst": option_id}    two different options
  rate        {"ratings": {option_id: mean 1..5}}         the expert panel's mean rating
  rank        {"order": [option_id, ...]}                 every option exactly once

``normalise_scenario`` returns a clean copy or raises ``Problems`` whose ``field``
is a dotted path into the editor's form (``situations.0.options.2.points``), so
every message can be shown beside its field. Branching checks live in
``paths``; this module calls them once the ids are known.
"""
import re

from weerbaarxblock.core.rules.problems import ProblemCollector
from weerbaarxblock.core.rules.shapes import get_list, get_number, get_text, require_object
from weerbaarxblock.scenario.rules.parts import BEST_WORST, FORMATS, PICK_BEST, RATE, RATING_MAX, RATING_MIN
from weerbaarxblock.scenario.rules.paths import check_graph

DEFAULT_COMPETENCIES = (
    "signaleren",
    "samenwerken in de keten",
    "escaleren en rugdekking",
    "persoonsgerichte aanpak",
    "rechtsbescherming van kwetsbare mensen",
)

ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")
IMAGE_URL_PATTERN = re.compile(r"^(https?://|/)[^\s\"'<>]*$")

LIMITS = {
    "situations": 50,
    "options": 8,
    "endings": 20,
    "competencies": 30,
    "tags": 10,
    "introduction": 5000,
    "title": 200,
    "narrative": 10000,
    "question": 1000,
    "instruction": 500,
    "option_text": 1000,
    "feedback": 3000,
    "ending_text": 5000,
    "competency": 80,
    "image_url": 1000,
    "image_alt": 500,
    "points": 100,
    "weight": 100,
}
MIN_OPTIONS = 2


def empty_scenario():
    """What a new block starts with: no situations yet, the training's competencies."""
    return {"introduction": "", "competencies": list(DEFAULT_COMPETENCIES), "situations": [], "endings": []}


def normalise_scenario(raw, *, check_paths=True, allow_empty=False):
    """A clean scenario from editor or OLX data, or ``Problems`` naming every field at fault.

    ``allow_empty``: a scenario without situations is accepted (a new block imported from OLX).
    """
    found = ProblemCollector()
    data = require_object(raw, "scenario")
    scenario = {
        "introduction": found.check(get_text, data, "introduction", max_chars=LIMITS["introduction"],
                                    required=False) or "",
        "competencies": _competencies(found, data),
        "situations": [],
        "endings": [],
    }
    situations = found.check(get_list, data, "situations", max_items=LIMITS["situations"]) or []
    if not situations and not allow_empty and isinstance(data.get("situations"), list):
        found.add("no_situations", "situations")
    endings = found.check(get_list, data, "endings", max_items=LIMITS["endings"], required=False) or []
    known_tags = set(scenario["competencies"])
    seen_ids = {}
    for index, item in enumerate(situations):
        situation = _item(found, f"situations.{index}", item, _situation, known_tags)
        _claim_id(found, seen_ids, _raw_id(item), f"situations.{index}.id")
        if situation is not None:
            scenario["situations"].append(situation)
    for index, item in enumerate(endings):
        ending = _item(found, f"endings.{index}", item, _ending)
        _claim_id(found, seen_ids, _raw_id(item), f"endings.{index}.id")
        if ending is not None:
            scenario["endings"].append(ending)
    complete = not found and len(scenario["situations"]) == len(situations)
    if check_paths and complete:
        check_graph(found, scenario)
    found.raise_any()
    return scenario


def _raw_id(item):
    """The id of a situation or ending as written, when it is a valid one (its other fields may still be wrong)."""
    identifier = item.get("id") if isinstance(item, dict) else None
    return identifier if isinstance(identifier, str) and ID_PATTERN.match(identifier) else None


def _claim_id(found, seen_ids, identifier, field):
    if identifier is None:
        return
    if identifier in seen_ids:
        found.add("duplicate_id", field, value=identifier)
    else:
        seen_ids[identifier] = field


def _competencies(found, data):
    if "competencies" not in data:
        return list(DEFAULT_COMPETENCIES)
    items = found.check(get_list, data, "competencies", max_items=LIMITS["competencies"]) or []
    result = []
    for index, item in enumerate(items):
        name = _text_item(found, f"competencies.{index}", item, LIMITS["competency"])
        if name is None:
            continue
        if name.casefold() in {known.casefold() for known in result}:
            found.add("duplicate_competency", f"competencies.{index}", value=name)
            continue
        result.append(name)
    return result


def _text_item(found, field, value, limit):
    """A list item that must be a short, non-empty line of text."""
    if not isinstance(value, str):
        found.add("wrong_type", field, expected="text")
        return None
    text = " ".join(value.split())
    if "\x00" in value:
        found.add("nul_character", field)
        return None
    if not text:
        found.add("required_text", field)
        return None
    if len(text) > limit:
        found.add("too_many_characters", field, limit=limit, count=len(text))
        return None
    return text


def _identifier(found, prefix, data):
    value = found.check(get_text, data, "id", max_chars=40, prefix=prefix)
    if value is None:
        return None
    if not ID_PATTERN.match(value):
        found.add("bad_id", f"{prefix}.id", value=value[:40])
        return None
    return value


def _required(found, prefix, data, key, limit):
    value = found.check(get_text, data, key, max_chars=limit, required=False, default="", prefix=prefix)
    if value is not None and not value.strip():
        found.add("required_text", f"{prefix}.{key}")
        return None
    return value.strip() if value else value


def _optional(found, prefix, data, key, limit):
    value = found.check(get_text, data, key, max_chars=limit, required=False, default="", prefix=prefix)
    return (value or "").strip()


def _item(found, prefix, item, build, *args):
    """``build(found, prefix, data, *args)`` for a situation or ending, or None when anything in it is wrong."""
    before = len(found)
    data = found.check(require_object, item, "", prefix=prefix)
    if data is None:
        return None
    built = build(found, prefix, data, *args)
    return built if len(found) == before else None


def _situation(found, prefix, data, known_tags):
    situation = {
        "id": _identifier(found, prefix, data),
        "title": _optional(found, prefix, data, "title", LIMITS["title"]),
        "narrative": _required(found, prefix, data, "narrative", LIMITS["narrative"]),
        "image_url": _optional(found, prefix, data, "image_url", LIMITS["image_url"]),
        "image_alt": _optional(found, prefix, data, "image_alt", LIMITS["image_alt"]),
        "question": _required(found, prefix, data, "question", LIMITS["question"]),
        "instruction": _optional(found, prefix, data, "instruction", LIMITS["instruction"]),  # empty: the default
        "format": data.get("format"),
        "options": [],
        "key": {},
        "tags": [],
        "weight": found.check(get_number, data, "weight", minimum=0, maximum=LIMITS["weight"],
                              required=False, default=1, prefix=prefix),
        "next": _target(found, prefix, data),
    }
    if situation["image_url"]:
        if not IMAGE_URL_PATTERN.match(situation["image_url"]):
            found.add("bad_image_url", f"{prefix}.image_url")
        if not situation["image_alt"]:
            found.add("image_alt_missing", f"{prefix}.image_alt")
    if situation["weight"] is not None and situation["weight"] <= 0:
        found.add("weight_not_positive", f"{prefix}.weight")
    if situation["format"] not in FORMATS:
        found.add("unknown_choice", f"{prefix}.format", value=str(situation["format"])[:40])
        situation["format"] = None
    situation["options"] = _options(found, prefix, data)
    situation["tags"] = _tags(found, prefix, data, known_tags)
    if situation["format"] and situation["options"] is not None:
        situation["key"] = _key(found, prefix, data, situation["format"], situation["options"])
    if situation["weight"] is not None:
        situation["weight"] = float(situation["weight"])
    return situation


def _ending(found, prefix, data):
    return {
        "id": _identifier(found, prefix, data),
        "title": _optional(found, prefix, data, "title", LIMITS["title"]),
        "text": _required(found, prefix, data, "text", LIMITS["ending_text"]),
    }


def _target(found, prefix, data):
    value = found.check(get_text, data, "next", max_chars=40, required=False, default="", prefix=prefix)
    return (value or "").strip()


def _options(found, prefix, data):
    items = found.check(get_list, data, "options", max_items=LIMITS["options"], prefix=prefix)
    if items is None:
        return None
    if len(items) < MIN_OPTIONS:
        found.add("too_few_options", f"{prefix}.options", minimum=MIN_OPTIONS)
    options, seen = [], set()
    for index, item in enumerate(items):
        where = f"{prefix}.options.{index}"
        option = found.check(require_object, item, "", prefix=where)
        if option is None:
            continue
        identifier = _identifier(found, where, option)
        if identifier in seen:
            found.add("duplicate_id", f"{where}.id", value=identifier)
        seen.add(identifier)
        options.append({
            "id": identifier,
            "text": _required(found, where, option, "text", LIMITS["option_text"]),
            "feedback": _optional(found, where, option, "feedback", LIMITS["feedback"]),
            "next": _target(found, where, option),
        })
    return options


def _tags(found, prefix, data, known_tags):
    items = found.check(get_list, data, "tags", max_items=LIMITS["tags"], required=False, prefix=prefix) or []
    tags = []
    for index, item in enumerate(items):
        tag = _text_item(found, f"{prefix}.tags.{index}", item, LIMITS["competency"])
        if tag is None:
            continue
        if tag not in known_tags:
            found.add("unknown_tag", f"{prefix}.tags", value=tag)
        elif tag not in tags:
            tags.append(tag)
    return tags


def _key(found, prefix, data, kind, options):
    key = found.check(require_object, data.get("key", {}), "key", prefix=prefix)
    if key is None:
        return {}
    ids = [option["id"] for option in options if option["id"]]
    if kind == PICK_BEST:
        return {"points": _per_option(found, prefix, key, "points", ids, 0, LIMITS["points"], "points")}
    if kind == RATE:
        return {"ratings": _per_option(found, prefix, key, "ratings", ids, RATING_MIN, RATING_MAX, "rating")}
    if kind == BEST_WORST:
        return _best_worst(found, prefix, key, ids)
    return _rank(found, prefix, key, ids)


def _per_option(found, prefix, key, member, ids, low, high, option_field):
    """A number per option; the message sits beside that option's input."""
    values = key.get(member, {})
    if not isinstance(values, dict):
        found.add("wrong_type", f"{prefix}.key.{member}", expected="object")
        return {}
    result = {}
    positions = {identifier: index for index, identifier in enumerate(ids)}
    for identifier in ids:
        field = f"{prefix}.options.{positions[identifier]}.{option_field}"
        value = values.get(identifier)
        if value is None or value == "":
            found.add("option_without_key", field)
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            found.add("wrong_type", field, expected="number")
            continue
        if not low <= value <= high:
            code = "rating_out_of_range" if option_field == "rating" else "out_of_range"
            found.add(code, field, minimum=low, maximum=high)
            continue
        result[identifier] = float(value)
    if option_field == "points" and len(result) == len(ids) and ids and max(result.values()) <= 0:
        found.add("no_positive_points", f"{prefix}.key.points")
    return result


def _best_worst(found, prefix, key, ids):
    result = {}
    for end in ("best", "worst"):
        value = key.get(end)
        if not value:
            found.add("option_without_key", f"{prefix}.key.{end}")
        elif value not in ids:
            found.add("unknown_option", f"{prefix}.key.{end}", value=str(value)[:40])
        else:
            result[end] = value
    if result.get("best") and result.get("best") == result.get("worst"):
        found.add("best_equals_worst", f"{prefix}.key.worst")
    return result


def _rank(found, prefix, key, ids):
    order = key.get("order")
    if not isinstance(order, list) or sorted(map(str, order)) != sorted(ids):
        found.add("rank_not_permutation", f"{prefix}.key.order")
        return {"order": []}
    return {"order": list(order)}
