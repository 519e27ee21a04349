"""Casus as readable OLX, both ways.

    <weerbaar_scenario display_name="..." instruction="should" attempts_allowed="2" allow_back="false"
                       show_peers="true" peer_minimum="5" scored="true" grading_policy="best" weight="1">
      <introduction>...</introduction>
      <competencies><competency>signaleren</competency>...</competencies>
      <situation id="s1" format="pick_best" weight="1" next="">
        <title>...</title>
        <narrative>...</narrative>
        <image src="/static/wijk.jpg" alt="..."/>
        <question>...</question>
        <instruction>...</instruction>  (optional: replaces the standard instruction of the format)
        <tag>signaleren</tag>
        <option id="a" next="s3"><text>...</text><feedback>Why the experts judge it so.</feedback></option>
        <key>                                   one of, by format:
          <points option="a">2</points>          pick_best
          <best option="a"/><worst option="c"/>   best_worst
          <rating option="a">4.5</rating>        rate (the experts' mean)
          <rank option="b"/><rank option="a"/>    rank (expert order, first to last)
        </key>
      </situation>
      <ending id="e1"><title>...</title><text>...</text></ending>
    </weerbaar_scenario>

``to_data`` gives the same dictionary the Studio editor sends, so both pass one validation.
"""
from weerbaarxblock.core import olx
from weerbaarxblock.scenario.rules.model import empty_scenario
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE
from weerbaarxblock.scenario.rules.settings import SETTINGS_DEFAULTS

INTEGER_SETTINGS = ("attempts_allowed", "peer_minimum")
FLAG_SETTINGS = ("allow_back", "show_peers", "scored")
# Exports made before "scored" was named so (it shadowed the platform's inheritable ``graded``) still import.
LEGACY_NAMES = {"scored": "graded"}
NUMBER_SETTINGS = ("weight",)
# The fields this OLX describes; ``core.olx`` carries every other content or settings field.
COVERED_FIELDS = ("display_name", "scenario", *SETTINGS_DEFAULTS)


def to_data(node, display_name_default):
    """``{"display_name", "settings", "scenario"}`` from a ``weerbaar_scenario`` element."""
    olx.check_node(node)
    settings = {}
    for name in SETTINGS_DEFAULTS:
        value = olx.attribute(node, name, LEGACY_NAMES)
        if value is None:
            continue
        if name in FLAG_SETTINGS:
            settings[name] = olx.read_flag(value)
        elif name in INTEGER_SETTINGS:
            settings[name] = olx.number_or_text(value, integer=True)
        elif name in NUMBER_SETTINGS:
            settings[name] = olx.number_or_text(value)
        else:
            settings[name] = value
    holder = node.find("competencies")
    scenario = {
        "introduction": olx.stripped_text(node.find("introduction")),
        "competencies": (
            [olx.stripped_text(item) for item in holder.findall("competency")]
            if holder is not None else empty_scenario()["competencies"]
        ),
        "situations": [_situation(item) for item in node.findall("situation")],
        "endings": [
            {"id": item.get("id", ""), "title": olx.stripped_text(item.find("title")),
             "text": olx.stripped_text(item.find("text"))}
            for item in node.findall("ending")
        ],
    }
    return {"display_name": node.get("display_name", display_name_default), "settings": settings,
            "scenario": scenario}


def _situation(node):
    image = node.find("image")
    kind = node.get("format", "")
    situation = {
        "id": node.get("id", ""),
        "title": olx.stripped_text(node.find("title")),
        "narrative": olx.stripped_text(node.find("narrative")),
        "image_url": image.get("src", "") if image is not None else "",
        "image_alt": image.get("alt", "") if image is not None else "",
        "question": olx.stripped_text(node.find("question")),
        "instruction": olx.stripped_text(node.find("instruction")),
        "format": kind,
        "options": [
            {"id": item.get("id", ""), "text": olx.stripped_text(item.find("text")),
             "feedback": olx.stripped_text(item.find("feedback")), "next": item.get("next", "")}
            for item in node.findall("option")
        ],
        "tags": [olx.stripped_text(item) for item in node.findall("tag")],
        "next": node.get("next", ""),
    }
    if node.get("weight") is not None:
        situation["weight"] = olx.number_or_text(node.get("weight"))
    situation["key"] = _key(node.find("key"), kind)
    return situation


def _key(node, kind):
    if node is None:
        return {}
    if kind == PICK_BEST:
        return {"points": _numbers_per_option(node, "points")}
    if kind == RATE:
        return {"ratings": _numbers_per_option(node, "rating")}
    if kind == BEST_WORST:
        best, worst = node.find("best"), node.find("worst")
        return {"best": best.get("option", "") if best is not None else "",
                "worst": worst.get("option", "") if worst is not None else ""}
    if kind == RANK:
        return {"order": [item.get("option", "") for item in node.findall("rank")]}
    return {}


def _numbers_per_option(node, tag):
    """``{option id: number}`` from ``<tag option="a">2</tag>`` children (text kept when it is no number)."""
    return {item.get("option", ""): olx.number_or_text(olx.stripped_text(item)) for item in node.findall(tag)}


def _write_number(value):
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def write(node, block_type, display_name, settings, scenario):
    """Fill ``node`` with the block's readable OLX (clean ``scenario`` and ``settings``)."""
    node.tag = block_type
    node.set("display_name", display_name)
    for name, value in settings.items():
        if isinstance(value, bool):
            node.set(name, olx.flag(value))
        elif isinstance(value, float):
            node.set(name, _write_number(value))
        else:
            node.set(name, str(value))
    if scenario.get("introduction"):
        olx.sub(node, "introduction", scenario["introduction"])
    holder = olx.sub(node, "competencies")
    for name in scenario.get("competencies", []):
        olx.sub(holder, "competency", name)
    for situation in scenario.get("situations", []):
        _write_situation(node, situation)
    for ending in scenario.get("endings", []):
        item = olx.sub(node, "ending", id=ending["id"])
        if ending["title"]:
            olx.sub(item, "title", ending["title"])
        olx.sub(item, "text", ending["text"])


def _write_situation(parent, situation):
    node = olx.sub(parent, "situation", id=situation["id"], format=situation["format"],
                   weight=_write_number(situation["weight"]), next=situation["next"] or None)
    if situation["title"]:
        olx.sub(node, "title", situation["title"])
    olx.sub(node, "narrative", situation["narrative"])
    if situation["image_url"]:
        olx.sub(node, "image", src=situation["image_url"], alt=situation["image_alt"])
    olx.sub(node, "question", situation["question"])
    if situation["instruction"]:
        olx.sub(node, "instruction", situation["instruction"])
    for tag in situation["tags"]:
        olx.sub(node, "tag", tag)
    for option in situation["options"]:
        item = olx.sub(node, "option", id=option["id"], next=option["next"] or None)
        olx.sub(item, "text", option["text"])
        if option["feedback"]:
            olx.sub(item, "feedback", option["feedback"])
    key = olx.sub(node, "key")
    kind, values = situation["format"], situation["key"]
    if kind == PICK_BEST:
        for option_id, points in values["points"].items():
            olx.sub(key, "points", _write_number(points), option=option_id)
    elif kind == RATE:
        for option_id, rating in values["ratings"].items():
            olx.sub(key, "rating", _write_number(rating), option=option_id)
    elif kind == BEST_WORST:
        olx.sub(key, "best", option=values["best"])
        olx.sub(key, "worst", option=values["worst"])
    elif kind == RANK:
        for option_id in values["order"]:
            olx.sub(key, "rank", option=option_id)
